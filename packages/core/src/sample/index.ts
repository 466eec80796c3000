/**
 * `@closedloop/core/sample`: the embedded default dataset — a realistic, deterministic B2B
 * company to try every analytics function and widget on without a CRM.
 *
 * The company ("Brightwave", New York) sells an analytics platform in USD, EUR and GBP.
 * Over the 18 months up to {@link SAMPLE_AS_OF} it runs about sixty campaigns in nine channel
 * families; people arrive at accounts through forms, webinars, trade-show scans, partner
 * referrals and SDR outbound; some become MQLs and go through a hand-off with routing delays,
 * SLA breaches, acceptance, rejection with {@link DISPOSITION_REASONS}, recycling, re-MQL,
 * never-worked and still-pending leads; accepted leads become deals with buying groups, won,
 * lost or still open; and goals track the quarter of the as-of instant.
 *
 * Where history lives: lifecycle stage, lead status (with `reason` on rejections) and owner
 * changes are `FieldChange`s on the **person** (`entity: 'person'`); the first owner change to
 * an SDR after an MQL is the assignment. `Lead` records are the hand-off work items, one per
 * MQL episode (`createdAt` = MQL time), with the episode's final status and owner. Deal
 * history is `dealStage`, `dealStatus` and `amount` changes on the deal.
 *
 * Conventions: ids are `sample:<type>:<6+ digits>`; arrays are in generation order, not time
 * order; every instant is whole seconds, UTC (`Z`) except touchpoint times, which carry the
 * buyer's local offset (`-05:00`, `+01:00`, `+00:00` …) so code must compare instants, not
 * strings. No instant is after `SAMPLE_AS_OF`; only calendar dates (an open deal's expected
 * close date, campaign end dates, goal periods) may be later. Only the primary contact of a
 * deal moves to `opportunity` / `customer`, so person-level funnels are not inflated by
 * buying-group members.
 *
 * Deliberate edge cases, each schema-valid (analytics must flag, not crash):
 * - one won deal in the as-of quarter with `amount.currency: null` ({@link sampleDataQuality});
 * - the first two expansion deals have no contacts; about 5% of deal contacts have no role;
 * - an inactive SDR (`active: false`) who still owns leads, some routed after leaving;
 * - MQLs stuck in the routing queue, never worked, or still pending at the as-of instant;
 * - about 5% of people with a "direct" original source that disagrees with their first touch;
 * - duplicate people (same name, differently-cased e-mail) rejected as "Duplicate";
 * - hostile strings: a campaign named `<script>alert(1)</script> Webinar` and one touchpoint
 *   whose `url` is `javascript:alert(1)` — widgets must render them as inert text;
 * - names with accents and apostrophes, a campaign name with quotes and a comma.
 *
 * @packageDocumentation
 */
import type { Dataset } from '../model/dataset';
import { generateAccounts } from './accounts';
import { generateCampaigns } from './campaigns';
import { Ctx } from './context';
import { generatePipelines } from './deals';
import { generateGoals } from './goals';
import type { Env } from './plan';
import { Rng } from './random';
import { generateUsers } from './users';

export {
  DEAL_CONTACT_ROLES,
  DEAL_LOST_REASONS,
  DISPOSITION_REASONS,
  type DispositionReason,
  LEAD_STATUSES,
  RECYCLE_REASONS,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_LIFECYCLE_STAGES,
  SAMPLE_REPORTING_CURRENCY,
  SAMPLE_SEGMENTS,
  SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS,
  SAMPLE_START,
  SAMPLE_TIME_ZONE,
  type SampleLifecycleStage,
  type SampleSegment,
} from './constants';
export { SAMPLE_QUARTER } from './goals';

/** Options of {@link generateSampleDataset}. */
export interface SampleOptions {
  /** Any integer (used as 32 bits); the same seed always gives the same dataset. Default 1. */
  seed?: number;
  /**
   * Size multiplier, default 1: about 1,500 people, 20,000–23,000 touchpoints and 250–330
   * deals (seed 1: 1,515 / 20,250 / 274). Touchpoints, people, accounts, deals, reps and spend
   * grow linearly; the campaign list does not. Scale 50 gives about 1.1 million touchpoints
   * in several seconds and about 0.9 GB of heap (for benchmarks). Fractions such as 0.1 give a
   * small dataset for quick tests.
   */
  scale?: number;
}

/** The ids of the deliberate data-quality cases, so tests and docs can point at them. */
export interface SampleDataQuality {
  /** The won deal whose amount has no currency. */
  dealWithoutCurrency: string | null;
  /** The touchpoint whose url is `javascript:alert(1)`. */
  hostileTouchpoint: string | null;
  /** The campaign named `<script>alert(1)</script> Webinar`. */
  hostileCampaign: string | null;
  /** The deactivated SDR. */
  inactiveUser: string;
}

const HOSTILE_URL = 'javascript:alert(1)';
const HOSTILE_NAME = '<script>alert(1)</script> Webinar';
const IN_QUARTER = '2026-04-01T04:00:00Z';

/**
 * Generates the sample dataset: deterministic for a seed, independent of the clock and of
 * `Math.random`. Records come out in their parsed shape (defaults applied), so the result
 * satisfies the `Dataset` schema without parsing; constant parts (empty `custom` objects,
 * change sources) are shared frozen objects to keep large scales lean.
 * @throws {RangeError} when `scale` is not a positive finite number.
 */
export function generateSampleDataset(options: SampleOptions = {}): Dataset {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`scale must be a positive number, got ${scale}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const ctx = new Ctx(new Rng(seed), scale);
  const staff = generateUsers(ctx);
  const campaigns = generateCampaigns(ctx);
  const pipelines = generatePipelines(ctx);
  const env: Env = {
    staff,
    campaigns,
    pipelines,
    sdrCursor: 0,
    aeCursor: { SMB: 0, 'Mid-Market': 0, Enterprise: 0 },
    expansions: 0,
    pendingDealSources: [],
  };
  generateAccounts(ctx, env);
  plantDataQualityCases(ctx.data);
  generateGoals(ctx);
  return ctx.data;
}

function plantDataQualityCases(data: Dataset): void {
  // One won deal in the as-of quarter loses its currency, as CRM exports sometimes do.
  const inQuarter = Date.parse(IN_QUARTER);
  const won = data.deals.filter((d) => d.status === 'won');
  const target =
    won.find((d) => d.closedAt !== null && Date.parse(d.closedAt) >= inQuarter) ?? won[0];
  if (target?.amount) target.amount = { amount: target.amount.amount, currency: null };
  const tp = data.touchpoints.find((t) => t.type === 'page_view');
  if (tp !== undefined) tp.url = HOSTILE_URL;
}

/** Finds the deliberate data-quality cases in a generated dataset. */
export function sampleDataQuality(data: Dataset): SampleDataQuality {
  return {
    dealWithoutCurrency:
      data.deals.find((d) => d.amount !== null && d.amount.currency === null)?.id ?? null,
    hostileTouchpoint: data.touchpoints.find((t) => t.url === HOSTILE_URL)?.id ?? null,
    hostileCampaign: data.campaigns.find((c) => c.name === HOSTILE_NAME)?.id ?? null,
    inactiveUser: data.users.find((u) => !u.active)?.id ?? '',
  };
}
