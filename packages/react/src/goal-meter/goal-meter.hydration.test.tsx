import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalMeter } from './goal-meter';
import { sampleGoalReport } from './goal-meter.sample';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('GoalMeter hydration', () => {
  it.each(['bar', 'radial', 'kpi'] as const)(
    'hydrates the %s variant without a mismatch',
    async (variant) => {
      const element = (
        <GoalMeter
          title="Revenue"
          description="Q2"
          variant={variant}
          progress={sampleGoalReport('revenue')}
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
      expect(container.querySelector('[role="meter"]')).toBeTruthy();
    },
  );
});
