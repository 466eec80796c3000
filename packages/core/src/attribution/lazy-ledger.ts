/**
 * Makes `target[key]` an enumerable property computed on first read: `build` runs once, and
 * its value then replaces the getter as a plain writable property. The key keeps its place
 * among the object's keys, so `JSON.stringify`, `Object.keys`, spreading, `structuredClone` and
 * deep equality see the same object as if the value had been stored up front. Attribution
 * results keep each deal's credits and exclusions (a line and a sentence per touch) this way:
 * a dashboard that reads totals and rollups never pays for a million sentences, and the ones
 * it reads cost the same. Assigning the property first simply stores the assigned value.
 *
 * `target` must already have `key` (as a placeholder), so its position is the final one. A
 * target frozen before the first read keeps answering the value it computed then.
 */
export function defineLazy<T extends object, K extends keyof T>(
  target: T,
  key: K,
  build: () => T[K],
): void {
  let built = false;
  let value: T[K];
  const settle = (settled: T[K]): T[K] => {
    built = true;
    value = settled;
    if (Object.isExtensible(target) && !Object.isFrozen(target)) {
      Object.defineProperty(target, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return value;
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (built ? value : settle(build())),
    set: (assigned: T[K]) => {
      settle(assigned);
    },
  });
}
