import type { Clock } from '@closedloop/core';
import { createHubSpotAdapter } from '@closedloop/core/hubspot';
import { defineTask } from './lib/task';

/**
 * The fake's clock, driven from this process: `sleep` moves the fake's time (admin API) instead
 * of waiting, so HubSpot's documented windows run in compressed time and only real work costs
 * wall time. Concurrent sleepers do not add up, as with the testkit's `FakeClock`.
 */
async function remoteClock(url: string): Promise<Clock> {
  const advance = async (advanceMs: number) => {
    const response = await fetch(`${url}/__fake__/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs }),
    });
    return Date.parse(((await response.json()) as { now: string }).now);
  };
  let now = await advance(0);
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      const wakeAt = now + Math.max(0, ms);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (wakeAt > now) {
        const delta = wakeAt - now;
        now = wakeAt;
        await advance(delta);
      }
    },
  };
}

// Syncs owners, the pipeline, companies, contacts and deals (with their associations) from
// the fake portal, batch by batch without keeping them: only counts survive a batch.
export default defineTask({
  setup: async (args) => {
    const url = String(args.url);
    const clock = await remoteClock(url);
    const adapter = createHubSpotAdapter({
      baseUrl: url,
      auth: { type: 'token', token: String(args.token) },
      streams: ['owners', 'pipelines', 'companies', 'contacts', 'deals'],
      history: [],
      pageSize: 200,
      transport: { clock },
    });
    return { adapter, clock };
  },
  run: async ({ adapter, clock }) => {
    const counts: Record<string, number> = {};
    const started = clock.now();
    let associations = 0;
    for await (const batch of adapter.sync()) {
      counts[batch.entity] = (counts[batch.entity] ?? 0) + batch.records.length;
      if (batch.entity === 'deals')
        for (const deal of batch.records as readonly { contacts?: readonly unknown[] }[])
          associations += deal.contacts?.length ?? 0;
    }
    const stats = adapter.transport.stats;
    return JSON.stringify({
      counts,
      associations,
      fakeMs: clock.now() - started,
      requests: stats.requests,
      retried: stats.retried,
      throttled: stats.throttled,
    });
  },
});
