import type { CampaignMembership, Touchpoint } from '../model/marketing';
import type { TouchOrigin, TouchpointType } from '../model/vocabulary';
import { type CampaignInfo, type CampaignRole, campaignAt } from './campaigns';
import { type Ctx, EMPTY_CUSTOM, pad, sourceFor } from './context';
import type { Env, PersonPlan, TouchSpec, Trigger } from './plan';
import { Weighted } from './random';
import {
  AS_OF_MS,
  atLocalWorkingTime,
  DAY,
  formatLocal,
  formatUtc,
  HOUR,
  MINUTE,
  NEW_YORK,
  SECOND,
  START_MS,
  sec,
} from './time';

/*
 * Buyer journeys: where each person came from, the high-intent moments that make them MQLs,
 * and every marketing touch in between — anonymous visits before the form fill, newsletters,
 * webinars, trade-show scans, touches after the MQL and after the deal closed.
 */

const DEMO_FORM = 'form-demo-request';
const DEMO_TITLE = 'Request a demo';

function mk(
  c: CampaignInfo,
  type: TouchpointType,
  ms: number,
  origin: TouchOrigin = 'online',
  title: string | null = c.title,
  formId: string | null = null,
): TouchSpec {
  const withUrl =
    type === 'page_view' ||
    type === 'ad_click' ||
    type === 'social_click' ||
    type === 'form_submission' ||
    type === 'content_download' ||
    type === 'event_registration' ||
    type === 'email_click';
  return { ms: sec(ms), campaign: c, type, origin, title, formId, url: withUrl ? c.url : null };
}

function first(env: Env, role: CampaignRole): CampaignInfo {
  return env.campaigns.byRole[role][0] as CampaignInfo;
}

function active(ctx: Ctx, env: Env, role: CampaignRole, ms: number): CampaignInfo | null {
  return campaignAt(env.campaigns, role, ms, ctx.rng.float());
}

/** The way into an inbound form: the click that leads to it, then the form itself. */
function formVisit(
  ctx: Ctx,
  env: Env,
  role: 'search' | 'social_ads' | 'organic_social' | 'gated' | 'blog' | 'retargeting',
  ms: number,
  demo: boolean,
): TouchSpec[] {
  const c = active(ctx, env, role, ms) ?? first(env, 'search');
  const before = ms - ctx.rng.between(40, 400) * SECOND;
  const click: TouchpointType =
    c.role === 'search' || c.role === 'social_ads' || c.role === 'retargeting'
      ? 'ad_click'
      : c.role === 'organic_social'
        ? 'social_click'
        : 'page_view';
  const formType: TouchpointType =
    c.role === 'gated' && !demo ? 'content_download' : 'form_submission';
  return [
    mk(c, click, before),
    mk(
      c,
      formType,
      ms,
      'online',
      demo ? DEMO_TITLE : c.title,
      demo ? DEMO_FORM : (c.formId ?? 'form-contact'),
    ),
  ];
}

const SELF_REPORT_ANSWERS = ['Podcast', 'LinkedIn', 'Colleague or partner', 'Event'] as const;

function selfReportCampaign(env: Env, answer: string, ms: number): CampaignInfo {
  switch (answer) {
    case 'Podcast':
      return first(env, 'podcast');
    case 'LinkedIn':
      return first(env, 'organic_social');
    case 'Colleague or partner':
      return first(env, 'partner');
    default: {
      let latest = first(env, 'organic_social');
      for (const e of env.campaigns.byRole.event) if (e.eventMs <= ms) latest = e;
      return latest;
    }
  }
}

function hotTrigger(ctx: Ctx, touches: TouchSpec[], selfReportP: number): Trigger {
  const last = touches[touches.length - 1] as TouchSpec;
  return {
    ms: last.ms,
    mqlDelayMs: sec(ctx.rng.between(30, 300) * SECOND),
    campaign: last.campaign,
    touches,
    selfReported: ctx.rng.chance(selfReportP) ? ctx.rng.pick(SELF_REPORT_ANSWERS) : null,
    hot: true,
  };
}

type TriggerKind =
  | 'search'
  | 'blog'
  | 'social'
  | 'organic'
  | 'retarget'
  | 'email'
  | 'webinar'
  | 'event';
const TRIGGER_KINDS = new Weighted<TriggerKind>([
  ['search', 26],
  ['blog', 16],
  ['social', 11],
  ['organic', 5],
  ['retarget', 4],
  ['email', 15],
  ['webinar', 15],
  ['event', 8],
]);

/**
 * Plans the high-intent moment that makes a person an MQL at about `t`: a demo request after
 * an ad or blog visit, a click in a newsletter, attending a webinar or a booth demo at a show.
 * Webinar and event triggers snap to the next session, so MQLs cluster after them.
 */
export function planTrigger(
  ctx: Ctx,
  env: Env,
  p: PersonPlan,
  t: number,
  notBefore: number,
): Trigger {
  const { rng } = ctx;
  const at = Math.max(t, notBefore + HOUR);
  const kind = TRIGGER_KINDS.draw(rng);
  if (kind === 'webinar') {
    const w = env.campaigns.byRole.webinar.find((c) => c.eventMs >= at && c.eventMs <= AS_OF_MS);
    if (w !== undefined && w.eventMs - at < 90 * DAY) {
      const reg = Math.max(notBefore + MINUTE, w.eventMs - rng.between(1, 14) * DAY);
      const attend = w.eventMs + rng.between(0, 600) * SECOND;
      return {
        ms: sec(attend),
        mqlDelayMs: sec(rng.between(1, 3) * HOUR),
        campaign: w,
        touches: [
          mk(w, 'event_registration', reg, 'online', w.title, w.formId),
          mk(w, 'webinar_attendance', attend),
        ],
        selfReported: null,
        hot: false,
      };
    }
  } else if (kind === 'event') {
    const e = env.campaigns.byRole.event.find((c) => c.eventMs >= at && c.eventMs <= AS_OF_MS);
    if (e !== undefined && e.eventMs - at < 120 * DAY) {
      const day = e.eventMs + 12 * HOUR + rng.int(0, e.eventDays - 1) * DAY;
      const scan = atLocalWorkingTime(day, e.zone, rng.float());
      const booked = scan + rng.between(10, 40) * MINUTE;
      return {
        ms: sec(booked),
        // Show leads are uploaded days after the event: a long speed to lead nobody owns.
        mqlDelayMs: sec(rng.between(1, 4) * DAY),
        campaign: e,
        touches: [
          mk(e, 'event_attendance', scan, 'offline', `Badge scan — ${e.record.name}`),
          mk(e, 'meeting_booked', booked, 'offline', 'Booth demo booked'),
        ],
        selfReported: null,
        hot: false,
      };
    }
  } else if (kind === 'email' && p.subscribed) {
    let nl: CampaignInfo | null = null;
    for (const c of env.campaigns.newsletters)
      if (c.eventMs <= at && at - c.eventMs < 21 * DAY) nl = c;
    if (nl !== null) {
      return hotTrigger(
        ctx,
        [
          mk(nl, 'email_click', at - rng.between(30, 120) * SECOND),
          mk(nl, 'form_submission', at, 'online', DEMO_TITLE, DEMO_FORM),
        ],
        0.15,
      );
    }
  }
  const role =
    kind === 'blog'
      ? 'blog'
      : kind === 'social'
        ? 'social_ads'
        : kind === 'organic'
          ? 'organic_social'
          : kind === 'retarget'
            ? 'retargeting'
            : 'search';
  return hotTrigger(ctx, formVisit(ctx, env, role, at, true), 0.2);
}

const IMMEDIATE: Record<string, number> = {
  paid_search: 0.45,
  paid_social: 0.1,
  organic_social: 0.12,
  content: 0.05,
};

const MQL_PROPENSITY: Record<string, number> = {
  paid_search: 0.52,
  paid_social: 0.4,
  organic_social: 0.4,
  content: 0.4,
  webinar: 0.5,
  event: 0.5,
  subscriber: 0.32,
};

function anonymousVisits(ctx: Ctx, env: Env, p: PersonPlan): void {
  const { rng } = ctx;
  const count = rng.poisson(0.8);
  for (let i = 0; i < count; i++) {
    let ms = p.createdMs - rng.logNormal(6 * DAY, 1.0);
    const shaped = atLocalWorkingTime(ms, p.zone, rng.float());
    if (shaped < p.createdMs - MINUTE) ms = shaped;
    if (ms < START_MS) continue;
    const r = rng.float();
    const c =
      r < 0.45
        ? first(env, 'blog')
        : r < 0.65
          ? active(ctx, env, 'search', ms)
          : r < 0.85
            ? active(ctx, env, 'organic_social', ms)
            : active(ctx, env, 'podcast', ms);
    if (c === null) continue;
    const type: TouchpointType =
      c.role === 'search' ? 'ad_click' : c.role === 'organic_social' ? 'social_click' : 'page_view';
    p.creationTouches.push(mk(c, type, ms));
  }
}

/**
 * Where a person came from: sets the creation instant (snapped to a webinar or show when
 * that is how they arrived), the touches that created them, and an immediate MQL trigger for
 * hand-raisers (demo requests, partner referrals, booked outbound meetings, booth demos).
 */
export function planCreation(ctx: Ctx, env: Env, p: PersonPlan): void {
  const { rng } = ctx;
  const created = p.createdMs;
  switch (p.origin) {
    case 'webinar': {
      const w = env.campaigns.byRole.webinar.find((c) => c.eventMs > created);
      let reg = created;
      if (w !== undefined && w.eventMs - created > 27 * DAY) {
        reg = atLocalWorkingTime(w.eventMs - rng.between(1, 27) * DAY, p.zone, rng.float());
      }
      if (w === undefined || reg > AS_OF_MS || reg < START_MS) {
        p.origin = 'content';
        planCreation(ctx, env, p);
        return;
      }
      p.createdMs = reg;
      p.leadMs = reg;
      p.creationTouches.push(mk(w, 'event_registration', reg, 'online', w.title, w.formId));
      if (w.eventMs <= AS_OF_MS && rng.chance(0.55)) {
        const attend = mk(w, 'webinar_attendance', w.eventMs + rng.between(0, 600) * SECOND);
        if (rng.chance(0.3 * (0.5 + p.fit / 100))) {
          p.firstTrigger = {
            ms: attend.ms,
            mqlDelayMs: sec(rng.between(1, 3) * HOUR),
            campaign: w,
            touches: [attend],
            selfReported: null,
            hot: false,
          };
        } else p.creationTouches.push(attend);
      }
      anonymousVisits(ctx, env, p);
      return;
    }
    case 'event': {
      const events = env.campaigns.byRole.event.filter(
        (e) => e.eventMs <= AS_OF_MS && Math.abs(e.eventMs - created) < 75 * DAY,
      );
      if (events.length === 0) {
        p.origin = 'content';
        planCreation(ctx, env, p);
        return;
      }
      const e = rng.pick(events);
      const day = e.eventMs + 12 * HOUR + rng.int(0, e.eventDays - 1) * DAY;
      const scan = atLocalWorkingTime(day, e.zone, rng.float());
      if (scan > AS_OF_MS) {
        p.origin = 'content';
        planCreation(ctx, env, p);
        return;
      }
      p.createdMs = scan;
      p.leadMs = scan;
      const scanTouch = mk(e, 'event_attendance', scan, 'offline', `Badge scan — ${e.record.name}`);
      if (rng.chance(0.3)) {
        const booked = mk(
          e,
          'meeting_booked',
          scan + rng.between(10, 40) * MINUTE,
          'offline',
          'Booth demo booked',
        );
        p.firstTrigger = {
          ms: booked.ms,
          mqlDelayMs: sec(rng.between(1, 4) * DAY),
          campaign: e,
          touches: [scanTouch, booked],
          selfReported: null,
          hot: true,
        };
      } else p.creationTouches.push(scanTouch);
      return;
    }
    case 'partner': {
      const c = active(ctx, env, 'partner', created) ?? first(env, 'partner');
      const ms = atLocalWorkingTime(created, NEW_YORK, rng.float());
      if (ms > AS_OF_MS) {
        p.origin = 'content';
        planCreation(ctx, env, p);
        return;
      }
      p.createdMs = ms;
      p.leadMs = ms;
      p.firstTrigger = {
        ms,
        mqlDelayMs: sec(rng.between(5, 90) * MINUTE),
        campaign: c,
        touches: [mk(c, 'campaign_response', ms, 'offline', c.title)],
        selfReported: null,
        hot: true,
      };
      return;
    }
    case 'outbound': {
      const list = env.campaigns.byRole.outbound;
      const c = (p.account.segment === 'Enterprise' ? list[0] : list[1]) as CampaignInfo;
      const ms = atLocalWorkingTime(created, NEW_YORK, rng.float());
      if (ms > AS_OF_MS) {
        p.origin = 'content';
        planCreation(ctx, env, p);
        return;
      }
      p.createdMs = ms;
      p.leadMs = ms;
      p.subscribed = false;
      if (rng.chance(0.55)) {
        const reply = mk(
          c,
          'campaign_response',
          ms + rng.between(2, 20) * DAY,
          'online',
          'Replied to outbound sequence',
        );
        if (rng.chance(0.7)) {
          const booked = mk(
            c,
            'meeting_booked',
            reply.ms + rng.between(0.2, 3) * DAY,
            'online',
            'Meeting booked from sequence',
          );
          p.firstTrigger = {
            ms: booked.ms,
            mqlDelayMs: sec(rng.between(1, 10) * MINUTE),
            campaign: c,
            touches: [reply, booked],
            selfReported: null,
            hot: true,
          };
        } else p.creationTouches.push(reply);
      }
      return;
    }
    case 'subscriber': {
      const blog = first(env, 'blog');
      p.creationTouches.push(
        mk(blog, 'form_submission', created, 'online', 'Subscribe to the blog', blog.formId),
      );
      p.subscribed = true;
      const lead = created + rng.logNormal(50 * DAY, 0.8);
      if (rng.chance(0.45) && lead <= AS_OF_MS) {
        p.leadMs = sec(lead);
        const g = active(ctx, env, 'gated', lead) ?? blog;
        p.creationTouches.push(mk(g, 'content_download', lead, 'online', g.title, g.formId));
      }
      anonymousVisits(ctx, env, p);
      return;
    }
    default: {
      const role =
        p.origin === 'paid_search'
          ? 'search'
          : p.origin === 'paid_social'
            ? 'social_ads'
            : p.origin === 'organic_social'
              ? 'organic_social'
              : 'gated';
      p.leadMs = created;
      const hot = rng.chance(IMMEDIATE[p.origin] ?? 0);
      const touches = formVisit(ctx, env, role, created, hot);
      if (hot) p.firstTrigger = hotTrigger(ctx, touches, 0.2);
      else p.creationTouches.push(...touches);
      anonymousVisits(ctx, env, p);
    }
  }
}

/** Decides whether (and when) a person who did not raise a hand will become an MQL. */
export function planFirstMql(ctx: Ctx, env: Env, p: PersonPlan): void {
  if (p.firstTrigger !== null || p.leadMs === null) return;
  const base = MQL_PROPENSITY[p.origin];
  if (base === undefined) return;
  const prob = base * (0.55 + p.fit / 110) * Math.min(1.5, 0.7 + 0.3 * p.engagement);
  if (!ctx.rng.chance(prob)) return;
  const t = p.leadMs + ctx.rng.logNormal(28 * DAY, 0.9);
  if (t > AS_OF_MS) return;
  p.firstTrigger = planTrigger(ctx, env, p, t, p.leadMs);
}

// --- Touches -------------------------------------------------------------------------------

function sendEmail(ctx: Ctx, p: PersonPlan, c: CampaignInfo, ms: number, out: TouchSpec[]): void {
  const { rng } = ctx;
  out.push(mk(c, 'email_sent', ms));
  if (rng.chance(Math.min(0.6, 0.2 * p.engagement))) {
    const open = ms + rng.logNormal(3 * HOUR, 1.3);
    out.push(mk(c, 'email_open', open));
    if (rng.chance(0.16)) out.push(mk(c, 'email_click', open + rng.between(5, 120) * SECOND));
  }
}

function emailTouches(ctx: Ctx, env: Env, p: PersonPlan, out: TouchSpec[]): void {
  const { rng } = ctx;
  let stopMs = Number.POSITIVE_INFINITY;
  if (p.subscribed) {
    for (const nl of env.campaigns.newsletters) {
      if (nl.eventMs < p.createdMs) continue;
      if (nl.eventMs > AS_OF_MS || nl.eventMs >= stopMs) break;
      if (!rng.chance(0.8)) continue; // list segments: not every issue goes to everyone
      const send = nl.eventMs + rng.between(0, 20) * MINUTE;
      if (p.bounced) {
        out.push(mk(nl, 'email_bounce', send));
        stopMs = send;
        break;
      }
      sendEmail(ctx, p, nl, send, out);
      if (rng.chance(0.005)) {
        stopMs = send + rng.between(1, 48) * HOUR;
        out.push(mk(nl, 'email_unsubscribe', stopMs));
      }
    }
  }
  const series = (c: CampaignInfo, fromMs: number, days: readonly number[]) => {
    for (const d of days) {
      const ms = fromMs + d * DAY + rng.between(0, 2) * HOUR;
      if (ms > AS_OF_MS || ms >= stopMs) return;
      sendEmail(ctx, p, c, ms, out);
    }
  };
  if (p.leadMs !== null && p.origin !== 'outbound' && !p.bounced) {
    series(first(env, 'nurture_welcome'), p.leadMs, [1, 6]);
  }
  for (const r of p.recycledMs) series(first(env, 'nurture_recycled'), r, [3, 17, 38]);
  if (p.customerMs !== null) series(first(env, 'nurture_customer'), p.customerMs, [2, 9, 16]);
}

/** Background engagement per month of tenure (times the person's engagement). */
const BACKGROUND: readonly (readonly [CampaignRole, number, TouchpointType])[] = [
  ['podcast', 0.04, 'page_view'],
  ['social_ads', 0.05, 'ad_click'],
  ['retargeting', 0.03, 'ad_click'],
  ['search', 0.03, 'ad_click'],
  ['organic_social', 0.05, 'social_click'],
  ['gated', 0.03, 'content_download'],
];

function engagementTouches(ctx: Ctx, env: Env, p: PersonPlan, out: TouchSpec[]): void {
  const { rng } = ctx;
  const from = p.createdMs + HOUR;
  const span = AS_OF_MS - from;
  if (span <= 0) return;
  const months = span / (30 * DAY);
  const e = p.engagement;
  // Mostly in the buyer's working day; the rest at any hour, as real traffic is.
  const when = () => {
    const ms = from + rng.float() * span;
    if (!rng.chance(0.75)) return ms;
    const shaped = atLocalWorkingTime(ms, p.zone, rng.float());
    return shaped >= from && shaped <= AS_OF_MS ? shaped : ms;
  };
  const blog = first(env, 'blog');
  for (let i = rng.poisson(0.12 * e * months); i > 0; i--) out.push(mk(blog, 'page_view', when()));
  for (const [role, rate, type] of BACKGROUND) {
    for (let i = rng.poisson(rate * e * months); i > 0; i--) {
      const ms = when();
      const c = active(ctx, env, role, ms);
      if (c !== null)
        out.push(mk(c, type, ms, 'online', c.title, type === 'content_download' ? c.formId : null));
    }
  }
  for (const w of env.campaigns.byRole.webinar) {
    if (w.eventMs < from + DAY || w.eventMs - 28 * DAY > AS_OF_MS || !rng.chance(0.05 * e))
      continue;
    const reg = Math.max(from, w.eventMs - rng.between(1, 20) * DAY);
    if (reg > AS_OF_MS) continue;
    out.push(mk(w, 'event_registration', reg, 'online', w.title, w.formId));
    if (w.eventMs <= AS_OF_MS && rng.chance(0.5)) {
      out.push(mk(w, 'webinar_attendance', w.eventMs + rng.between(0, 900) * SECOND));
    }
  }
  for (const ev of env.campaigns.byRole.event) {
    if (ev.eventMs < from || ev.eventMs > AS_OF_MS) continue;
    const near = ev.zone === p.zone ? 2 : 1;
    if (!rng.chance(0.02 * e * near)) continue;
    const day = ev.eventMs + 12 * HOUR + rng.int(0, ev.eventDays - 1) * DAY;
    out.push(
      mk(
        ev,
        'event_attendance',
        atLocalWorkingTime(day, ev.zone, rng.float()),
        'offline',
        `Badge scan — ${ev.record.name}`,
      ),
    );
  }
}

const MEMBER_STATUS: Partial<Record<TouchpointType, string>> = {
  event_registration: 'Registered',
  webinar_attendance: 'Attended',
  event_attendance: 'Attended',
  content_download: 'Downloaded',
  campaign_response: 'Responded',
  meeting_booked: 'Meeting booked',
  form_submission: 'Form submitted',
};
const MEMBER_ROLES = new Set<CampaignRole>([
  'webinar',
  'event',
  'gated',
  'partner',
  'outbound',
  'social_ads',
]);

/**
 * Emits a person's touchpoints in time order (strictly increasing, within the 18 months) and
 * their campaign memberships. Touch times carry the buyer's local offset.
 */
export function emitTouches(ctx: Ctx, env: Env, p: PersonPlan): void {
  const specs = SPECS;
  specs.length = 0;
  for (const s of p.creationTouches) specs.push(s);
  for (const t of p.triggers) {
    for (const s of t.touches) specs.push(s);
    if (t.selfReported !== null) {
      const c = selfReportCampaign(env, t.selfReported, t.ms);
      specs.push(
        mk(
          c,
          'self_reported',
          t.ms + SECOND,
          'self_reported',
          `How did you hear about us? ${t.selfReported}`,
          DEMO_FORM,
        ),
      );
      p.selfReported = t.selfReported;
    }
  }
  emailTouches(ctx, env, p, specs);
  engagementTouches(ctx, env, p, specs);
  specs.sort(byTime);

  const { touchpoints } = ctx.data;
  const personId = p.record.id;
  const accountId = p.account.record.id;
  let members: Map<CampaignInfo, CampaignMembership> | null = null;
  let last = 0;
  let latest: Touchpoint | null = null;
  let latestMs = 0;
  for (const s of specs) {
    if (s.ms < START_MS || s.ms > AS_OF_MS) continue;
    const ms = s.ms > last ? s.ms : last + SECOND;
    if (ms > AS_OF_MS) break;
    last = ms;
    const remoteId = pad(ctx.next('touchpoint'));
    const c = s.campaign;
    const tp: Touchpoint = {
      id: `sample:touchpoint:${remoteId}`,
      source: sourceFor('touchpoint', remoteId),
      createdAt: null,
      updatedAt: null,
      deletedAt: null,
      custom: EMPTY_CUSTOM,
      type: s.type,
      occurredAt: formatLocal(ms, p.zone),
      personId,
      accountId,
      campaignId: c.id,
      channel: c.channel,
      origin: s.origin,
      url: s.url,
      title: s.title,
      formId: s.formId,
    };
    touchpoints.push(tp);
    if (p.firstTouch === null) p.firstTouch = { tp, ms };
    if (s.type !== 'email_sent') {
      latest = tp;
      latestMs = ms;
    }
    if (MEMBER_ROLES.has(c.role) && MEMBER_STATUS[s.type] !== undefined) {
      members ??= new Map();
      membership(ctx, members, c, personId, s.type, ms);
    }
  }
  specs.length = 0;
  if (latest !== null) p.latestTouch = { tp: latest, ms: latestMs };
  else if (p.firstTouch !== null) p.latestTouch = p.firstTouch;
  if (members === null) return;
  // Registered for a webinar that has happened but never attended: a no-show.
  for (const [c, m] of members) {
    if (c.role === 'webinar' && !m.responded && c.eventMs <= AS_OF_MS) m.status = 'No show';
  }
}

/** One reusable buffer: a person's touches are sorted here before they become records. */
const SPECS: TouchSpec[] = [];

function byTime(a: TouchSpec, b: TouchSpec): number {
  return a.ms - b.ms;
}

/** Creates or advances a person's membership in a campaign (Salesforce CampaignMember). */
function membership(
  ctx: Ctx,
  members: Map<CampaignInfo, CampaignMembership>,
  c: CampaignInfo,
  personId: string,
  type: TouchpointType,
  ms: number,
): void {
  const status = MEMBER_STATUS[type] as string;
  const responded = type !== 'event_registration';
  const m = members.get(c);
  if (m === undefined) {
    const remoteId = pad(ctx.next('campaign_member'));
    const at = formatUtc(ms);
    const created: CampaignMembership = {
      id: `sample:campaign_member:${remoteId}`,
      source: sourceFor('campaign_member', remoteId),
      createdAt: at,
      updatedAt: null,
      deletedAt: null,
      custom: EMPTY_CUSTOM,
      campaignId: c.id,
      personId,
      status,
      responded,
      firstRespondedAt: responded ? at : null,
      basis: 'explicit',
    };
    members.set(c, created);
    ctx.data.campaignMemberships.push(created);
    return;
  }
  m.status = status;
  m.updatedAt = formatUtc(ms);
  if (responded && !m.responded) {
    m.responded = true;
    m.firstRespondedAt = m.updatedAt;
  }
}
