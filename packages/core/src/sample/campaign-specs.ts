import type { Channel } from '../model/vocabulary';
import type { CampaignRole } from './campaigns';
import {
  BERLIN,
  DAY,
  formatUtc,
  HOUR,
  LONDON,
  LOS_ANGELES,
  localDate,
  NEW_YORK,
  type ZoneId,
} from './time';
import { COMPANY_DOMAIN } from './users';

/** One campaign as planned: what the generator turns into a `Campaign` record. */
export interface CampaignSpec {
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

/** The company website. */
export const WEB = `https://www.${COMPANY_DOMAIN}`;

/** A landing-page url with UTM parameters. */
export function utm(path: string, source: string, medium: string, campaign: string): string {
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

/**
 * The campaign plan of the 18 months: always-on programmes, quarterly LinkedIn campaigns,
 * monthly newsletters, webinars every other month (one with a hostile name) and five shows.
 */
export function campaignSpecs(): CampaignSpec[] {
  const list: CampaignSpec[] = [
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
