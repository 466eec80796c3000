import { createRequire } from 'node:module';
import type { DatasetInput, parseDataset as ParseDataset } from '@closedloop/core';

// The root entry is a barrel of `export *`: loaded through tsx as CommonJS, its names are not
// visible to an ESM named import, so take it through `require`.
const { parseDataset } = createRequire(import.meta.url)('@closedloop/core') as {
  parseDataset: typeof ParseDataset;
};

/**
 * The benchmark's portal: 40 owners, 10,000 companies, `contacts` contacts (each at a company)
 * and `deals` deals (each at a company with one to three of its contacts), one pipeline.
 * Deterministic; timestamps spread over 2025.
 */
export function benchPortal(contacts: number, deals: number) {
  const base = Date.parse('2025-01-01T00:00:00Z');
  const at = (index: number) => new Date(base + index * 60_000).toISOString();
  const source = (objectType: string, id: string) => ({
    provider: 'manual' as const,
    objectType,
    remoteId: id,
  });
  const companies = 10_000;
  const input: Partial<DatasetInput> = {
    users: Array.from({ length: 40 }, (_, index) => ({
      id: `u${index}`,
      source: source('user', `u${index}`),
      email: `owner${index}@bench.example`,
      name: `Owner ${index}`,
      team: index % 3 === 0 ? ('marketing' as const) : ('sales' as const),
    })),
    accounts: Array.from({ length: companies }, (_, index) => ({
      id: `a${index}`,
      source: source('account', `a${index}`),
      createdAt: at(index),
      updatedAt: at(index),
      name: `Company ${index}`,
      domain: `company${index}.example`,
      ownerId: `u${index % 40}`,
    })),
    people: Array.from({ length: contacts }, (_, index) => ({
      id: `p${index}`,
      source: source('contact', `p${index}`),
      createdAt: at(index),
      updatedAt: at(index),
      kind: 'contact' as const,
      emails: [{ value: `person${index}@company${index % companies}.example`, primary: true }],
      firstName: `First${index}`,
      lastName: `Last${index}`,
      accountId: `a${index % companies}`,
      ownerId: `u${index % 40}`,
      lifecycleStage: index % 5 === 0 ? 'customer' : 'lead',
    })),
    pipelines: [
      {
        id: 'pl',
        source: source('pipeline', 'pl'),
        name: 'Sales pipeline',
        stages: [
          { id: 'open', name: 'Discovery', order: 0, probability: 0.2, category: 'open' as const },
          { id: 'won', name: 'Closed won', order: 1, probability: 1, category: 'won' as const },
          { id: 'lost', name: 'Closed lost', order: 2, probability: 0, category: 'lost' as const },
        ],
      },
    ],
    deals: Array.from({ length: deals }, (_, index) => {
      const company = index % companies;
      const status = (['open', 'won', 'lost'] as const)[index % 3] ?? 'open';
      return {
        id: `d${index}`,
        source: source('deal', `d${index}`),
        createdAt: at(index),
        updatedAt: at(index),
        name: `Deal ${index}`,
        amount: { amount: String(1000 + index), currency: 'USD' },
        status,
        closeDate: '2025-12-31',
        closedAt: status === 'open' ? null : at(index + 1),
        pipelineId: 'pl',
        stageId: status,
        ownerId: `u${index % 40}`,
        accountId: `a${company}`,
        contacts: Array.from({ length: 1 + (index % 3) }, (_, n) => ({
          personId: `p${(company + n * companies) % contacts}`,
        })),
      };
    }),
  };
  const { dataset, rejected } = parseDataset(input);
  if (rejected.length > 0) throw new Error(`bench portal: ${rejected[0]?.reason}`);
  return dataset;
}
