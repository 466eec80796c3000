import { describe, expect, it } from 'vitest';
import { type LooseInput, tinyDataset, tinyWith } from './__fixtures__/tiny-dataset';
import { emptyDataset } from './dataset';
import { DatasetError, type ParseDatasetOptions, parseDataset } from './parse-dataset';
import { DEFAULT_LIFECYCLE_STAGES } from './vocabulary';

/** The reasons of all rejections. */
function reasons(input: unknown, options?: ParseDatasetOptions): string[] {
  return parseDataset(input, options).rejected.map((r) => r.reason);
}

/** The first rejection of an entity (later ones may be cascades), failing when there is none. */
function rejectionOf(input: unknown, entity: string, options?: ParseDatasetOptions) {
  const found = parseDataset(input, options).rejected.find((r) => r.entity === entity);
  expect(found).toBeDefined();
  return found;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('parseDataset: valid input', () => {
  it('keeps every record of a valid dataset and applies defaults', () => {
    const { dataset, rejected, counts, warnings } = parseDataset(tinyDataset());
    expect(rejected).toEqual([]);
    expect(warnings).toEqual([]);
    expect(counts.deals).toEqual({ in: 2, kept: 2, rejected: 0 });
    expect(dataset.users[0]).toMatchObject({
      id: 'u-1',
      active: true,
      kind: 'person',
      email: null,
    });
    expect(dataset.goals[0]?.timeZone).toBe('UTC');
    expect(dataset.deals[1]?.contacts).toEqual([]);
  });

  it('reads an empty object as an empty dataset', () => {
    const result = parseDataset({});
    expect(result.dataset).toEqual(emptyDataset());
    expect(result.rejected).toEqual([]);
    expect(result.counts.touchpoints).toEqual({ in: 0, kept: 0, rejected: 0 });
  });

  it('reads a missing entity key as no records of that entity', () => {
    const { users } = tinyDataset();
    const result = parseDataset({ users });
    expect(result.dataset.users).toHaveLength(2);
    expect(result.dataset.deals).toEqual([]);
    expect(result.counts.deals).toEqual({ in: 0, kept: 0, rejected: 0 });
  });

  it('ignores unknown top-level keys and reports them as warnings', () => {
    const result = parseDataset({ ...tinyDataset(), exportedAt: '2026-03-01', meta: {} });
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([
      'ignored unknown top-level key "exportedAt"',
      'ignored unknown top-level key "meta"',
    ]);
  });

  it('does not mutate the input and is deterministic', () => {
    const input = deepFreeze(tinyWith('deals', 0, { amount: { amount: '-1', currency: 'USD' } }));
    const copy = structuredClone(input);
    const first = parseDataset(input);
    expect(input).toEqual(copy);
    expect(parseDataset(input)).toEqual(first);
  });

  it('accepts self-references and reference cycles', () => {
    const input = tinyWith('accounts', 0, { parentAccountId: 'a-2' }); // a-2's parent is a-1
    input.campaigns[0] = { ...(input.campaigns[0] as object), parentId: 'c-1' };
    expect(reasons(input)).toEqual([]);
  });
});

describe('parseDataset: not a dataset', () => {
  const shapes: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'users'],
    ['an array', [tinyDataset()]],
    ['an entity key holding an object', { users: [], deals: { 'd-1': {} } }],
    ['an entity key holding null', { deals: null }],
    ['an object with none of the entity keys', { rows: [], meta: {} }],
  ];
  it.each(shapes)('throws DatasetError for %s', (_, input) => {
    expect(() => parseDataset(input)).toThrow(DatasetError);
    try {
      parseDataset(input);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as DatasetError).code).toBe('not_a_dataset');
      expect((error as DatasetError).message).toMatch(/^not a dataset: /);
    }
  });

  it('names the offending key', () => {
    expect(() => parseDataset({ deals: { 'd-1': {} } })).toThrow(
      'not a dataset: "deals" must be an array, got an object',
    );
    expect(() => parseDataset(null)).toThrow(/expected an object of entity arrays .*, got null/);
  });
});

describe('parseDataset: schema problems', () => {
  it('rejects a wrong enum value, naming the allowed values', () => {
    const r = rejectionOf(tinyWith('deals', 1, { status: 'closed' }), 'deals');
    expect(r).toMatchObject({ entity: 'deals', index: 1, id: 'd-2', path: ['status'] });
    expect(r?.reason).toBe(
      'deals[1] "d-2": status: expected one of open | won | lost, got "closed"',
    );
  });

  it('rejects a value of the wrong type', () => {
    const r = rejectionOf(tinyWith('users', 0, { active: 'yes' }), 'users');
    expect(r?.reason).toBe('users[0] "u-1": active: expected a boolean, got "yes"');
  });

  it('rejects a missing required field', () => {
    const r = rejectionOf(tinyWith('deals', 1, { status: undefined }), 'deals');
    expect(r?.reason).toBe('deals[1] "d-2": missing required field "status"');
    expect(r?.issues[0]).toMatchObject({ kind: 'schema', path: ['status'], field: 'status' });
  });

  it('rejects a missing nested field with its full path', () => {
    const input = tinyWith('deals', 1, { amount: { amount: '10.00' } });
    const r = rejectionOf(input, 'deals');
    expect(r?.reason).toBe('deals[1] "d-2": missing required field "amount.currency"');
    expect(r?.path).toEqual(['amount', 'currency']);
  });

  it('rejects a record that is not an object, without an id', () => {
    const input = tinyDataset() as LooseInput;
    input.touchpoints.push(42, null);
    const rejected = parseDataset(input).rejected;
    expect(rejected.map((r) => [r.index, r.id, r.reason])).toEqual([
      [1, null, 'touchpoints[1]: expected an object, got number 42'],
      [2, null, 'touchpoints[2]: expected an object, got null'],
    ]);
  });

  it('rejects the holes of a sparse array rather than skipping them', () => {
    const input = tinyDataset() as LooseInput;
    input.touchpoints[2] = input.touchpoints[0];
    const { rejected, counts } = parseDataset(input);
    expect(rejected.map((r) => r.reason)).toEqual([
      'touchpoints[1]: expected an object, got nothing',
      'touchpoints[2] "t-1": id "t-1" duplicates the record at index 0, which is kept',
    ]);
    expect(counts.touchpoints).toEqual({ in: 3, kept: 1, rejected: 2 });
  });

  it('rejects a timestamp without an offset', () => {
    const r = rejectionOf(
      tinyWith('touchpoints', 0, { occurredAt: '2026-01-10T09:00:00' }),
      'touchpoints',
    );
    expect(r?.reason).toBe(
      'touchpoints[0] "t-1": occurredAt: timestamp must be ISO-8601 with an offset (Z or ±hh:mm), got "2026-01-10T09:00:00"',
    );
  });

  it('rejects an unparseable timestamp', () => {
    const r = rejectionOf(
      tinyWith('touchpoints', 0, { occurredAt: '2026-02-30T00:00:00Z' }),
      'touchpoints',
    );
    expect(r?.reason).toContain('occurredAt: timestamp must be ISO-8601');
    expect(r?.reason).toContain('got "2026-02-30T00:00:00Z"');
  });

  it('rejects a bad timestamp in a record-valued field, naming its key', () => {
    const input = tinyWith('people', 0, { stageDates: { mql: 'yesterday' } });
    const r = rejectionOf(input, 'people');
    expect(r?.field).toBe('stageDates.mql');
    expect(r?.reason).toContain('stageDates.mql: timestamp must be ISO-8601');
  });

  it('rejects a negative amount', () => {
    const input = tinyWith('deals', 0, { amount: { amount: '-5.00', currency: 'USD' } });
    expect(rejectionOf(input, 'deals')?.reason).toBe(
      'deals[0] "d-1": amount.amount: amount must not be negative, got -5.00',
    );
  });

  it('rejects an amount that is not a decimal string', () => {
    const comma = tinyWith('deals', 0, { amount: { amount: '1.250,00', currency: 'EUR' } });
    expect(rejectionOf(comma, 'deals')?.reason).toBe(
      'deals[0] "d-1": amount.amount: amount must be a decimal string such as "1250.00", got "1.250,00"',
    );
    const number = tinyWith('deals', 0, { amount: { amount: 1250, currency: 'EUR' } });
    expect(rejectionOf(number, 'deals')?.reason).toBe(
      'deals[0] "d-1": amount.amount: amount must be a decimal string such as "1250.00"',
    );
  });

  it('rejects an unknown currency', () => {
    const input = tinyWith('deals', 0, { amount: { amount: '10.00', currency: 'XYZ' } });
    const r = rejectionOf(input, 'deals');
    expect(r?.reason).toBe(
      'deals[0] "d-1": amount.currency: unknown currency "XYZ" (expected an ISO-4217 code such as USD, EUR, GBP)',
    );
    expect(r).toMatchObject({ path: ['amount', 'currency'], field: 'amount.currency' });
  });

  it('lists every issue of a record, not only the first', () => {
    const input = tinyWith('deals', 1, {
      name: 7,
      status: 'closed',
      amount: { amount: '-1', currency: 'XYZ' },
    });
    const r = rejectionOf(input, 'deals');
    expect(r?.issues.map((issue) => issue.field)).toEqual([
      'name',
      'amount.amount',
      'amount.currency',
      'status',
    ]);
    expect(r?.reason).toBe(
      'deals[1] "d-2": name: expected a string, got number 7; amount.amount: amount must not be negative, got -1; ' +
        'amount.currency: unknown currency "XYZ" (expected an ISO-4217 code such as USD, EUR, GBP); ' +
        'status: expected one of open | won | lost, got "closed"',
    );
  });

  it('keeps the record passed as input on the rejection', () => {
    const input = tinyWith('deals', 1, { status: 'closed' });
    expect(rejectionOf(input, 'deals')?.record).toBe(input.deals[1]);
  });
});

describe('parseDataset: duplicate ids', () => {
  it('keeps the first record with an id and rejects later ones, naming the first', () => {
    const input = tinyDataset() as LooseInput;
    input.campaigns.push({ ...(input.campaigns[0] as object), name: 'Copy' });
    const { dataset, rejected, counts } = parseDataset(input);
    expect(rejected.map((r) => r.reason)).toEqual([
      'campaigns[2] "c-1": id "c-1" duplicates the record at index 0, which is kept',
    ]);
    expect(rejected[0]?.issues[0]?.kind).toBe('duplicate');
    expect(dataset.campaigns.map((c) => c.name)).toEqual(['Spring webinar', 'Follow-up']);
    expect(counts.campaigns).toEqual({ in: 3, kept: 2, rejected: 1 });
  });

  it('keeps the first valid record when an earlier one with the id is invalid', () => {
    const input = tinyDataset() as LooseInput;
    input.campaigns.unshift({ id: 'c-1', name: 'Broken' });
    const { dataset, rejected } = parseDataset(input);
    expect(rejected.map((r) => r.index)).toEqual([0]);
    expect(rejected[0]?.reason).toMatch(/^campaigns\[0\] "c-1": missing required field "source/);
    expect(dataset.campaigns.map((c) => c.name)).toEqual(['Spring webinar', 'Follow-up']);
  });
});

describe('parseDataset: references', () => {
  const dangling: [string, string, number, Record<string, unknown>, string][] = [
    ['account owner', 'accounts', 0, { ownerId: 'u-9' }, 'ownerId "u-9" refers to a user'],
    ['deal account', 'deals', 1, { accountId: 'a-9' }, 'accountId "a-9" refers to an account'],
    ['deal pipeline', 'deals', 1, { pipelineId: 'pl-9' }, 'pipelineId "pl-9" refers to a pipeline'],
    [
      'deal contact',
      'deals',
      1,
      { contacts: [{ personId: 'p-9' }] },
      'contacts[0].personId "p-9" refers to a person',
    ],
    [
      'person campaign, a forward reference',
      'people',
      0,
      { attribution: { original: { channel: 'email', campaignId: 'c-9' } } },
      'attribution.original.campaignId "c-9" refers to a campaign',
    ],
    [
      'touchpoint campaign',
      'touchpoints',
      0,
      { campaignId: 'c-9' },
      'campaignId "c-9" refers to a campaign',
    ],
    [
      'activity person in a list',
      'activities',
      0,
      { personIds: ['p-1', 'p-9'] },
      'personIds[1] "p-9" refers to a person',
    ],
    [
      'change of a deal',
      'changes',
      0,
      { entity: 'deal', field: 'amount' },
      'entityId "p-1" refers to a deal',
    ],
    ['change actor', 'changes', 0, { actorUserId: 'u-9' }, 'actorUserId "u-9" refers to a user'],
    ['goal owner', 'goals', 1, { ownerId: 'u-9' }, 'ownerId "u-9" refers to a user'],
  ];
  it.each(dangling)('rejects a dangling %s', (_, entity, index, patch, message) => {
    const r = rejectionOf(tinyWith(entity as 'deals', index, patch), entity);
    expect(r?.index).toBe(index);
    expect(r?.reason).toContain(`${message} that does not exist or was rejected`);
    expect(r?.issues.every((issue) => issue.kind === 'reference')).toBe(true);
  });

  it('cascades a rejection to every record that points at it', () => {
    const input = tinyWith('accounts', 1, { employeeCount: -3 });
    const { rejected, counts } = parseDataset(input);
    expect(rejected.map((r) => r.reason)).toEqual([
      'accounts[1] "a-2": employeeCount: must be at least 0, got number -3',
      'deals[1] "d-2": accountId "a-2" refers to an account that does not exist or was rejected',
    ]);
    expect(counts.deals).toEqual({ in: 2, kept: 1, rejected: 1 });
  });

  it('cascades through several levels', () => {
    // user u-2 → lead l-1 (owner) → activity act-1 (leadId)
    const { rejected } = parseDataset(tinyWith('users', 1, { team: 'finance' }));
    expect(rejected.map((r) => `${r.entity}:${r.id}`)).toEqual([
      'users:u-2',
      'leads:l-1',
      'activities:act-1',
    ]);
    expect(rejected[2]?.reason).toBe(
      'activities[0] "act-1": leadId "l-1" refers to a lead that does not exist or was rejected',
    );
  });

  it('ends on a cycle whose members are rejected', () => {
    const { rejected } = parseDataset(
      tinyWith('accounts', 0, { parentAccountId: 'a-2', ownerId: 'u-9' }),
    );
    expect(rejected.filter((r) => r.entity === 'accounts').map((r) => r.reason)).toEqual([
      'accounts[0] "a-1": ownerId "u-9" refers to a user that does not exist or was rejected; ' +
        'parentAccountId "a-2" refers to an account that does not exist or was rejected',
      'accounts[1] "a-2": parentAccountId "a-1" refers to an account that does not exist or was rejected',
    ]);
  });

  it('keeps a reference to an id whose first record was rejected but a later copy kept', () => {
    const input = tinyDataset() as LooseInput;
    input.accounts.push({ ...(input.accounts[1] as object), parentAccountId: null });
    input.accounts[1] = { ...(input.accounts[1] as object), ownerId: 'u-9' };
    const { dataset, rejected } = parseDataset(input);
    expect(rejected.map((r) => r.reason)).toEqual([
      'accounts[1] "a-2": ownerId "u-9" refers to a user that does not exist or was rejected',
    ]);
    expect(dataset.deals.map((d) => d.id)).toEqual(['d-1', 'd-2']);
  });

  it('rejects a stage that is not a stage of the deal pipeline', () => {
    const r = rejectionOf(tinyWith('deals', 1, { stageId: 'st-lost' }), 'deals');
    expect(r?.reason).toBe(
      'deals[1] "d-2": stageId "st-lost" is not a stage of pipeline "pl-1" (stages: st-open, st-won)',
    );
  });

  it('rejects a stage without a pipeline', () => {
    const r = rejectionOf(tinyWith('deals', 1, { pipelineId: null }), 'deals');
    expect(r?.reason).toBe('deals[1] "d-2": stageId "st-open" needs a pipelineId to belong to');
  });
});

describe('parseDataset: lifecycle stages', () => {
  const allowed = `allowed: ${DEFAULT_LIFECYCLE_STAGES.join(', ')}`;

  it('rejects a person in an unconfigured stage, naming the allowed ones', () => {
    const r = rejectionOf(tinyWith('people', 1, { lifecycleStage: 'sgl' }), 'people');
    expect(r?.reason).toBe(
      `people[1] "p-2": lifecycleStage "sgl" is not a configured lifecycle stage (${allowed})`,
    );
    expect(r?.issues[0]?.kind).toBe('rule');
  });

  it('rejects an account in an unconfigured stage', () => {
    const r = rejectionOf(tinyWith('accounts', 1, { lifecycleStage: 'prospect' }), 'accounts');
    expect(r?.reason).toContain('lifecycleStage "prospect" is not a configured lifecycle stage');
  });

  it('rejects stage dates keyed by an unconfigured stage', () => {
    const input = tinyWith('people', 1, { stageDates: { sgl: '2026-01-05T00:00:00Z' } });
    const r = rejectionOf(input, 'people');
    expect(r?.path).toEqual(['stageDates', 'sgl']);
    expect(r?.reason).toContain('stageDates key "sgl" is not a configured lifecycle stage');
  });

  it('rejects a lifecycle-stage change from or to an unconfigured stage', () => {
    const r = rejectionOf(tinyWith('changes', 0, { from: 'sgl', to: 'tql' }), 'changes');
    expect(r?.reason).toContain('from "sgl" is not a configured lifecycle stage');
    expect(r?.reason).toContain('to "tql" is not a configured lifecycle stage');
    expect(
      reasons(tinyWith('changes', 0, { field: 'leadStatus', from: 'New', to: 'Working' })),
    ).toEqual([]);
  });

  it('accepts the stages configured with the lifecycleStages option', () => {
    const input = tinyWith('people', 1, {
      lifecycleStage: 'sgl',
      stageDates: { sgl: '2026-01-05T00:00:00Z' },
    });
    const lifecycleStages = [...DEFAULT_LIFECYCLE_STAGES, 'sgl'];
    expect(reasons(input, { lifecycleStages })).toEqual([]);
    const narrow = parseDataset(tinyDataset(), { lifecycleStages: ['lead', 'mql'] }).rejected;
    expect(narrow[0]?.reason).toBe(
      'accounts[0] "a-1": lifecycleStage "customer" is not a configured lifecycle stage (allowed: lead, mql)',
    );
    expect(narrow.find((r) => r.entity === 'changes')?.reason).toContain(
      'from "sql" is not a configured lifecycle stage (allowed: lead, mql)',
    );
  });
});

describe('parseDataset: domain rules', () => {
  it('rejects a won or lost deal without closedAt', () => {
    expect(rejectionOf(tinyWith('deals', 0, { closedAt: null }), 'deals')?.reason).toBe(
      'deals[0] "d-1": a won deal needs closedAt',
    );
    const lost = tinyWith('deals', 1, { status: 'lost' });
    expect(rejectionOf(lost, 'deals')?.reason).toBe('deals[1] "d-2": a lost deal needs closedAt');
  });

  it('rejects an open deal with closedAt', () => {
    const input = tinyWith('deals', 1, { closedAt: '2026-03-01T00:00:00Z' });
    expect(rejectionOf(input, 'deals')?.reason).toBe(
      'deals[1] "d-2": an open deal must not have closedAt (got "2026-03-01T00:00:00Z")',
    );
  });

  it('rejects a money goal without a known currency', () => {
    expect(rejectionOf(tinyWith('goals', 0, { currency: null }), 'goals')?.reason).toBe(
      'goals[0] "g-1": a revenue goal needs a currency',
    );
    expect(rejectionOf(tinyWith('goals', 0, { currency: 'XYZ' }), 'goals')?.reason).toBe(
      'goals[0] "g-1": currency: unknown currency "XYZ" (expected an ISO-4217 code such as USD, EUR, GBP)',
    );
  });

  it('rejects a count goal with a currency', () => {
    expect(rejectionOf(tinyWith('goals', 1, { currency: 'USD' }), 'goals')?.reason).toBe(
      'goals[1] "g-2": a mqls goal counts records, so currency must be null (got "USD")',
    );
  });

  it('rejects a goal that ends before it starts', () => {
    const input = tinyWith('goals', 1, { periodStart: '2026-04-01' });
    expect(rejectionOf(input, 'goals')?.reason).toBe(
      'goals[1] "g-2": periodEnd 2026-03-31 is before periodStart 2026-04-01',
    );
    expect(reasons(tinyWith('goals', 1, { periodEnd: '2026-01-01' }))).toEqual([]);
  });

  it('rejects a goal in an unknown time zone', () => {
    expect(rejectionOf(tinyWith('goals', 1, { timeZone: 'Mars/Olympus' }), 'goals')?.reason).toBe(
      'goals[1] "g-2": timeZone "Mars/Olympus" is not an IANA time zone (e.g. UTC, Europe/Berlin)',
    );
  });

  it('lists every rule a goal breaks', () => {
    const input = tinyWith('goals', 0, {
      currency: null,
      periodEnd: '2025-12-31',
      timeZone: 'Nowhere',
    });
    expect(rejectionOf(input, 'goals')?.issues.map((issue) => issue.field)).toEqual([
      'currency',
      'periodEnd',
      'timeZone',
    ]);
  });

  it('lists broken rules and dangling references together', () => {
    const input = tinyWith('deals', 1, { closedAt: '2026-03-01T00:00:00Z', ownerId: 'u-9' });
    expect(rejectionOf(input, 'deals')?.issues.map((issue) => issue.kind)).toEqual([
      'rule',
      'reference',
    ]);
  });
});

describe('parseDataset: counts', () => {
  it('reconciles in = kept + rejected for every entity', () => {
    const input = tinyWith('accounts', 0, { ownerId: 'u-9' });
    const { dataset, rejected, counts } = parseDataset(input);
    for (const [entity, count] of Object.entries(counts)) {
      expect(count.in).toBe(count.kept + count.rejected);
      expect(count.in).toBe(input[entity as keyof LooseInput].length);
      expect(count.kept).toBe(dataset[entity as keyof typeof dataset].length);
      expect(count.rejected).toBe(rejected.filter((r) => r.entity === entity).length);
    }
    expect(rejected.length).toBeGreaterThan(5);
  });
});
