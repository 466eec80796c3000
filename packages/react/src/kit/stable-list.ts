import { useRef } from 'react';

/**
 * The previous list while its items are the same (`same`, default `Object.is`), so a prop
 * written inline (`compare={[{ label, result }]}`) does not defeat a `useMemo` keyed on it.
 * Idempotent in render: it only ever swaps in an equal-or-newer list.
 */
export function useStableList<T>(
  list: readonly T[] | undefined,
  same: (a: T, b: T) => boolean = Object.is,
): readonly T[] | undefined {
  const kept = useRef(list);
  const previous = kept.current;
  const equal =
    previous === list ||
    (previous !== undefined &&
      list !== undefined &&
      previous.length === list.length &&
      previous.every((item, i) => same(item, list[i] as T)));
  if (!equal) kept.current = list;
  return kept.current;
}
