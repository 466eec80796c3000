import { collectDataset } from '@closedloop/core';
import { createHubSpotAdapter } from '@closedloop/core/hubspot';

export async function syncHubSpot(token: string) {
  const adapter = createHubSpotAdapter({ auth: { type: 'token', token } });

  // A full pass first; keep the checkpoint and the dataset.
  const first = await collectDataset(adapter);
  for (const r of first.rejected) console.warn(r.reason); // nothing is dropped silently
  console.log(first.stats); // fetched, kept, rejected, retried, throttled, requests

  // Then incremental passes: only what changed since, plus deletions the CRM exposes.
  const next = await collectDataset(adapter, { checkpoint: first.checkpoint, base: first.dataset });
  return next;
}
