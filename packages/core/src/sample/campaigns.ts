import type { Campaign } from '../model/marketing';
import type { Channel } from '../model/vocabulary';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { formatCents } from './money';
import {
  AS_OF_MS,
  BERLIN,
  DAY,
  formatUtc,
  HOUR,
  LONDON,
  LOS_ANGELES,
  localDate,
  NEW_YORK,
  START_MS,
  type ZoneId,
} from './time';
import { COMPANY_DOMAIN } from './users';

/** What a campaign does in buyer journeys; decides which touch types it produces. */
export type CampaignRole =
  | 'search'
  | 'social_ads'
  | 'retargeting'
  | 'organic_social'
  | 'newsletter'
  | 'nurture_welcome'
  | 'nurture_recycled'
  | 'nurture_customer'
  | 'webinar'
  | 'event'
  | 'blog'
  | 'gated'
  | 'podcast'
  | 'partner'
  | 'outbound';

/** A campaign plus what the journey generator needs to put touches on it. */
export interface CampaignInfo {
  record: Campaign;
  id: string;
  channel: Channel;
  role: CampaignRole;
  /** Touches may fall in [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** Webinar start, first event day or newsletter send. */
  eventMs: number;
  eventDays: number;
  zone: ZoneId;
  url: string | null;
  title: string | null;
  formId: string | null;
  /** HubSpot-style source values for `Attribution.rawChannel` and drill-down. */
  rawChannel: string;
  detail1: string;
}

/** The campaigns, indexed the ways journeys look them up. */
export interface CampaignDirectory {
  all: CampaignInfo[];
  byRole: Record<CampaignRole, CampaignInfo[]>;
  /** Newsletters in send order. */
  newsletters: CampaignInfo[];
  byId: Map<string, CampaignInfo>;
}

interface Spec {
  name: string;
  channel: Channel;
  role: CampaignRole;
  type: string;
  start: string;
  end: string | null;
  /** USD per month for always-on programs. */
  monthly?: number;
  /** USD for one-off campaigns. */
  fixed?: number;
  /** Webinar, event or send instant (UTC). */
  at?: string;
  days?: number;
  zone?: ZoneId;
  path?: string;
  title?: string;
  formId?: string;
  rawChannel: string;
  detail1: string;
}

const WEB = `https://www.${COMPANY_DOMAIN}`;

function utm(path: string, source: string, medium: string, campaign: string): string {
  return `${WEB}${path}?utm_source=${source}&utm_medium=${medium}&utm_campaign=${campaign}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NEWSLETTER_SUBJECTS = [
  'Five funnel metrics that survive a board meeting',
  'Why your MQL count and your pipeline disagree',
  'The speed-to-lead numbers nobody publishes',
  'How to write a rejection reason sales will use',
  'Attribution without the black box',
  'Goal pacing: run-rate vs. weighted pipeline',
];

const WEBINARS: readonly [date: string, title: string][] = [
  ['2025-01-23', 'Webinar: Attribution models, explained'],
  ['2025-03-20', 'Webinar: "Pipeline, not MQLs" — live Q&A'],
  ['2025-05-22', 'Webinar: Building a lead SLA sales will sign'],
  ['2025-07-17', 'Webinar: Reverse-waterfall planning'],
  ['2025-09-18', 'Webinar: Speed to lead in 2025'],
  // Hostile on purpose: widgets must render campaign names as text, never as HTML.
  ['2025-10-23', '<script>alert(1)</script> Webinar'],
  ['2025-12-11', 'Webinar: Forecasting with weighted pipeline'],
  ['2026-02-19', 'Webinar: Buying groups and account attribution'],
  ['2026-04-23', 'Webinar: Closing the loop with finance'],
  ['2026-06-11', 'Webinar: Q3 planning, live'],
];

const EVENTS: readonly [date: string, days: number, zone: ZoneId, name: string, usd: number][] = [
  ['2025-03-11', 3, NEW_YORK, 'RevOps Summit 2025 (Boston)', 48_000],
  ['2025-06-17', 2, LONDON, 'Pipeline Expo London 2025', 36_000],
  ['2025-09-09', 3, LOS_ANGELES, 'Demand Gen World 2025 (San Francisco)', 65_000],
  ['2025-11-04', 2, BERLIN, 'B2B Growth Forum Berlin 2025', 30_000],
  ['2026-03-10', 3, NEW_YORK, 'RevOps Summit 2026 (Boston)', 52_000],
];

const QUARTERS: readonly [start: string, end: string, label: string, theme: string][] = [
  ['2024-11-15', '2024-12-31', 'Q4 2024', 'Year-end pipeline review'],
  ['2025-01-01', '2025-03-31', 'Q1 2025', 'State of Alignment report'],
  ['2025-04-01', '2025-06-30', 'Q2 2025', 'Speed-to-lead benchmark'],
  ['2025-07-01', '2025-09-30', 'Q3 2025', 'Attribution you can explain'],
  ['2025-10-01', '2025-12-31', 'Q4 2025', 'Planning with the reverse waterfall'],
  ['2026-01-01', '2026-03-31', 'Q1 2026', 'Joint goals for marketing and sales'],
  ['2026-04-01', '2026-06-30', 'Q2 2026', 'Closed-loop reporting demo'],
];

function specs(): Spec[] {
  const list: Spec[] = [
    // Paid search: always-on ad groups.
    {
      name: 'Google Ads — Brand',
      channel: 'paid_search',
      role: 'search',
      type: 'Paid Search',
      start: '2024-11-15',
      end: null,
      monthly: 4_200,
      path: '/demo',
      title: 'Request a demo',
      formId: 'form-demo-request',
      rawChannel: 'PAID_SEARCH',
      detail1: 'google',
    },
    {
      name: 'Google Ads — Attribution software',
      channel: 'paid_search',
      role: 'search',
      type: 'Paid Search',
      start: '2024-11-15',
      end: null,
      monthly: 9_500,
      path: '/attribution',
      title: 'Multi-touch attribution for B2B',
      formId: 'form-demo-request',
      rawChannel: 'PAID_SEARCH',
      detail1: 'google',
    },
    {
      name: 'Google Ads — Competitor terms',
      channel: 'paid_search',
      role: 'search',
      type: 'Paid Search',
      start: '2025-03-01',
      end: '2025-12-31',
      monthly: 6_000,
      path: '/compare',
      title: 'Brightwave vs. the alternatives',
      formId: 'form-demo-request',
      rawChannel: 'PAID_SEARCH',
      detail1: 'google',
    },
    {
      name: 'Bing Ads — Brand',
      channel: 'paid_search',
      role: 'search',
      type: 'Paid Search',
      start: '2025-06-01',
      end: null,
      monthly: 900,
      path: '/demo',
      title: 'Request a demo',
      formId: 'form-demo-request',
      rawChannel: 'PAID_SEARCH',
      detail1: 'bing',
    },
    {
      name: 'Meta — Website retargeting',
      channel: 'paid_social',
      role: 'retargeting',
      type: 'Paid Social',
      start: '2024-11-15',
      end: null,
      monthly: 2_100,
      path: '/customers',
      title: 'See how teams close the loop',
      rawChannel: 'PAID_SOCIAL',
      detail1: 'facebook',
    },
    {
      name: 'Organic LinkedIn',
      channel: 'organic_social',
      role: 'organic_social',
      type: 'Social',
      start: '2024-11-15',
      end: null,
      monthly: 0,
      path: '/blog',
      title: 'Brightwave on LinkedIn',
      rawChannel: 'SOCIAL_MEDIA',
      detail1: 'linkedin',
    },
    {
      name: 'Organic X',
      channel: 'organic_social',
      role: 'organic_social',
      type: 'Social',
      start: '2024-11-15',
      end: '2025-08-31',
      monthly: 0,
      path: '/blog',
      title: 'Brightwave on X',
      rawChannel: 'SOCIAL_MEDIA',
      detail1: 'x',
    },
    {
      name: 'Nurture — Welcome series',
      channel: 'email',
      role: 'nurture_welcome',
      type: 'Email',
      start: '2024-11-15',
      end: null,
      monthly: 350,
      title: 'Welcome to Brightwave',
      path: '/guides/getting-started',
      rawChannel: 'EMAIL_MARKETING',
      detail1: 'nurture',
    },
    {
      name: 'Nurture — Recycled leads',
      channel: 'email',
      role: 'nurture_recycled',
      type: 'Email',
      start: '2024-11-15',
      end: null,
      monthly: 250,
      title: 'Still planning next quarter?',
      path: '/guides/planning',
      rawChannel: 'EMAIL_MARKETING',
      detail1: 'nurture',
    },
    {
      name: 'Nurture — Customer onboarding',
      channel: 'email',
      role: 'nurture_customer',
      type: 'Email',
      start: '2024-11-15',
      end: null,
      monthly: 200,
      title: 'Your first closed-loop report',
      path: '/docs/onboarding',
      rawChannel: 'EMAIL_MARKETING',
      detail1: 'nurture',
    },
    {
      name: 'Blog',
      channel: 'content',
      role: 'blog',
      type: 'Content',
      start: '2024-11-15',
      end: null,
      monthly: 3_200,
      path: '/blog',
      title: 'The Brightwave blog',
      formId: 'form-blog-subscribe',
      rawChannel: 'ORGANIC_SEARCH',
      detail1: 'blog',
    },
    {
      name: 'Podcast: Revenue Loop',
      channel: 'content',
      role: 'podcast',
      type: 'Content',
      start: '2025-01-06',
      end: null,
      monthly: 1_500,
      path: '/podcast',
      title: 'Revenue Loop podcast',
      rawChannel: 'ORGANIC_SEARCH',
      detail1: 'podcast',
    },
    {
      name: 'Ebook: The Closed-Loop Playbook',
      channel: 'content',
      role: 'gated',
      type: 'Content',
      start: '2024-11-15',
      end: null,
      fixed: 12_000,
      path: '/resources/closed-loop-playbook',
      title: 'The Closed-Loop Playbook',
      formId: 'form-ebook',
      rawChannel: 'ORGANIC_SEARCH',
      detail1: 'ebook',
    },
    {
      name: 'Report: State of Sales–Marketing Alignment 2025',
      channel: 'content',
      role: 'gated',
      type: 'Content',
      start: '2025-02-03',
      end: null,
      fixed: 18_000,
      path: '/resources/state-of-alignment-2025',
      title: 'State of Sales–Marketing Alignment 2025',
      formId: 'form-report',
      rawChannel: 'ORGANIC_SEARCH',
      detail1: 'report',
    },
    {
      name: 'Template: Lead SLA worksheet',
      channel: 'content',
      role: 'gated',
      type: 'Content',
      start: '2025-09-15',
      end: null,
      fixed: 4_500,
      path: '/resources/lead-sla-worksheet',
      title: 'Lead SLA worksheet',
      formId: 'form-template',
      rawChannel: 'ORGANIC_SEARCH',
      detail1: 'template',
    },
    {
      name: 'Partner referrals — Consulting partners',
      channel: 'partner',
      role: 'partner',
      type: 'Partner',
      start: '2024-11-15',
      end: null,
      monthly: 2_500,
      title: 'Partner referral',
      rawChannel: 'REFERRALS',
      detail1: 'partner',
    },
    {
      name: 'Partner referrals — Agency program',
      channel: 'partner',
      role: 'partner',
      type: 'Partner',
      start: '2025-06-01',
      end: null,
      monthly: 1_800,
      title: 'Agency referral',
      rawChannel: 'REFERRALS',
      detail1: 'agency',
    },
    {
      name: 'SDR outbound — Enterprise',
      channel: 'outbound',
      role: 'outbound',
      type: 'Outbound',
      start: '2024-11-15',
      end: null,
      monthly: 3_000,
      title: 'Outbound sequence: Enterprise',
      rawChannel: 'OFFLINE',
      detail1: 'sdr',
    },
    {
      name: 'SDR outbound — Mid-Market',
      channel: 'outbound',
      role: 'outbound',
      type: 'Outbound',
      start: '2024-11-15',
      end: null,
      monthly: 2_200,
      title: 'Outbound sequence: Mid-Market',
      rawChannel: 'OFFLINE',
      detail1: 'sdr',
    },
  ];
  for (const [start, end, label, theme] of QUARTERS) {
    list.push({
      name: `LinkedIn Ads — ${label}: ${theme}`,
      channel: 'paid_social',
      role: 'social_ads',
      type: 'Paid Social',
      start,
      end,
      monthly: 9_000,
      path: '/lp/linkedin',
      title: theme,
      formId: 'form-linkedin-lead-gen',
      rawChannel: 'PAID_SOCIAL',
      detail1: 'linkedin',
    });
  }
  // Newsletters go out on the second Tuesday of each month, 14:00 UTC.
  for (let m = 0; m < 18; m++) {
    const year = 2024 + Math.floor((11 + m) / 12);
    const month = (11 + m) % 12;
    const firstDow = new Date(Date.UTC(year, month, 1)).getUTCDay();
    const day = 1 + ((9 - firstDow) % 7) + 7;
    const at = Date.UTC(year, month, day, 14);
    const label = `${MONTHS[month]} ${year}`;
    list.push({
      name: `Newsletter — ${label}`,
      channel: 'email',
      role: 'newsletter',
      type: 'Email',
      start: localDate(at),
      end: localDate(at),
      fixed: 600,
      at: formatUtc(at),
      path: '/newsletter',
      title: NEWSLETTER_SUBJECTS[m % NEWSLETTER_SUBJECTS.length] as string,
      rawChannel: 'EMAIL_MARKETING',
      detail1: 'newsletter',
    });
  }
  for (const [date, title] of WEBINARS) {
    const at = Date.parse(`${date}T16:00:00Z`);
    list.push({
      name: title,
      channel: 'webinar',
      role: 'webinar',
      type: 'Webinar',
      start: localDate(at - 28 * DAY),
      end: date,
      fixed: 4_500,
      at: formatUtc(at),
      path: '/webinars/register',
      title,
      formId: 'form-webinar-registration',
      rawChannel: 'OTHER_CAMPAIGNS',
      detail1: 'webinar',
    });
  }
  for (const [date, days, zone, name, usd] of EVENTS) {
    list.push({
      name,
      channel: 'events',
      role: 'event',
      type: 'Trade Show',
      start: date,
      end: localDate(Date.parse(date) + (days - 1) * DAY + 12 * HOUR),
      fixed: usd,
      at: `${date}T00:00:00Z`,
      days,
      zone,
      title: `Booth at ${name}`,
      formId: 'form-event-registration',
      rawChannel: 'OFFLINE',
      detail1: 'event',
    });
  }
  return list;
}

function monthsBetween(fromMs: number, toMs: number): number {
  return Math.max(0, (toMs - fromMs) / (30.4375 * DAY));
}

function status(startMs: number, plannedEnd: string | null): string {
  if (startMs > AS_OF_MS) return 'Planned';
  if (plannedEnd === null) return 'In Progress';
  return Date.parse(`${plannedEnd}T05:00:00Z`) + DAY <= AS_OF_MS ? 'Completed' : 'In Progress';
}

/**
 * About sixty campaigns over the 18 months across the nine channel families (paid search,
 * paid social, organic social, e-mail nurture and newsletters, webinars, trade shows,
 * content, partner referrals, SDR outbound), with USD budgets and costs to date that grow
 * with `scale`. The count stays fixed; a bigger company spends more per campaign.
 */
export function generateCampaigns(ctx: Ctx): CampaignDirectory {
  const { rng } = ctx;
  const all: CampaignInfo[] = [];
  const byRole = {} as Record<CampaignRole, CampaignInfo[]>;
  for (const spec of specs()) {
    const n = ctx.next('campaign');
    const startMs = Math.max(START_MS, Date.parse(`${spec.start}T05:00:00Z`));
    const endMs =
      spec.end === null ? AS_OF_MS : Math.min(AS_OF_MS, Date.parse(`${spec.end}T05:00:00Z`) + DAY);
    const eventMs = spec.at === undefined ? startMs : Date.parse(spec.at);
    let budget: number | null = null;
    let actual: number | null = null;
    const noise = () => rng.between(0.88, 1.08);
    if (spec.fixed !== undefined) {
      budget = spec.fixed * 100;
      // A webinar or show that has not happened yet has a budget but no cost so far.
      actual = eventMs > AS_OF_MS ? null : Math.round(budget * noise());
    } else if (spec.monthly !== undefined) {
      const planEnd = spec.end === null ? null : Date.parse(`${spec.end}T05:00:00Z`) + DAY;
      budget =
        planEnd === null ? null : Math.round(spec.monthly * 100 * monthsBetween(startMs, planEnd));
      actual = Math.round(spec.monthly * 100 * monthsBetween(startMs, endMs) * noise());
    }
    const scaleMoney = (cents: number | null) =>
      cents === null ? null : { amount: formatCents(cents * ctx.scale), currency: 'USD' };
    const record: Campaign = {
      id: sampleId('campaign', n),
      source: sampleSource('campaign', n),
      createdAt: formatUtc(Math.max(START_MS, startMs - 14 * DAY)),
      updatedAt: null,
      deletedAt: null,
      custom: EMPTY_CUSTOM,
      name: spec.name,
      channel: spec.channel,
      type: spec.type,
      status: status(startMs, spec.end),
      startDate: spec.start,
      endDate: spec.end,
      parentId: null,
      budget: scaleMoney(budget),
      actualCost: scaleMoney(actual),
    };
    ctx.data.campaigns.push(record);
    const info: CampaignInfo = {
      record,
      id: record.id,
      channel: spec.channel,
      role: spec.role,
      startMs,
      endMs,
      eventMs,
      eventDays: spec.days ?? 1,
      zone: spec.zone ?? NEW_YORK,
      url:
        spec.path === undefined
          ? null
          : spec.role === 'search' || spec.role === 'social_ads' || spec.role === 'retargeting'
            ? utm(
                spec.path,
                spec.detail1,
                spec.channel === 'paid_search' ? 'cpc' : 'paid-social',
                String(n),
              )
            : `${WEB}${spec.path}`,
      title: spec.title ?? spec.name,
      formId: spec.formId ?? null,
      rawChannel: spec.rawChannel,
      detail1: spec.detail1,
    };
    all.push(info);
    const roleList = byRole[spec.role];
    if (roleList === undefined) byRole[spec.role] = [info];
    else roleList.push(info);
  }
  return { all, byRole, newsletters: byRole.newsletter, byId: new Map(all.map((c) => [c.id, c])) };
}

/** A campaign of `role` running at `ms`, or null. */
export function campaignAt(
  dir: CampaignDirectory,
  role: CampaignRole,
  ms: number,
  r: number,
): CampaignInfo | null {
  const list = dir.byRole[role];
  let count = 0;
  for (const c of list) if (c.startMs <= ms && ms < c.endMs) count++;
  if (count === 0) return null;
  let k = Math.floor(r * count);
  for (const c of list) {
    if (c.startMs <= ms && ms < c.endMs) {
      if (k === 0) return c;
      k--;
    }
  }
  return null;
}
