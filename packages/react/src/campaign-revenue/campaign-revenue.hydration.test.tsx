import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignRevenue } from './campaign-revenue';
import { sampleRevenue, smallCampaigns } from './campaign-revenue.fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('CampaignRevenue hydration', () => {
  it.each([
    ['bars', () => smallCampaigns()],
    ['scatter', () => sampleRevenue().campaigns],
  ] as const)('hydrates the %s without a mismatch', async (_, campaigns) => {
    const element = (
      <CampaignRevenue title="R" campaigns={campaigns()} currency="USD" model="W-shaped" />
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
  });
});
