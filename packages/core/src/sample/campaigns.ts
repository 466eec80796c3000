import type { Campaign } from '../model/marketing';
import type { Channel } from '../model/vocabulary';
import { campaignSpecs, utm, WEB } from './campaign-specs';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { formatCents } from './money';
import { AS_OF_MS, DAY, formatUtc, NEW_YORK, START_MS, type ZoneId } from './time';

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
  for (const spec of campaignSpecs()) {
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
