import type { CampaignMembership, Touchpoint } from '../model/marketing';
import type { TouchpointType } from '../model/vocabulary';
import type { CampaignInfo, CampaignRole } from './campaigns';
import { type Ctx, EMPTY_CUSTOM, pad, recordId, sourceFor } from './context';
import type { Env, PersonPlan, TouchSpec } from './plan';
import {
  AS_OF_MS,
  atLocalWorkingTime,
  DAY,
  formatLocal,
  formatUtc,
  HOUR,
  MINUTE,
  SECOND,
  START_MS,
} from './time';
import { active, DEMO_FORM, first, mk, selfReportCampaign } from './touch-spec';

/*
 * Turning journeys into records: a person's planned touches plus newsletters, nurture
 * series and background engagement (ads, blog, podcast, webinars, shows), sorted, clipped to
 * the 18 months and written as touchpoints and campaign memberships.
 */

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
      id: recordId('touchpoint', remoteId),
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
      id: recordId('campaign_member', remoteId),
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
