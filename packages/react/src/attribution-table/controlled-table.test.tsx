import {
  type ColumnDef,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useControlledTable } from './controlled-table';

interface Item {
  id: string;
  value: number;
  children?: Item[];
}
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, Item>();
const columns = [helper.accessor('value', { id: 'value' })] as Array<
  ColumnDef<typeof features, Item, unknown>
>;
const data: Item[] = [
  { id: 'a', value: 2 },
  {
    id: 'b',
    value: 3,
    children: [
      { id: 'b1', value: 1 },
      { id: 'b2', value: 9 },
    ],
  },
  { id: 'c', value: 1 },
];

describe('useControlledTable', () => {
  const render = (rows: Item[], sorting: SortingState) =>
    renderHook(
      (props: { rows: Item[]; sorting: SortingState }) =>
        useControlledTable({
          features,
          columns,
          data: props.rows,
          getRowId: (row) => row.id,
          getSubRows: (row) => row.children,
          state: { sorting: props.sorting },
        }),
      { initialProps: { rows, sorting } },
    );
  const ids = (table: ReturnType<typeof render>['result']['current']) =>
    table.getRowModel().rows.map((row) => row.id);

  it('sorts by the sorting the caller holds, sub-rows too, and follows each change', () => {
    const { result, rerender } = render(data, [{ id: 'value', desc: true }]);
    expect(ids(result.current)).toEqual(['b', 'a', 'c']);
    expect(result.current.getRowModel().rows[0]?.subRows.map((row) => row.id)).toEqual([
      'b2',
      'b1',
    ]);
    rerender({ rows: data, sorting: [{ id: 'value', desc: false }] });
    expect(ids(result.current)).toEqual(['c', 'a', 'b']);
    rerender({ rows: data.slice(0, 2), sorting: [{ id: 'value', desc: false }] });
    expect(ids(result.current)).toEqual(['a', 'b']);
    rerender({ rows: data, sorting: [] });
    expect(ids(result.current)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the row model while data and sorting are the same (no re-sort per render)', () => {
    const sorting: SortingState = [{ id: 'value', desc: true }];
    const { result, rerender } = render(data, sorting);
    const first = result.current.getRowModel();
    rerender({ rows: data, sorting });
    expect(result.current.getRowModel()).toBe(first);
  });
});
