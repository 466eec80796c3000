import type { TouchOrigin, TouchpointType } from '../model/vocabulary';
import { type CampaignInfo, type CampaignRole, campaignAt } from './campaigns';
import type { Ctx } from './context';
import type { Env, TouchSpec } from './plan';
import { SECOND, sec } from './time';

/* Small helpers shared by journey planning and touch emission. */

/** The demo-request form and its title. */
export const DEMO_FORM = 'form-demo-request';
export const DEMO_TITLE = 'Request a demo';

/** A touch on campaign `c`; urls only where a page was involved. */
export function mk(
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

/** The first campaign of a role (evergreen programmes come first). */
export function first(env: Env, role: CampaignRole): CampaignInfo {
  return env.campaigns.byRole[role][0] as CampaignInfo;
}

/** A random campaign of a role running at `ms`. */
export function active(ctx: Ctx, env: Env, role: CampaignRole, ms: number): CampaignInfo | null {
  return campaignAt(env.campaigns, role, ms, ctx.rng.float());
}

/** The way into an inbound form: the click that leads to it, then the form itself. */
export function formVisit(
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

/** Answers to "how did you hear about us?" on demo forms. */
export const SELF_REPORT_ANSWERS = [
  'Podcast',
  'LinkedIn',
  'Colleague or partner',
  'Event',
] as const;

/** The campaign a self-reported answer points at. */
export function selfReportCampaign(env: Env, answer: string, ms: number): CampaignInfo {
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
