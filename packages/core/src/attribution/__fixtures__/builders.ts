import { Dataset, type DatasetInput } from '../../model/dataset';

/** Builders for hand-made attribution fixtures: short ids, defaults filled by the schema. */

const source = (objectType: string, id: string) => ({
  provider: 'manual' as const,
  objectType,
  remoteId: id,
});

type Input<K extends keyof DatasetInput> = DatasetInput[K][number];

/** A person (contact by default), created at `createdAt`. */
export function person(
  id: string,
  createdAt: string | null,
  extra: Partial<Input<'people'>> = {},
): Input<'people'> {
  return { id, source: source('contact', id), kind: 'contact', createdAt, ...extra };
}

/** A touchpoint of a person on a channel (a page view unless said otherwise). */
export function touch(
  id: string,
  personId: string | null,
  occurredAt: string,
  channel: Input<'touchpoints'>['channel'],
  extra: Partial<Input<'touchpoints'>> = {},
): Input<'touchpoints'> {
  return {
    id,
    source: source('touch', id),
    type: 'page_view',
    occurredAt,
    personId,
    channel,
    ...extra,
  };
}

/** A deal with an amount in USD, won at `closedAt` unless said otherwise. */
export function deal(
  id: string,
  contacts: string[],
  extra: Partial<Input<'deals'>> & { amount?: Input<'deals'>['amount'] } = {},
): Input<'deals'> {
  return {
    id,
    source: source('deal', id),
    status: 'won',
    contacts: contacts.map((personId) => ({ personId })),
    amount: { amount: '100.00', currency: 'USD' },
    ...extra,
  };
}

/** A campaign on a channel. */
export function campaign(
  id: string,
  channel: Input<'campaigns'>['channel'],
  extra: Partial<Input<'campaigns'>> = {},
): Input<'campaigns'> {
  return { id, source: source('campaign', id), name: id, channel, ...extra };
}

/** A dataset from a few entity arrays; the others are empty. */
export function dataset(parts: Partial<DatasetInput>): Dataset {
  return Dataset.parse({
    users: [],
    accounts: [],
    people: [],
    leads: [],
    pipelines: [],
    deals: [],
    campaigns: [],
    campaignMemberships: [],
    touchpoints: [],
    activities: [],
    changes: [],
    goals: [],
    ...parts,
  });
}

/** "Now" for fixture runs: after every fixture's records, so it cuts nothing. */
export const AS_OF = '2030-01-01T00:00:00Z';
