import { type ReactNode, useState } from 'react';
import { DataTable, type DataTableProps } from './data-table';

/**
 * `DataTable` whose rows are rendered only once the reader opens it (or when `open`): a
 * closed `<details>` shows nothing and is hidden from assistive technology, so a chart with
 * hundreds of marks need not build hundreds of hidden rows on every mount. The summary's
 * click (mouse, Enter or Space) is caught on the way down, before the browser opens it.
 */
export function LazyDataTable(props: DataTableProps): ReactNode {
  const [opened, setOpened] = useState(props.open ?? false);
  const rows = opened || props.open ? props.rows : [];
  return (
    // Listens for the summary's own click (Enter and Space fire it too); adds no interaction.
    <div
      style={{ display: 'contents' }}
      onClickCapture={(event) => {
        if (!opened && (event.target as Element).closest?.('summary')) setOpened(true);
      }}
    >
      <DataTable {...props} rows={rows} />
    </div>
  );
}
