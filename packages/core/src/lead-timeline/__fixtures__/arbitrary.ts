import fc from 'fast-check';
import type { Dataset } from '../../model/dataset';
import { History } from './history';

const STAGES = ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const;
const OWNERS = ['queue', 'mkt', 'rep1', 'rep2', 'gone', 'ghost', null] as const;
const STATUSES = [
  'New',
  'Connected',
  'Accepted',
  'Recycled',
  'Unqualified',
  'BAD_TIMING',
  'Working',
];
const REASONS = ['No ICP fit', 'Bad timing', 'No contact', null];
const TYPES = ['call', 'meeting', 'email', 'task', 'note'] as const;
const START = Date.parse('2026-03-01T00:00:00Z');

const minute = fc.integer({ min: 0, max: 80 * 24 * 60 });
const at = (m: number) => new Date(START + m * 60_000).toISOString();

const event = fc.oneof(
  fc.record({ kind: fc.constant('stage' as const), m: minute, to: fc.constantFrom(...STAGES) }),
  fc.record({ kind: fc.constant('owner' as const), m: minute, to: fc.constantFrom(...OWNERS) }),
  fc.record({
    kind: fc.constant('status' as const),
    m: minute,
    to: fc.constantFrom(...STATUSES),
    reason: fc.constantFrom(...REASONS),
  }),
  fc.record({
    kind: fc.constant('activity' as const),
    m: minute,
    type: fc.constantFrom(...TYPES),
    automated: fc.boolean(),
    inbound: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('lead' as const),
    m: minute,
    deal: fc.option(fc.constantFrom('d1', 'd2')),
  }),
);

/**
 * Small random hand-off histories: up to six people, each with random lifecycle, owner and
 * status changes, activities of every kind and lead work items (some converted into one of
 * two deals), over 80 days from 1 March 2026. Every dataset passes `strictDataset`.
 */
export const arbitraryHistory: fc.Arbitrary<Dataset> = fc
  .array(fc.array(event, { maxLength: 14 }), { minLength: 1, maxLength: 6 })
  .map((people) => {
    const h = new History()
      .deal('d1', { status: 'won', createdAt: at(20 * 1440), closedAt: at(50 * 1440) })
      .deal('d2', { status: 'open', createdAt: at(30 * 1440) });
    people.forEach((events, p) => {
      const id = `p${p}`;
      h.person(id, at(0));
      events.forEach((e, k) => {
        if (e.kind === 'stage') h.stage(id, at(e.m), null, e.to);
        else if (e.kind === 'owner') h.owner(id, at(e.m), null, e.to);
        else if (e.kind === 'status') h.status(id, at(e.m), e.to, e.reason);
        else if (e.kind === 'lead') h.lead(`${id}-L${k}`, id, at(e.m), { convertedDealId: e.deal });
        else {
          h.activity(id, at(e.m), e.type, {
            automated: e.automated,
            direction: e.inbound ? 'inbound' : 'outbound',
          });
        }
      });
    });
    return h.dataset();
  });

/** The dataset with every entity array in a different order (a seeded shuffle). */
export function shuffled(dataset: Dataset, seed: number): Dataset {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return Object.fromEntries(
    Object.entries(dataset).map(([key, records]) => [key, shuffle(records as unknown[])]),
  ) as Dataset;
}
