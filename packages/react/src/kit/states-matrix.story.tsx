import type { ReactNode } from 'react';
import type { WidgetStatus } from './frame';

/** The widths of the states matrix (widgets.md §3: 320, 480, 768 and 1200px). */
export const MATRIX_WIDTHS = [320, 480, 768, 1200] as const;

/** One cell of the states matrix: the props a widget takes for it, and its width. */
export interface MatrixCell {
  /** The state drawn: `ready` and `empty` need the widget's data (or none). */
  state: WidgetStatus;
  width: number;
  /** Title, status (loading, error), error message and retry of this cell. */
  props: {
    title: string;
    status?: WidgetStatus;
    errorMessage?: string;
    onRetry?: () => void;
  };
}

const STATES: readonly WidgetStatus[] = ['ready', 'loading', 'empty', 'error'];
const NAMES: Record<WidgetStatus, string> = {
  ready: 'Ready',
  loading: 'Loading',
  empty: 'Empty',
  error: 'Error',
};

/**
 * The states-matrix story every widget has (and the screenshot test reads): ready, loading,
 * empty and error at each width. `cell` renders one widget for a cell, with its data for
 * `ready` (and the empty data for `empty` when the widget derives that state). For stories
 * only: not exported from the kit.
 */
export function StatesGrid({ cell }: { cell: (cell: MatrixCell) => ReactNode }): ReactNode {
  return (
    <div style={{ display: 'grid', gap: 48 }}>
      {MATRIX_WIDTHS.map((width) => (
        <div key={width} style={{ width, display: 'grid', gap: 32 }}>
          {STATES.map((state) => (
            // A grid item would widen to its content's min-content: the cell keeps the width.
            <div key={state} style={{ minWidth: 0 }}>
              {cell({
                state,
                width,
                props: {
                  title: `${NAMES[state]} · ${width}px`,
                  status: state === 'ready' ? undefined : state,
                  ...(state === 'error'
                    ? { errorMessage: 'The CRM connection expired.', onRetry: () => {} }
                    : {}),
                },
              })}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
