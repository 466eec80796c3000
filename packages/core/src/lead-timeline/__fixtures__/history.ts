import { strictDataset } from '../../__fixtures__/strict-dataset';
import type { Dataset, DatasetInput } from '../../model/dataset';
import type { ActivityType } from '../../model/vocabulary';
import { parseOptions } from '../../options/parse-options';
import { timelineConfig } from '../config';
import { type LeadTimelineOptions, LeadTimelineOptionsSchema } from '../options';
import { buildTimeline, type Timeline } from '../timeline';

type Input<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];

const source = (objectType: string, remoteId: string) => ({
  provider: 'manual' as const,
  objectType,
  remoteId,
});

/**
 * A tiny builder for hand-written hand-off histories: people, users, lifecycle, status and
 * owner changes, activities, leads and deals, parsed with `strictDataset` (a
 * typo fails loudly). Change and activity ids count up (`c1`, `a1` …) in call order.
 */
export class History {
  private readonly data = {
    users: [] as Input<'users'>[],
    accounts: [] as Input<'accounts'>[],
    people: [] as Input<'people'>[],
    leads: [] as Input<'leads'>[],
    deals: [] as Input<'deals'>[],
    campaigns: [] as Input<'campaigns'>[],
    activities: [] as Input<'activities'>[],
    changes: [] as Input<'changes'>[],
  };
  private changeCount = 0;
  private activityCount = 0;

  /** Users: a routing queue `queue`, marketer `mkt`, reps `rep1`, `rep2` and the inactive `gone`. */
  constructor() {
    this.user('queue', { kind: 'queue', team: null, name: 'Routing queue' });
    this.user('mkt', { team: 'marketing', name: 'Maya Marketer' });
    this.user('rep1', { team: 'sdr', name: 'Riley Rep' });
    this.user('rep2', { team: 'sdr', name: 'Sam Rep' });
    this.user('gone', { team: 'sdr', name: 'Gale Gone', active: false });
  }

  user(id: string, fields: Partial<Input<'users'>> = {}): this {
    this.data.users.push({ id, source: source('user', id), ...fields });
    return this;
  }

  account(id: string, segment: string | null): this {
    this.data.accounts.push({ id, source: source('company', id), name: id, segment });
    return this;
  }

  campaign(id: string, name: string, channel: Input<'campaigns'>['channel']): this {
    this.data.campaigns.push({ id, source: source('campaign', id), name, channel });
    return this;
  }

  person(id: string, createdAt: string, fields: Partial<Input<'people'>> = {}): this {
    this.data.people.push({
      id,
      source: source('contact', id),
      kind: 'lead',
      createdAt,
      firstName: 'Pat',
      lastName: id,
      ...fields,
    });
    return this;
  }

  private change(
    entityId: string,
    field: string,
    from: string | null,
    to: string | null,
    at: string,
    extra: Partial<Input<'changes'>> = {},
  ): this {
    const id = `c${++this.changeCount}`;
    this.data.changes.push({ id, entity: 'person', entityId, field, from, to, at, ...extra });
    return this;
  }

  stage(personId: string, at: string, from: string | null, to: string | null): this {
    return this.change(personId, 'lifecycleStage', from, to, at);
  }

  status(personId: string, at: string, to: string, reason: string | null = null): this {
    return this.change(personId, 'leadStatus', null, to, at, { reason });
  }

  owner(personId: string, at: string, from: string | null, to: string | null): this {
    return this.change(personId, 'owner', from, to, at);
  }

  /** A change recorded on a lead work item instead of the person. */
  leadChange(leadId: string, field: string, to: string | null, at: string): this {
    return this.change(leadId, field, null, to, at, { entity: 'lead' });
  }

  activity(
    personId: string | null,
    at: string | null,
    type: ActivityType,
    fields: Partial<Input<'activities'>> = {},
  ): this {
    const id = `a${++this.activityCount}`;
    this.data.activities.push({
      id,
      source: source('engagement', id),
      type,
      occurredAt: at,
      personIds: personId === null ? [] : [personId],
      ownerId: 'rep1',
      direction: 'outbound',
      ...fields,
    });
    return this;
  }

  lead(
    id: string,
    personId: string | null,
    createdAt: string | null,
    fields: Partial<Input<'leads'>> = {},
  ): this {
    this.data.leads.push({ id, source: source('lead', id), personId, createdAt, ...fields });
    return this;
  }

  deal(id: string, fields: Partial<Input<'deals'>> & { status: Input<'deals'>['status'] }): this {
    this.data.deals.push({ id, source: source('deal', id), ...fields });
    return this;
  }

  /** The dataset, parsed strictly. */
  dataset(): Dataset {
    return strictDataset(this.data);
  }
}

/** Builds the timeline of a dataset with the public option shape (test shorthand). */
export function timelineOf(dataset: Dataset, options: LeadTimelineOptions): Timeline {
  return buildTimeline(
    dataset,
    timelineConfig(parseOptions('test', LeadTimelineOptionsSchema, options), 'test'),
  );
}
