// A CRM adapter for a made-up "Acme CRM" whose API pages people by id: GET /people?after=<id>.
import {
  beginPass,
  type CrmAdapterV1,
  type CrmSyncOptions,
  type JsonValue,
  runStreams,
  type StreamPart,
} from '@closedloop/core';

interface AcmePerson {
  id: number;
  email: string;
  first_name: string | null;
  updated: string;
}

export function createAcmeAdapter(options: { baseUrl: string; token: string }): CrmAdapterV1 {
  let requests = 0;
  const streams = ['people'] as const;

  // A stream resumes from its own JSON position (the last id read), never a provider cursor.
  async function* people(
    position: JsonValue | undefined,
    since: string | null,
  ): AsyncIterable<StreamPart> {
    let after = typeof position === 'number' ? position : 0;
    for (;;) {
      const url = new URL('/people', options.baseUrl);
      url.searchParams.set('after', String(after));
      if (since !== null) url.searchParams.set('updated_since', since);
      requests++;
      const response = await fetch(url, { headers: { authorization: `Bearer ${options.token}` } });
      const page = (await response.json()) as { results: AcmePerson[]; more: boolean };
      after = page.results.at(-1)?.id ?? after;
      yield {
        entity: 'people',
        records: page.results.map((p) => ({
          id: `acme:person:${p.id}`,
          source: { provider: 'acme', objectType: 'person', remoteId: String(p.id) },
          kind: 'contact' as const,
          emails: [{ value: p.email, primary: true }],
          firstName: p.first_name,
          createdAt: p.updated,
          updatedAt: p.updated,
        })),
        position: after,
        // Every stream ends with a done part, so the final checkpoint says complete.
        done: !page.more,
      };
      if (!page.more) return;
    }
  }

  return {
    specificationVersion: 'v1',
    provider: 'acme',
    entities: ['people'],
    sync(sync: CrmSyncOptions = {}) {
      const checkpoint = beginPass('acme', sync, { now: Date.now() });
      return runStreams({
        checkpoint,
        names: streams,
        open: (_name, position) => people(position, checkpoint.since),
        counters: () => ({ requests, retried: 0, throttled: 0 }),
        signal: sync.signal,
        onProgress: sync.onProgress,
      });
    },
  };
}
