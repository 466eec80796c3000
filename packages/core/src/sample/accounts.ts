import type { Account, Attribution, Person } from '../model/people';
import type { SampleSegment } from './constants';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { runHandoffs } from './handoff';
import { planCreation, planFirstMql } from './journeys';
import {
  asciiSlug,
  COMPANY_NOUNS,
  COMPANY_PREFIXES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  TITLES,
} from './names';
import {
  type AccountPlan,
  type Env,
  type Origin,
  type PersonPlan,
  rawStage,
  setOwner,
  setStage,
  type TouchRef,
} from './plan';
import { Weighted } from './random';
import {
  AS_OF_MS,
  BERLIN,
  DAY,
  formatUtc,
  HOUR,
  LONDON,
  LOS_ANGELES,
  NEW_YORK,
  START_MS,
  sec,
  type ZoneId,
} from './time';
import { emitTouches } from './touchpoints';

/** People-per-account at scale 1 averages about four; this many accounts gives ~1,500 people. */
const ACCOUNTS_PER_SCALE = 450;

const SEGMENTS = new Weighted<SampleSegment>([
  ['SMB', 55],
  ['Mid-Market', 30],
  ['Enterprise', 15],
]);

interface Region {
  zone: ZoneId;
  currency: 'USD' | 'EUR' | 'GBP';
  suffixes: readonly string[];
  custom: Record<string, unknown>;
}
const REGIONS = new Weighted<Region>([
  [
    {
      zone: NEW_YORK,
      currency: 'USD',
      suffixes: ['', '', ' Inc.', ' Group'],
      custom: Object.freeze({ country: 'United States' }),
    },
    39,
  ],
  [
    {
      zone: LOS_ANGELES,
      currency: 'USD',
      suffixes: ['', '', ' Inc.', ' Labs'],
      custom: Object.freeze({ country: 'United States' }),
    },
    26,
  ],
  [
    {
      zone: LONDON,
      currency: 'GBP',
      suffixes: ['', ' Ltd', ' Group'],
      custom: Object.freeze({ country: 'United Kingdom' }),
    },
    15,
  ],
  [
    {
      zone: BERLIN,
      currency: 'EUR',
      suffixes: ['', ' GmbH', ' AG'],
      custom: Object.freeze({ country: 'Germany' }),
    },
    20,
  ],
]);

const INDUSTRY = new Weighted(
  INDUSTRIES.map(([name, weight, icp]) => [{ name, icp }, weight] as const),
);
const TITLE = new Weighted(
  TITLES.map(([title, seniority, weight]) => [{ title, seniority }, weight] as const),
);

const EMPLOYEES: Record<SampleSegment, [number, number]> = {
  SMB: [12, 190],
  'Mid-Market': [200, 1900],
  Enterprise: [2000, 60000],
};
const PEOPLE: Record<SampleSegment, [base: number, extraMean: number]> = {
  SMB: [1, 1.3],
  'Mid-Market': [2, 2.6],
  Enterprise: [4, 6.5],
};

function originsFor(segment: SampleSegment): Weighted<Origin> {
  return new Weighted<Origin>([
    ['content', 21],
    ['paid_search', 18],
    ['paid_social', 13],
    ['webinar', 13],
    ['event', 8],
    ['organic_social', 7],
    ['outbound', segment === 'SMB' ? 1 : 14],
    ['partner', 6],
    ['subscriber', 7],
  ]);
}
const ORIGINS: Record<SampleSegment, Weighted<Origin>> = {
  SMB: originsFor('SMB'),
  'Mid-Market': originsFor('Mid-Market'),
  Enterprise: originsFor('Enterprise'),
};

/** Accounts arrive over the 18 months with mild growth (density rising by 60% to the end). */
function arrival(ctx: Ctx): number {
  const u = ctx.rng.float();
  const x = (-1 + Math.sqrt(1 + 2 * 0.6 * u * (1 + 0.3))) / 0.6; // inverse CDF of 1 + 0.6x on [0,1]
  return START_MS + Math.min(1, x) * (AS_OF_MS - 3 * DAY - START_MS);
}

/** Names and domains handed out so far, with how often each was used. */
interface Registry {
  names: Map<string, number>;
  domains: Map<string, number>;
}

function nameAndDomain(ctx: Ctx, region: Region, taken: Registry): [name: string, domain: string] {
  const { rng } = ctx;
  let name = '';
  let stem = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    const prefix = rng.pick(COMPANY_PREFIXES);
    const noun = rng.pick(COMPANY_NOUNS);
    name = `${prefix} ${noun}${rng.pick(region.suffixes)}`;
    stem = `${prefix}${noun}`.toLowerCase();
    if (!taken.names.has(name)) break;
  }
  // Large scales exhaust the word combinations: number the rest ("Atlas Health 2").
  const uses = taken.names.get(name) ?? 0;
  taken.names.set(name, uses + 1);
  const domainUses = taken.domains.get(stem) ?? 0;
  taken.domains.set(stem, domainUses + 1);
  return [
    uses === 0 ? name : `${name} ${uses + 1}`,
    domainUses === 0 ? `${stem}.example` : `${stem}${domainUses + 1}.example`,
  ];
}

function newAccount(ctx: Ctx, env: Env, taken: Registry, enterprises: Account[]): AccountPlan {
  const { rng } = ctx;
  const segment = SEGMENTS.draw(rng);
  const region = REGIONS.draw(rng);
  const industry = INDUSTRY.draw(rng);
  const [name, domain] = nameAndDomain(ctx, region, taken);
  const [lo, hi] = EMPLOYEES[segment];
  const aes = env.staff.aes[segment];
  const owner = aes[env.aeCursor[segment]++ % aes.length];
  if (owner === undefined) throw new Error('no account executive for segment');
  const n = ctx.next('account');
  // Mid-market subsidiaries of enterprise groups: account hierarchies exist in real CRMs.
  const parent =
    segment === 'Mid-Market' && enterprises.length > 0 && rng.chance(0.04)
      ? rng.pick(enterprises)
      : null;
  const record: Account = {
    id: sampleId('account', n),
    source: sampleSource('account', n),
    createdAt: null,
    updatedAt: null,
    deletedAt: null,
    custom: region.custom,
    name,
    domain,
    industry: industry.name,
    employeeCount: Math.round(Math.exp(rng.between(Math.log(lo), Math.log(hi)))),
    segment,
    ownerId: owner.id,
    parentAccountId: parent?.id ?? null,
    lifecycleStage: null,
    rawLifecycleStage: null,
  };
  if (segment === 'Enterprise') enterprises.push(record);
  const fit = Math.max(
    5,
    Math.min(95, rng.normal() * 14 + (industry.icp ? 66 : 44) + (segment === 'SMB' ? -6 : 4)),
  );
  return {
    record,
    segment,
    zone: region.zone,
    currency: region.currency,
    fit,
    owner,
    people: [],
    dealSpans: [],
    wonAny: false,
    openAtAsOf: false,
  };
}

function newPerson(ctx: Ctx, acc: AccountPlan, createdMs: number, emails: Set<string>): PersonPlan {
  const { rng } = ctx;
  const title = TITLE.draw(rng);
  let firstName = rng.pick(FIRST_NAMES);
  let lastName = rng.pick(LAST_NAMES);
  // A duplicate: the same human entered twice, with a differently-cased e-mail address.
  const original = acc.people.length > 0 && rng.chance(0.04) ? rng.pick(acc.people) : null;
  if (original !== null) {
    firstName = original.record.firstName as string;
    lastName = original.record.lastName as string;
  }
  let handle = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
  const domain = acc.record.domain as string;
  let email = `${handle}@${domain}`;
  if (original !== null) {
    email = `${firstName.charAt(0).toUpperCase()}${email.slice(1)}`;
  } else {
    for (let k = 2; emails.has(email); k++) email = `${handle}${k}@${domain}`;
    handle = email;
  }
  emails.add(email);
  const record: Person = {
    id: '',
    source: sampleSource('person', 0),
    createdAt: null,
    updatedAt: null,
    deletedAt: null,
    custom: EMPTY_CUSTOM,
    kind: 'lead',
    emails: [{ value: email, primary: true }],
    firstName,
    lastName,
    title: title.title,
    companyName: acc.record.name,
    accountId: acc.record.id,
    ownerId: null,
    lifecycleStage: null,
    rawLifecycleStage: null,
    leadStatus: null,
    stageDates: {},
    attribution: { original: null, latest: null },
    conversion: null,
  };
  const zone: ZoneId = acc.zone;
  const fit = Math.round(
    Math.max(3, Math.min(98, acc.fit + title.seniority * 4 + rng.normal() * 8)),
  );
  return {
    n: 0,
    record,
    account: acc,
    idList: [],
    zone,
    seniority: title.seniority,
    fit,
    engagement: rng.logNormal(1, 0.6),
    origin: ORIGINS[acc.segment].draw(rng),
    createdMs: sec(createdMs),
    leadMs: null,
    duplicate: original !== null,
    subscribed: rng.chance(0.5),
    bounced: rng.chance(0.015),
    creationTouches: [],
    firstTrigger: null,
    outboundSdr: null,
    stage: null,
    stageDates: {},
    leadStatus: null,
    ownerId: null,
    updatedMs: 0,
    lead: null,
    triggers: [],
    recycledMs: [],
    customerMs: null,
    selfReported: null,
    firstTouch: null,
    latestTouch: null,
  };
}

function register(ctx: Ctx, env: Env, p: PersonPlan): void {
  p.n = ctx.next('person');
  p.record.id = sampleId('person', p.n);
  p.record.source = sampleSource('person', p.n);
  p.record.createdAt = formatUtc(p.createdMs);
  p.idList = Object.freeze([p.record.id]) as unknown as string[];
  p.updatedMs = p.createdMs;
  ctx.data.people.push(p.record);
  const marketer = env.staff.marketing[1] ?? env.staff.marketing[0];
  if (p.origin === 'subscriber') setStage(ctx, p, 'subscriber', p.createdMs, null, 'FORM');
  if (p.leadMs !== null) {
    setStage(
      ctx,
      p,
      'lead',
      p.leadMs,
      null,
      p.origin === 'outbound' ? 'CRM_UI' : p.origin === 'event' ? 'IMPORT' : 'FORM',
    );
  }
  // Initial owners: SDRs own the prospects they source; events and partner leads start with
  // the marketer who imported them; web leads are unowned until they become MQLs.
  if (p.origin === 'outbound' && p.outboundSdr !== null) {
    setOwner(ctx, p, p.outboundSdr.user.id, p.createdMs, p.outboundSdr.user.id, 'CRM_UI');
  } else if ((p.origin === 'event' || p.origin === 'partner') && marketer !== undefined) {
    setOwner(ctx, p, marketer.id, p.createdMs, marketer.id, 'IMPORT');
  }
}

function sourceOf(env: Env, ref: TouchRef): Attribution {
  const c = env.campaigns.byId.get(ref.tp.campaignId as string);
  return {
    channel: ref.tp.channel,
    rawChannel: c?.rawChannel ?? null,
    detail1: c?.detail1 ?? null,
    detail2: c?.record.name ?? null,
    campaignId: ref.tp.campaignId,
    at: formatUtc(ref.ms),
  };
}

/** Copies the simulated state onto the person record, with original and latest source. */
function finishPerson(ctx: Ctx, env: Env, p: PersonPlan): void {
  const rec = p.record;
  rec.lifecycleStage = p.stage;
  rec.rawLifecycleStage = rawStage(p.stage);
  rec.leadStatus = p.leadStatus;
  rec.ownerId = p.ownerId;
  rec.stageDates = p.stageDates;
  rec.updatedAt = formatUtc(p.updatedMs);
  rec.custom =
    p.selfReported === null
      ? { fitScore: p.fit }
      : { fitScore: p.fit, howDidYouHear: p.selfReported };
  if (p.firstTouch === null || p.latestTouch === null) return;
  // About one in twenty original sources is "direct": the first visit was never tracked.
  const original: Attribution = ctx.rng.chance(0.05)
    ? {
        channel: 'direct',
        rawChannel: 'DIRECT_TRAFFIC',
        detail1: null,
        detail2: null,
        campaignId: null,
        at: formatUtc(p.createdMs),
      }
    : sourceOf(env, p.firstTouch);
  rec.attribution = { original, latest: sourceOf(env, p.latestTouch) };
}

/**
 * Accounts with their people, simulated one account at a time: each person's origin and
 * MQL plan, then hand-offs in order of MQL time (so a later MQL at an account with an open
 * deal meets "Existing opportunity"), then every person's touches and final record.
 */
export function generateAccounts(ctx: Ctx, env: Env): void {
  const { rng } = ctx;
  const taken: Registry = { names: new Map(), domains: new Map() };
  const enterprises: Account[] = [];
  const count = Math.max(1, Math.round(ACCOUNTS_PER_SCALE * ctx.scale));
  for (let a = 0; a < count; a++) {
    const acc = newAccount(ctx, env, taken, enterprises);
    ctx.data.accounts.push(acc.record);
    const start = arrival(ctx);
    const [base, extra] = PEOPLE[acc.segment];
    const size = base + rng.poisson(extra);
    const emails = new Set<string>();
    for (let i = 0; i < size; i++) {
      const created = i === 0 ? start : start + rng.logNormal(60 * DAY, 1.1);
      if (created > AS_OF_MS - HOUR) continue;
      const p = newPerson(ctx, acc, created, emails);
      if (p.origin === 'outbound')
        p.outboundSdr = env.staff.sdrs[1 + (env.sdrCursor++ % (env.staff.sdrs.length - 1))] ?? null;
      planCreation(ctx, env, p);
      planFirstMql(ctx, env, p);
      acc.people.push(p);
    }
    acc.people.sort((x, y) => x.createdMs - y.createdMs);
    for (const p of acc.people) register(ctx, env, p);
    const byMql = acc.people
      .slice()
      .sort((x, y) => (x.firstTrigger?.ms ?? Infinity) - (y.firstTrigger?.ms ?? Infinity));
    for (const p of byMql) runHandoffs(ctx, env, acc, p);
    let createdMs = Number.POSITIVE_INFINITY;
    let updatedMs = 0;
    for (const p of acc.people) {
      emitTouches(ctx, env, p);
      finishPerson(ctx, env, p);
      createdMs = Math.min(createdMs, p.createdMs);
      updatedMs = Math.max(updatedMs, p.updatedMs);
    }
    // Deals take their primary contact's original source, known now that touches exist.
    for (const { deal, primary } of env.pendingDealSources) {
      deal.originalSource = primary.record.attribution.original;
    }
    env.pendingDealSources.length = 0;
    const rec = acc.record;
    if (acc.people.length > 0) {
      rec.createdAt = formatUtc(Math.max(START_MS, createdMs - HOUR));
      rec.updatedAt = formatUtc(updatedMs);
    } else rec.createdAt = formatUtc(sec(start));
    const stage = acc.wonAny
      ? 'customer'
      : acc.openAtAsOf
        ? 'opportunity'
        : acc.people.length > 0
          ? 'lead'
          : null;
    rec.lifecycleStage = stage;
    rec.rawLifecycleStage = stage;
  }
}
