/**
 * Makes `target[key]` an enumerable property computed on first read: `build` runs once, and
 * its value then replaces the getter as a plain writable property. The key keeps its place
 * among the object's keys, so `JSON.stringify`, `Object.keys` and deep equality see the same
 * object as if the value had been stored up front. Attribution results keep each deal's
 * credits and exclusions (a line and a sentence per touch) this way: a dashboard that reads
 * totals and rollups never pays for a million sentences, and the ones it reads cost the same.
 *
 * `target` must already have `key` (as a placeholder), so its position is the final one.
 */
export function defineLazy<T extends object, K extends keyof T>(
  target: T,
  key: K,
  build: () => T[K],
): void {
  const settle = (value: T[K]) => {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return value;
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(build()),
    set: (value: T[K]) => {
      settle(value);
    },
  });
}
