import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { parseInstant } from '../time/instant';
import { NULL_CODE } from './intern';
import { TouchColumns } from './touch-columns';

const ids = ['p1', 'p2', 'p3', 'p4'];
const accounts = ['a1', 'a2', null];

const touchArb = fc.record({
  personId: fc.constantFrom(...ids, null),
  accountId: fc.constantFrom(...accounts),
  channel: fc.constantFrom('email', 'paid_search', 'direct'),
  type: fc.constantFrom('page_view', 'form_submission'),
  origin: fc.constantFrom('online', 'offline'),
  campaignId: fc.constantFrom('c1', 'c2', null),
  title: fc.constantFrom('Guide', null),
  occurredAt: fc
    .integer({ min: 1_700_000_000, max: 1_800_000_000 })
    .map((s) => new Date(s * 1000).toISOString()),
  custom: fc.constantFrom({}, { ownerId: 'u1' }, { ownerId: 7 }),
  deletedAt: fc.constantFrom(null, '2026-02-01T00:00:00Z'),
});

const peopleArb = fc.array(
  fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), accountId: fc.constantFrom(...accounts) }),
  { maxLength: 5 },
);

function columnsOf(touches: unknown[], people: unknown[]): TouchColumns {
  return new TouchColumns({
    touchpoints: touches as Dataset['touchpoints'],
    people: people as Dataset['people'],
  });
}

describe('TouchColumns', () => {
  it('groups touches by person and account, and reads each touch into its columns', () => {
    fc.assert(
      fc.property(fc.array(touchArb, { maxLength: 40 }), peopleArb, (touches, people) => {
        const columns = columnsOf(touches, people);
        // People's accounts as a map built in order would hold them (the last record wins).
        const byId = new Map<string, string | null>(people.map((p) => [p.id, p.accountId]));
        for (const id of [...ids, 'nobody']) {
          expect(columns.accountOfPerson.has(id)).toBe(byId.has(id));
          expect(columns.accountOfPerson.get(id)).toBe(byId.get(id));
        }
        for (const id of ids) {
          const expected = touches.flatMap((t, i) => (t.personId === id ? [i] : []));
          const rows = columns.personRows(id);
          expect(rows ? [...rows] : []).toEqual(expected);
        }
        for (const account of ['a1', 'a2']) {
          const expected = touches.flatMap((t, i) => {
            const ofPerson = t.personId ? byId.get(t.personId) : null;
            return ofPerson === account || t.accountId === account ? [i] : [];
          });
          const rows = columns.accountRows(account);
          expect(rows ? [...rows] : []).toEqual(expected);
        }
        const all = touches.map((_, i) => i);
        columns.readRows(all);
        touches.forEach((t, i) => {
          expect(columns.time[i]).toBe(parseInstant(t.occurredAt));
          expect(columns.channels.values[columns.channel[i] as number]).toBe(t.channel);
          expect(columns.types.values[columns.type[i] as number]).toBe(t.type);
          expect(columns.origins.values[columns.origin[i] as number]).toBe(t.origin);
          const campaign = columns.campaign[i] as number;
          expect(campaign === NULL_CODE ? null : columns.campaigns.values[campaign]).toBe(
            t.campaignId,
          );
          const title = columns.title[i] as number;
          expect(title === NULL_CODE ? null : columns.titles.values[title]).toBe(t.title);
          expect(columns.deletedAtOf(i)).toBe(t.deletedAt && parseInstant(t.deletedAt));
          const owner = columns.ownerOf(i);
          const ownerId = (t.custom as { ownerId?: unknown }).ownerId;
          expect(owner === NULL_CODE ? null : columns.owners.values[owner]).toBe(
            typeof ownerId === 'string' ? ownerId : null,
          );
        });
      }),
    );
  });

  it('reads a touch only when its rows are asked for', () => {
    const columns = columnsOf(
      [
        {
          personId: 'p1',
          accountId: null,
          channel: 'email',
          type: 'page_view',
          origin: 'online',
          campaignId: null,
          title: null,
          occurredAt: '2026-01-02T03:04:05Z',
          custom: {},
          deletedAt: null,
        },
        {
          personId: 'p2',
          accountId: null,
          channel: 'direct',
          type: 'page_view',
          origin: 'online',
          campaignId: null,
          title: null,
          occurredAt: '2026-01-03T03:04:05Z',
          custom: {},
          deletedAt: null,
        },
      ],
      [],
    );
    columns.readRows(columns.personRows('p2') ?? []);
    expect(Number.isNaN(columns.time[0])).toBe(true);
    expect(columns.time[1]).toBe(Date.parse('2026-01-03T03:04:05Z'));
  });
});
