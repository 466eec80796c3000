import type { DatasetInput } from '../../model/dataset';

/*
 * Builders for hand-made lifecycle, funnel and goal fixtures: short ids, schema defaults.
 * `strictDataset` is the core's own (the testkit depends on the core, not the reverse).
 */
export { strictDataset } from '../../__fixtures__/strict-dataset';

type Input<K extends keyof DatasetInput> = DatasetInput[K][number];

const source = (objectType: string, id: string) => ({
  provider: 'manual' as const,
  objectType,
  remoteId: id,
});

/** A person (a lead unless said otherwise). */
export function person(id: string, extra: Partial<Input<'people'>> = {}): Input<'people'> {
  return { id, source: source('person', id), kind: 'lead', ...extra };
}

/** A user of a team. */
export function user(
  id: string,
  team: Input<'users'>['team'],
  extra: Partial<Input<'users'>> = {},
) {
  return { id, source: source('user', id), name: id, team, ...extra } satisfies Input<'users'>;
}

/** An account in a segment. */
export function account(id: string, segment: string | null): Input<'accounts'> {
  return { id, source: source('account', id), name: id, segment };
}

/** A campaign on a channel. */
export function campaign(id: string, channel: Input<'campaigns'>['channel']): Input<'campaigns'> {
  return { id, source: source('campaign', id), name: `Campaign ${id}`, channel };
}

let changeCounter = 0;

/** A lifecycle-stage change of a person (or another entity / field through `extra`). */
export function move(
  entityId: string,
  to: string | null,
  at: string,
  extra: Partial<Input<'changes'>> = {},
): Input<'changes'> {
  changeCounter += 1;
  return {
    id: `c${changeCounter}`,
    entity: 'person',
    entityId,
    field: 'lifecycleStage',
    to,
    at,
    ...extra,
  };
}

/** A deal in USD (open unless said otherwise). */
export function deal(id: string, extra: Partial<Input<'deals'>> = {}): Input<'deals'> {
  return {
    id,
    source: source('deal', id),
    status: 'open',
    amount: { amount: '100.00', currency: 'USD' },
    ...extra,
  };
}

/** A meeting (or another activity type through `extra`). */
export function meeting(
  id: string,
  occurredAt: string | null,
  extra: Partial<Input<'activities'>> = {},
): Input<'activities'> {
  return { id, source: source('activity', id), type: 'meeting', occurredAt, ...extra };
}
