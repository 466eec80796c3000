import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dataset } from '../model/dataset';
import { parseDataset } from '../model/parse-dataset';
import type { Activity } from '../model/sales';
import {
  DISPOSITION_REASONS,
  generateSampleDataset,
  LEAD_STATUSES,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_QUARTER,
  SAMPLE_REPORTING_CURRENCY,
  SAMPLE_START,
  sampleDataQuality,
} from './index';

const sample = generateSampleDataset();
const AS_OF = Date.parse(SAMPLE_AS_OF);
const START = Date.parse(SAMPLE_START);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ids = <T extends { id: string }>(records: readonly T[]) => new Set(records.map((r) => r.id));
const byId = <T extends { id: string }>(records: readonly T[]) =>
  new Map(records.map((r) => [r.id, r]));

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? 'null';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Every string in a value tree that looks like an instant, with where it was found. */
function* instants(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) yield [path, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* instants(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* instants(v, `${path}.${k}`);
  }
}

const isHuman = (a: Activity) =>
  !a.automated && (a.type === 'call' || a.type === 'email' || a.type === 'meeting');

describe('generateSampleDataset — determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives deep-equal datasets for the same seed, regardless of clock and Math.random', () => {
    vi.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') });
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random must not be used');
    });
    expect(generateSampleDataset({ seed: 1, scale: 1 })).toEqual(sample);
  });

  it('gives different data for a different seed', () => {
    const other = generateSampleDataset({ seed: 2 });
    expect(other.people.length).toBeGreaterThan(0);
    expect(other.touchpoints.map((t) => t.occurredAt)).not.toEqual(
      sample.touchpoints.map((t) => t.occurredAt),
    );
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => generateSampleDataset({ scale: 0 })).toThrow(RangeError);
    expect(() => generateSampleDataset({ scale: Number.NaN })).toThrow(RangeError);
  });
});

describe('generateSampleDataset — validity', () => {
  it('satisfies the Dataset schema as generated (no parsing needed)', () => {
    const parsed = Dataset.safeParse(sample);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  it('passes parseDataset with nothing rejected and counts that reconcile', () => {
    const result = parseDataset(sample);
    expect(result.rejected.slice(0, 3)).toEqual([]);
    expect(result.warnings).toEqual([]);
    for (const [entity, counts] of Object.entries(result.counts)) {
      const n = sample[entity as keyof typeof sample].length;
      expect(counts, entity).toEqual({ in: n, kept: n, rejected: 0 });
    }
  });

  it('has unique, deterministic ids and sample provenance', () => {
    const bad: string[] = [];
    for (const [entity, records] of Object.entries(sample)) {
      const list = records as { id: string; source?: { provider: string } }[];
      expect(new Set(list.map((r) => r.id)).size, entity).toBe(list.length);
      for (const r of list) {
        if (!/^sample:[a-z_]+:[a-z0-9-]+$/.test(r.id)) bad.push(r.id);
        // Goals carry no provenance in the model.
        if (entity !== 'goals' && r.source?.provider !== 'sample') bad.push(`${r.id} source`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps referential integrity everywhere', () => {
    const users = ids(sample.users);
    const accounts = ids(sample.accounts);
    const people = byId(sample.people);
    const leads = ids(sample.leads);
    const deals = ids(sample.deals);
    const campaigns = ids(sample.campaigns);
    const pipelines = byId(sample.pipelines);
    const stageIds = new Set(sample.pipelines.flatMap((p) => p.stages.map((s) => s.id)));
    const problems: string[] = [];
    const ref = (set: { has(id: string): boolean }, id: string | null, where: string) => {
      if (id !== null && !set.has(id)) problems.push(`${where} -> ${id}`);
    };
    for (const a of sample.accounts) {
      ref(users, a.ownerId, a.id);
      ref(accounts, a.parentAccountId, a.id);
    }
    for (const p of sample.people) {
      ref(accounts, p.accountId, p.id);
      ref(users, p.ownerId, p.id);
      ref(campaigns, p.attribution.original?.campaignId ?? null, p.id);
      ref(campaigns, p.attribution.latest?.campaignId ?? null, p.id);
    }
    for (const l of sample.leads) {
      ref(people, l.personId, l.id);
      ref(accounts, l.accountId, l.id);
      ref(users, l.ownerId, l.id);
      ref(campaigns, l.channel?.campaignId ?? null, l.id);
      ref(deals, l.convertedDealId, l.id);
    }
    for (const d of sample.deals) {
      ref(pipelines, d.pipelineId, d.id);
      const stages = new Set(pipelines.get(d.pipelineId as string)?.stages.map((s) => s.id));
      ref(stages, d.stageId, d.id);
      ref(users, d.ownerId, d.id);
      ref(accounts, d.accountId, d.id);
      ref(campaigns, d.primaryCampaignId, d.id);
      ref(campaigns, d.originalSource?.campaignId ?? null, d.id);
      for (const c of d.contacts) {
        ref(people, c.personId, d.id);
        if (people.get(c.personId)?.accountId !== d.accountId)
          problems.push(`${d.id} contact elsewhere`);
      }
    }
    for (const m of sample.campaignMemberships) {
      ref(campaigns, m.campaignId, m.id);
      ref(people, m.personId, m.id);
    }
    for (const t of sample.touchpoints) {
      ref(people, t.personId, t.id);
      ref(accounts, t.accountId, t.id);
      ref(campaigns, t.campaignId, t.id);
      if (people.get(t.personId as string)?.accountId !== t.accountId)
        problems.push(`${t.id} account`);
    }
    for (const a of sample.activities) {
      ref(users, a.ownerId, a.id);
      for (const p of a.personIds) ref(people, p, a.id);
      ref(accounts, a.accountId, a.id);
      ref(deals, a.dealId, a.id);
      ref(leads, a.leadId, a.id);
    }
    const entities = { person: people, deal: deals, lead: leads, account: accounts };
    for (const c of sample.changes) {
      ref(entities[c.entity], c.entityId, c.id);
      ref(users, c.actorUserId, c.id);
      if (c.field === 'owner') {
        ref(users, c.from, c.id);
        ref(users, c.to, c.id);
      }
      if (c.field === 'dealStage') {
        ref(stageIds, c.from, c.id);
        ref(stageIds, c.to, c.id);
      }
    }
    for (const g of sample.goals) ref(users, g.ownerId, g.id);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('generateSampleDataset — time', () => {
  it('has no instant after SAMPLE_AS_OF or before SAMPLE_START', () => {
    const outside: string[] = [];
    let seen = 0;
    for (const [path, iso] of instants(sample, 'sample')) {
      seen++;
      const ms = Date.parse(iso);
      if (ms > AS_OF || ms < START) outside.push(`${path}=${iso}`);
    }
    expect(seen).toBeGreaterThan(50_000);
    expect(outside.slice(0, 5)).toEqual([]);
  });

  it('gives every touchpoint an offset, local offsets included', () => {
    const offsets = countBy(
      sample.touchpoints,
      (t) => /(Z|[+-]\d{2}:\d{2})$/.exec(t.occurredAt)?.[1] ?? null,
    );
    expect(offsets.null).toBeUndefined();
    expect(Object.keys(offsets)).toEqual(
      expect.arrayContaining(['-05:00', '-04:00', '+00:00', '+01:00']),
    );
  });

  it('orders each person’s touchpoints strictly by instant', () => {
    const last = new Map<string, number>();
    const unordered: string[] = [];
    for (const t of sample.touchpoints) {
      const ms = Date.parse(t.occurredAt);
      const prev = last.get(t.personId as string);
      if (prev !== undefined && ms <= prev) unordered.push(t.id);
      last.set(t.personId as string, ms);
    }
    expect(unordered).toEqual([]);
  });
});

describe('generateSampleDataset — lifecycle and hand-off', () => {
  const changesOf = new Map<string, typeof sample.changes>();
  for (const c of sample.changes) {
    const list = changesOf.get(c.entityId);
    if (list === undefined) changesOf.set(c.entityId, [c]);
    else list.push(c);
  }
  const history = (id: string, field: string) =>
    (changesOf.get(id) ?? [])
      .filter((c) => c.field === field)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  it('forms a plausible funnel of stages reached', () => {
    const reached = (stage: string) =>
      sample.people.filter((p) => p.stageDates[stage] !== undefined).length;
    const funnel = ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'].map(reached);
    for (let i = 1; i < funnel.length; i++) expect(funnel[i]).toBeLessThan(funnel[i - 1] as number);
    expect(funnel[5]).toBeGreaterThan(20);
    expect(reached('subscriber')).toBeGreaterThan(0);
    expect(sample.people.length).toBeGreaterThan(1200);
    expect(sample.people.length).toBeLessThan(2000);
  });

  it('keeps stage dates, current stage, status and owner consistent with the change history', () => {
    for (const p of sample.people) {
      const stages = history(p.id, 'lifecycleStage');
      let previous: string | null = null;
      const first: Record<string, string> = {};
      for (const c of stages) {
        expect(c.from).toBe(previous);
        expect(c.provenance).toBe('generated');
        previous = c.to;
        if (c.to !== null && first[c.to] === undefined) first[c.to] = c.at;
      }
      expect(p.stageDates).toEqual(first);
      expect(p.lifecycleStage).toBe(previous);
      const statuses = history(p.id, 'leadStatus');
      expect(p.leadStatus).toBe(statuses.at(-1)?.to ?? null);
      const owners = history(p.id, 'owner');
      expect(p.ownerId).toBe(owners.at(-1)?.to ?? null);
    }
  });

  it('rejects MQLs with every disposition reason, and only rejections carry reasons', () => {
    const withReason = sample.changes.filter((c) => c.reason !== null);
    for (const c of withReason) {
      expect(c.field).toBe('leadStatus');
      expect([LEAD_STATUSES.unqualified, LEAD_STATUSES.recycled]).toContain(c.to);
      expect(DISPOSITION_REASONS).toContain(c.reason);
    }
    const rejections = sample.changes.filter(
      (c) => c.field === 'leadStatus' && (c.to === 'Unqualified' || c.to === 'Recycled'),
    );
    expect(rejections.every((c) => c.reason !== null)).toBe(true);
    const reasons = countBy(withReason, (c) => c.reason);
    for (const reason of DISPOSITION_REASONS) expect(reasons[reason], reason).toBeGreaterThan(3);
  });

  it('recycles leads to nurture and brings some back as MQLs', () => {
    const recycledToLead = sample.changes.filter(
      (c) => c.field === 'lifecycleStage' && c.to === 'lead' && c.from !== null,
    );
    expect(recycledToLead.length).toBeGreaterThan(50);
    const mqlCount = countBy(
      sample.changes.filter((c) => c.field === 'lifecycleStage' && c.to === 'mql'),
      (c) => c.entityId,
    );
    expect(Object.values(mqlCount).filter((n) => n >= 2).length).toBeGreaterThan(10);
    const reMql = sample.leads.length - Object.keys(mqlCount).length;
    expect(reMql).toBeGreaterThan(10);
  });

  const humanByLead = new Map<string, Activity[]>();
  for (const a of sample.activities) {
    if (a.leadId === null || !isHuman(a)) continue;
    const list = humanByLead.get(a.leadId);
    if (list === undefined) humanByLead.set(a.leadId, [a]);
    else list.push(a);
  }

  it('has MQLs that were never worked and MQLs still pending at the as-of instant', () => {
    const untouched = sample.leads.filter((l) => !humanByLead.has(l.id));
    const neverWorked = untouched.filter(
      (l) => AS_OF - Date.parse(l.createdAt as string) > 14 * DAY,
    );
    const pending = sample.leads.filter(
      (l) =>
        AS_OF - Date.parse(l.createdAt as string) < 7 * DAY &&
        (l.status === LEAD_STATUSES.new || l.status === LEAD_STATUSES.attempting),
    );
    expect(neverWorked.length).toBeGreaterThan(20);
    expect(neverWorked.every((l) => l.status === LEAD_STATUSES.new)).toBe(true);
    expect(pending.length).toBeGreaterThan(3);
    // Some never-worked leads still belong to the deactivated SDR.
    const inactive = sampleDataQuality(sample).inactiveUser;
    expect(neverWorked.some((l) => l.ownerId === inactive)).toBe(true);
    expect(sample.people.some((p) => p.ownerId === inactive)).toBe(true);
  });

  it('has first human touches from minutes to days after assignment (SLA breaches)', () => {
    const sdrs = new Set(sample.users.filter((u) => u.team === 'sdr').map((u) => u.id));
    const delays: number[] = [];
    for (const lead of sample.leads) {
      const created = Date.parse(lead.createdAt as string);
      // The episode ends where the person's next MQL (next lead) begins.
      const next = sample.leads
        .filter((l) => l.personId === lead.personId && Date.parse(l.createdAt as string) > created)
        .map((l) => Date.parse(l.createdAt as string));
      const end = Math.min(Number.POSITIVE_INFINITY, ...next);
      const assignment = history(lead.personId as string, 'owner').find(
        (c) =>
          c.to !== null && sdrs.has(c.to) && Date.parse(c.at) >= created && Date.parse(c.at) < end,
      );
      const human = humanByLead.get(lead.id);
      if (assignment === undefined || human === undefined) continue;
      const first = Math.min(...human.map((a) => Date.parse(a.occurredAt as string)));
      delays.push(first - Date.parse(assignment.at));
    }
    expect(delays.length).toBeGreaterThan(200);
    expect(delays.every((d) => d >= 0)).toBe(true);
    expect(delays.filter((d) => d < 5 * 60_000).length).toBeGreaterThan(5);
    expect(delays.filter((d) => d > 4 * HOUR).length).toBeGreaterThan(50);
    expect(delays.filter((d) => d > 3 * DAY).length).toBeGreaterThan(5);
    // Automation and tasks exist beside human touches and must not count as them.
    expect(sample.activities.some((a) => a.automated)).toBe(true);
    expect(sample.activities.some((a) => a.type === 'task' && a.done === false)).toBe(true);
  });

  it('routes some MQLs slowly: long routing delays from MQL to assignment', () => {
    const routing: number[] = [];
    for (const lead of sample.leads) {
      const created = Date.parse(lead.createdAt as string);
      const owners = history(lead.personId as string, 'owner');
      const assigned = owners.find(
        (c) => Date.parse(c.at) > created && c.to !== null && c.to !== sample.users[2]?.id,
      );
      if (assigned !== undefined) routing.push(Date.parse(assigned.at) - created);
    }
    expect(routing.filter((d) => d < 5 * 60_000).length).toBeGreaterThan(routing.length / 2);
    expect(routing.filter((d) => d > DAY).length).toBeGreaterThan(5);
  });
});

describe('generateSampleDataset — deals', () => {
  const stages = new Map(sample.pipelines.flatMap((p) => p.stages.map((s) => [s.id, s])));

  it('has won, lost and open deals, each consistent with its stage and close fields', () => {
    expect(countBy(sample.deals, (d) => d.status)).toEqual({
      won: expect.any(Number),
      lost: expect.any(Number),
      open: expect.any(Number),
    });
    for (const d of sample.deals) {
      const stage = stages.get(d.stageId as string);
      expect(stage?.category, d.id).toBe(d.status);
      expect(d.closedAt === null, d.id).toBe(d.status === 'open');
      expect(d.lostReason !== null, d.id).toBe(d.status === 'lost');
      expect(d.closeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.rawStage).toBe(stage?.name);
    }
    expect(sample.deals.length).toBeGreaterThan(200);
    expect(sample.deals.length).toBeLessThan(420);
  });

  it('ends every deal’s stage history at its current stage', () => {
    const last = new Map<string, string | null>();
    for (const c of sample.changes) if (c.field === 'dealStage') last.set(c.entityId, c.to);
    for (const d of sample.deals) expect(last.get(d.id)).toBe(d.stageId);
  });

  it('uses three currencies with cents, the published rates and one deal without currency', () => {
    const currencies = countBy(sample.deals, (d) => d.amount?.currency ?? null);
    expect(Object.keys(currencies).sort()).toEqual(['EUR', 'GBP', 'USD', 'null']);
    expect(currencies.null).toBe(1);
    for (const d of sample.deals) expect(d.amount?.amount).toMatch(/^\d+\.\d{2}$/);
    expect(Object.keys(SAMPLE_EXCHANGE_RATES).sort()).toEqual(['EUR', 'GBP', 'USD']);
    expect(SAMPLE_EXCHANGE_RATES[SAMPLE_REPORTING_CURRENCY]).toBe('1');
    const quality = sampleDataQuality(sample);
    const noCurrency = sample.deals.find((d) => d.id === quality.dealWithoutCurrency);
    expect(noCurrency?.status).toBe('won');
  });

  it('has buying groups with one primary contact, some with three or more contacts', () => {
    const withContacts = sample.deals.filter((d) => d.contacts.length > 0);
    for (const d of withContacts) expect(d.contacts.filter((c) => c.primary)).toHaveLength(1);
    expect(sample.deals.filter((d) => d.contacts.length >= 3).length).toBeGreaterThan(20);
    expect(sample.deals.filter((d) => d.contacts.length === 0)).toHaveLength(2);
    const roles = new Set(sample.deals.flatMap((d) => d.contacts.map((c) => c.role)));
    expect(roles).toEqual(
      new Set([
        'Champion',
        'Decision Maker',
        'Economic Buyer',
        'Technical Evaluator',
        'Influencer',
        'End User',
        null,
      ]),
    );
  });
});

describe('generateSampleDataset — marketing', () => {
  it('runs campaigns in all nine channel families, with USD costs', () => {
    const channels = new Set(sample.campaigns.map((c) => c.channel));
    for (const ch of [
      'paid_search',
      'paid_social',
      'organic_social',
      'email',
      'webinar',
      'events',
      'content',
      'partner',
      'outbound',
    ]) {
      expect(channels.has(ch as never), ch).toBe(true);
    }
    for (const c of sample.campaigns) {
      if (c.actualCost !== null) expect(c.actualCost.currency).toBe('USD');
    }
    expect(sample.campaigns.filter((c) => c.actualCost !== null).length).toBeGreaterThan(50);
  });

  it('has online, offline and self-reported touches on every channel family', () => {
    expect(Object.keys(countBy(sample.touchpoints, (t) => t.origin)).sort()).toEqual([
      'offline',
      'online',
      'self_reported',
    ]);
    expect(new Set(sample.touchpoints.map((t) => t.channel)).size).toBe(9);
    expect(sample.touchpoints.length).toBeGreaterThan(15_000);
    expect(sample.touchpoints.length).toBeLessThan(26_000);
  });

  it('has touches before lead creation, after the MQL and after the deal closed', () => {
    const people = new Map(sample.people.map((p) => [p.id, p]));
    const closedWon = new Map<string, number>();
    for (const d of sample.deals) {
      if (d.status !== 'won') continue;
      for (const c of d.contacts) closedWon.set(c.personId, Date.parse(d.closedAt as string));
    }
    let before = 0;
    let afterMql = 0;
    let afterClose = 0;
    for (const t of sample.touchpoints) {
      const p = people.get(t.personId as string);
      const ms = Date.parse(t.occurredAt);
      const lead = p?.stageDates.lead;
      const mql = p?.stageDates.mql;
      if (lead !== undefined && ms < Date.parse(lead)) before++;
      if (mql !== undefined && ms > Date.parse(mql)) afterMql++;
      if (ms > (closedWon.get(t.personId as string) ?? Number.POSITIVE_INFINITY)) afterClose++;
    }
    expect(before).toBeGreaterThan(100);
    expect(afterMql).toBeGreaterThan(1000);
    expect(afterClose).toBeGreaterThan(50);
  });

  it('plants the hostile strings widgets must render inertly', () => {
    const quality = sampleDataQuality(sample);
    expect(quality.hostileCampaign).not.toBeNull();
    expect(quality.hostileTouchpoint).not.toBeNull();
    const hostile = sample.touchpoints.filter((t) => t.campaignId === quality.hostileCampaign);
    expect(hostile.length).toBeGreaterThan(10);
  });
});

describe('generateSampleDataset — goals', () => {
  it('sets goals inside the as-of quarter that are in progress', () => {
    const asOfDate = SAMPLE_AS_OF.slice(0, 10);
    const metrics = new Set(sample.goals.map((g) => g.metric));
    expect(metrics).toEqual(
      new Set(['revenue', 'pipeline', 'mqls', 'sals', 'meetings', 'deals_won']),
    );
    for (const g of sample.goals) {
      expect(g.periodStart <= asOfDate && asOfDate <= g.periodEnd).toBe(true);
      expect(g.periodStart).toBe(SAMPLE_QUARTER.periodStart);
      expect(Number(g.target)).toBeGreaterThan(0);
      expect(g.currency).toBe(g.metric === 'revenue' || g.metric === 'pipeline' ? 'USD' : null);
    }
    const joint = sample.goals.find((g) => g.metric === 'revenue' && g.segment === null);
    expect(joint?.teams).toEqual(['marketing', 'sales']);
    const mqlGoal = sample.goals.find((g) => g.metric === 'mqls');
    const qStart = Date.parse('2026-04-01T04:00:00Z');
    const mqls = sample.changes.filter(
      (c) => c.field === 'lifecycleStage' && c.to === 'mql' && Date.parse(c.at) >= qStart,
    ).length;
    const attainment = mqls / Number(mqlGoal?.target);
    expect(attainment).toBeGreaterThan(0.2);
    expect(attainment).toBeLessThan(0.95);
  });
});

describe('generateSampleDataset — scale', () => {
  it('grows touchpoints roughly linearly with scale', () => {
    const double = generateSampleDataset({ scale: 2 });
    const ratio = double.touchpoints.length / sample.touchpoints.length;
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2.3);
    expect(double.users.length).toBeGreaterThan(sample.users.length);
  });

  it.each([2, 3, 42])('stays valid and consistent for seed %i', (seed) => {
    const other = generateSampleDataset({ seed, scale: 0.5 });
    expect(parseDataset(other).rejected.slice(0, 3)).toEqual([]);
    const reasons = new Set(other.changes.map((c) => c.reason).filter((r) => r !== null));
    expect(reasons.size).toBeGreaterThanOrEqual(4);
    expect(new Set(other.deals.map((d) => d.status))).toEqual(new Set(['won', 'lost', 'open']));
  });

  it('makes a small valid dataset at a fractional scale', () => {
    const tiny = generateSampleDataset({ scale: 0.05, seed: 7 });
    expect(tiny.people.length).toBeGreaterThan(10);
    expect(Dataset.safeParse(tiny).success).toBe(true);
    expect(parseDataset(tiny).rejected).toEqual([]);
  });
});
