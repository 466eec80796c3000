import {
  constructTable,
  type RowData,
  type Table,
  type TableFeatures,
  type TableOptions,
} from '@tanstack/react-table';
import { useState } from 'react';

/** A value table-core reads and writes; nothing subscribes to it. */
function box<T>(value: T) {
  return {
    get: () => value,
    set: (next: T | ((previous: T) => T)) => {
      value = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
    },
    subscribe: () => ({ unsubscribe() {} }),
  };
}

/**
 * Table-core's reactivity for a table whose state React owns: every state slice the table
 * reads is passed in `state` on each render (controlled), so its atoms are plain boxes and
 * derived atoms recompute on read. The row models still memoise on their own inputs (data,
 * sorting). This replaces `useTable`'s TanStack Store subscription, which a fully controlled
 * table never needs, and its `use-sync-external-store` shim (1.3 kB brotli of the budget).
 */
// (table-core's `TableReactivityBindings`, which @tanstack/react-table does not export.)
const reactOwned = {
  createOptionsStore: false,
  wrapExternalAtoms: false,
  addSubscription: () => {},
  untrack: <T>(fn: () => T) => fn(),
  batch: (fn: () => void) => fn(),
  schedule: (fn: () => void) => queueMicrotask(fn),
  createWritableAtom: box,
  createReadonlyAtom: <T>(fn: () => T) => ({ get: fn, subscribe: () => ({ unsubscribe() {} }) }),
};

/**
 * A TanStack table over `options`, its state controlled by the caller: built once, its
 * options replaced on every render (as `useTable` does), read with `table.getRowModel()`.
 */
export function useControlledTable<TFeatures extends TableFeatures, TData extends RowData>(
  options: TableOptions<TFeatures, TData>,
): Table<TFeatures, TData> {
  const [table] = useState(() =>
    constructTable({
      ...options,
      features: { coreReactivityFeature: reactOwned as never, ...options.features },
    }),
  );
  const { features, initialState } = table.options;
  // Without an options store (`createOptionsStore: false`) table-core reads a plain field.
  (table as { options: TableOptions<TFeatures, TData> }).options = {
    ...table.options,
    ...options,
    features,
    initialState,
  };
  return table;
}
