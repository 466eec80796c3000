import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyDataTable } from './lazy-data-table';

afterEach(cleanup);

const props = {
  caption: 'Flow',
  toggle: 'Show data',
  columns: [
    { key: 'name', header: 'Name' },
    { key: 'n', header: 'Count', numeric: true },
  ],
  rows: [
    { key: 'a', cells: ['Paid search', '412'] },
    { key: 'b', cells: ['Events', '120'] },
  ],
};

describe('LazyDataTable', () => {
  it('renders its rows once the summary is clicked, and keeps them', () => {
    render(<LazyDataTable {...props} />);
    expect(screen.queryByText('Paid search')).toBeNull();
    expect(screen.getByRole('table', { hidden: true })).toBeTruthy();
    fireEvent.click(screen.getByText('Show data'));
    expect(screen.getByText('Paid search')).toBeTruthy();
    fireEvent.click(screen.getByText('Show data'));
    expect(screen.getByText('Events')).toBeTruthy();
  });

  it('renders the rows from the start when open', () => {
    render(<LazyDataTable {...props} open />);
    expect(screen.getByText('Paid search')).toBeTruthy();
  });
});
