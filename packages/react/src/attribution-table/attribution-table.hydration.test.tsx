import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttributionTable } from './attribution-table';
import { sampleComparison, sampleResult } from './attribution-table.fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('AttributionTable hydration', () => {
  it.each([
    ['a comparison', () => sampleComparison(), false],
    ['one model, grouped', () => sampleResult(), true],
  ] as const)('hydrates %s without a mismatch', async (_, data, grouped) => {
    const element = (
      <AttributionTable
        title="Revenue by campaign"
        description="Q2"
        data={data()}
        defaultGroupByChannel={grouped}
      />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('[role="treegrid"]')).toBeTruthy();
  });
});
