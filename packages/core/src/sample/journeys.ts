import type { TouchpointType } from '../model/vocabulary';
import type { CampaignInfo } from './campaigns';
import type { Ctx } from './context';
import type { Env, PersonPlan, TouchSpec, Trigger } from './plan';
import { Weighted } from './random';
import {
  AS_OF_MS,
  atLocalWorkingTime,
  DAY,
  HOUR,
  MINUTE,
  NEW_YORK,
  SECOND,
  START_MS,
  sec,
} from './time';
import {
  active,
  DEMO_FORM,
  DEMO_TITLE,
  first,
  formVisit,
  mk,
  SELF_REPORT_ANSWERS,
} from './touch-spec';

/*
 * Buyer journeys: where each person came from (and the anonymous visits before the form
 * fill) and the high-intent moments that make them MQLs. `touchpoints.ts` turns the plans
 * into records.
 */

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
