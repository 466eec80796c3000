/** The words every widget shares: its states and the data-table toggle. */
export interface StateLabels {
  /** Status text while loading (read by screen readers; the skeleton is silent). */
  loading: string;
  /** Status text when there is no data. */
  empty: string;
  /** Status text of an error when no `errorMessage` is given. */
  error: string;
  /** The retry button of the error state (shown when `onRetry` is given). */
  retry: string;
  /** The toggle that opens the data table. */
  showData: string;
}

/** English defaults of `StateLabels`. */
export const defaultStateLabels: StateLabels = {
  loading: 'Loading…',
  empty: 'No data yet.',
  error: 'The data could not be loaded.',
  retry: 'Try again',
  showData: 'Show data',
};

/**
 * A widget's labels: its English defaults with the caller's overrides on top. Overrides that
 * are `undefined` keep the default, so `labels={{ empty: maybe }}` is safe.
 */
export function mergeLabels<L extends object>(defaults: L, overrides: Partial<L> | undefined): L {
  if (!overrides) return defaults;
  const merged = { ...defaults };
  for (const key of Object.keys(overrides) as (keyof L)[]) {
    const value = overrides[key];
    if (value !== undefined) merged[key] = value as L[keyof L];
  }
  return merged;
}
