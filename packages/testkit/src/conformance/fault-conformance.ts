import { describe, expect, it } from 'vitest';
import { type ConformanceRun, TIMEOUT_MS, withRun } from './conformance-context';
import type { AdapterConformanceOptions, ConformanceServer } from './conformance-server';
import { faultScenarios } from './fault-scenarios';
import { errorName, reconciles } from './sync-runs';

/** The request a fault hits first: past the first few, so it lands mid-sync. */
const FAULT_AT = 4;

/** Every fault survived when transient, reported as a typed error when persistent; data quirks read. */
export function registerFaultConformance<Server extends ConformanceServer>(
  options: AdapterConformanceOptions<Server>,
): void {
  const run = <T>(test: (run: ConformanceRun<Server>) => Promise<T>) => withRun(options, test);

  describe('faults', () => {
    it.each(faultScenarios(TIMEOUT_MS))('survives a transient $name', (scenario) =>
      run(async ({ server, collect, differences }) => {
        server.faults.add({
          match: { nth: FAULT_AT, times: scenario.burst },
          action: scenario.action,
        });
        const outcome = await collect().then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        // Only an expired static token may end a sync: nothing can renew it.
        if (!outcome.ok) {
          expect(scenario.error).toBe('CrmAuthError');
          expect(errorName(outcome.error)).toBe('CrmAuthError');
          return;
        }
        expect(server.faults.pending).toBe(0);
        expect(differences(outcome.result)).toEqual([]);
        expect(reconciles(outcome.result)).toBe(true);
        if (scenario.error !== 'CrmAuthError')
          expect(outcome.result.stats.retried).toBeGreaterThanOrEqual(1);
      }),
    );

    it.each(faultScenarios(TIMEOUT_MS))('reports a persistent $name as $error', (scenario) =>
      run(async ({ server, collect }) => {
        server.faults.add({
          match: { nth: FAULT_AT, times: Number.POSITIVE_INFINITY },
          action: scenario.action,
        });
        const error = await collect().then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(errorName(error)).toBe(scenario.error);
        expect(String((error as Error).message)).toMatch(/\S+ (GET|POST) \/\S*/);
      }),
    );

    it('reads unknown new fields and nulls where values are usual', () =>
      run(async ({ server, collect }) => {
        server.quirks.unknownFields = true;
        server.quirks.nullValues = true;
        const result = await collect();
        expect(result.rejected.map((record) => record.reason)).toEqual([]);
        expect(reconciles(result)).toBe(true);
      }));
  });
}
