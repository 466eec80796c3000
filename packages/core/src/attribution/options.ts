import * as z from 'zod/mini';
import {
  Channel,
  type Channel as ChannelName,
  Team,
  type Team as TeamName,
  TouchOrigin,
  type TouchOrigin as TouchOriginName,
  TouchpointType,
  type TouchpointType as TouchpointTypeName,
} from '../model/vocabulary';
import { AsOfOption, currencyOptions, PeriodOption, TimeZoneOption } from '../options/fields';
import { OptionsError, type OptionsErrorCode } from '../options/options-error';
import { OPTION_PARSE, optionIssues } from '../options/parse-options';
import { ATTRIBUTION_MILESTONES, type AttributionMilestone, isMilestone } from './milestones';
import { ANCHOR_MODELS, type AnchorWeight } from './models/anchor-models';
import {
  ATTRIBUTION_MODEL_LABELS,
  ATTRIBUTION_MODEL_NAMES,
  type AttributionModelName,
} from './models/names';
import {
  BootstrapOptionsSchema,
  type DataDrivenSettings,
  MarkovOptionsSchema,
  resolveDataDriven,
  ShapleyOptionsSchema,
} from './paths/options';
import {
  ATTRIBUTION_PRESET_NAMES,
  ATTRIBUTION_PRESETS,
  type AttributionPresetName,
  NON_INTERACTION_TYPES,
} from './presets';

/**
 * The event a run explains, and so which deals count and when they convert:
 * - `closed-won`: won deals, at the moment they were won (revenue).
 * - `deal-created`: every deal, at its creation (pipeline created).
 * - `open-pipeline`: deals still open at `asOf` (which is then required).
 */
export type AttributionConversion = 'closed-won' | 'deal-created' | 'open-pipeline';

/** Which marketing-sourced rule a run applies (see `sourced.ts`). */
export type SourcedRule = 'lead-source' | 'first-touch' | 'before-sales-activity';

const finiteNonNegative = (label: string) =>
  z
    .number({
      error: (issue) =>
        `${label} must be a finite number ≥ 0, got ${typeof issue.input === 'number' ? String(issue.input) : (JSON.stringify(issue.input) ?? 'nothing')}`,
    })
    .check((ctx) => {
      if (!Number.isFinite(ctx.value) || ctx.value < 0) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${label} must be a finite number ≥ 0, got ${ctx.value}`,
        });
      }
    });

const MilestoneSchema = z.string().check((ctx) => {
  if (!isMilestone(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `unknown milestone "${ctx.value}"; allowed: ${[...ATTRIBUTION_MILESTONES, 'stage:<id>', 'deal-stage:<id>'].join(', ')}`,
    });
  }
}) as unknown as z.ZodMiniType<AttributionMilestone, AttributionMilestone>;

const CustomAnchor = z.strictObject({
  milestone: MilestoneSchema,
  weight: finiteNonNegative('weight'),
});

const CustomModel = z.strictObject({
  anchors: z.readonly(
    z.array(CustomAnchor).check(z.minLength(1, 'a custom model needs at least one anchor')),
  ),
  middle: z.optional(finiteNonNegative('middle')),
});

const ContactRoles = z.strictObject({
  weights: z.record(z.string(), finiteNonNegative('role weight')),
  default: z.optional(finiteNonNegative('default role weight')),
  nonContact: z.optional(finiteNonNegative('non-contact weight')),
});

/**
 * The options of `attribute`, validated with zod: unknown names and values are rejected with
 * an {@link OptionsError} that lists what is allowed.
 */
export const AttributionOptionsSchema = z.strictObject({
  /** The model to run (required). */
  model: z.enum(ATTRIBUTION_MODEL_NAMES),
  /** A product preset: its option defaults apply under the options you pass. */
  preset: z.optional(z.enum(ATTRIBUTION_PRESET_NAMES)),
  /** The event explained; default `closed-won`. */
  conversion: z.optional(z.enum(['closed-won', 'deal-created', 'open-pipeline'])),
  /** "Now": deals converting later and later touches are left out; `open-pipeline` counts deals still open at it. */
  asOf: AsOfOption,
  /** Only deals converting on these calendar dates (`start`, `end`, both included, in `timeZone`). */
  period: z.optional(PeriodOption),
  /** Whose touches form a journey: the deal's contacts (default) or its whole account. */
  scope: z.optional(z.enum(['deal-contacts', 'account'])),
  /** Weight touches by the contact's role on the deal, then renormalise. */
  contactRoles: z.optional(ContactRoles),
  /** Touches earlier than this many days before the conversion are left out; default none. */
  lookbackDays: z.optional(z.nullable(z.number().check(z.positive()))),
  /** Only these touch types count (default: all). */
  includeTypes: z.optional(z.readonly(z.array(TouchpointType))),
  /** These touch types never count (default: sends, deliveries, bounces, unsubscribes). */
  excludeTypes: z.optional(z.readonly(z.array(TouchpointType))),
  /** Only these channels count (default: all). */
  includeChannels: z.optional(z.readonly(z.array(Channel))),
  /** These channels never count (default: none). */
  excludeChannels: z.optional(z.readonly(z.array(Channel))),
  /** Which origins count: online, offline, self-reported (default: all three). */
  origins: z.optional(z.readonly(z.array(TouchOrigin))),
  /** How anchors resolve across several contacts: HubSpot's or Marketo Measure's rules. */
  anchorSemantics: z.optional(z.enum(['hubspot', 'marketo-measure'])),
  /** Where an empty middle share goes: scaled into all credits, or split among anchors. */
  redistribution: z.optional(z.enum(['proportional', 'equal-split'])),
  /** A milestone with no touch: redistribute its share, or keep it pending (unattributed). */
  missingAnchor: z.optional(z.enum(['redistribute', 'pending'])),
  /** Which touches may take middle credit: all, or form fills and campaign responses only. */
  middleTouches: z.optional(z.enum(['all', 'forms-and-campaigns'])),
  /** Middle touches lie between the first and last anchor, or anywhere off an anchor. */
  middleSpan: z.optional(z.enum(['between-anchors', 'all-unanchored'])),
  /** Time-decay half-life in days; default 7. */
  halfLifeDays: z.optional(z.number().check(z.positive())),
  /** Time-decay gaps: exact elapsed time, or whole calendar days (Adobe's example). */
  timeDecayUnit: z.optional(z.enum(['exact', 'calendar-days'])),
  /** Channels the last-non-direct model skips; default `['direct']`. */
  directChannels: z.optional(z.readonly(z.array(Channel))),
  /** Last non-direct on an all-direct journey: credit the last direct touch, or none. */
  allDirect: z.optional(z.enum(['credit-last-direct', 'unattributed'])),
  /** The distinct values of linear-per-channel and participation. */
  distinctBy: z.optional(z.enum(['channel', 'campaign', 'content'])),
  /** Anchors and weights of the `custom` model. */
  custom: z.optional(CustomModel),
  ...currencyOptions,
  /** IANA time zone for months, calendar days and dates in explanations; default UTC. */
  timeZone: z.optional(TimeZoneOption),
  /** Month rollup by the conversion's month (default) or the touch's month. */
  monthBy: z.optional(z.enum(['conversion', 'touch'])),
  /** Team rollup by the touch (its owner, or its channel's team) or by the deal's owner. */
  teamBy: z.optional(z.enum(['touch', 'deal-owner'])),
  /**
   * The team behind touches of each channel for `teamBy: 'touch'` when the touch names no
   * owner (`custom.ownerId`); default outbound → sdr, every other channel → marketing.
   */
  channelTeams: z.optional(z.partialRecord(Channel, Team)),
  /** The marketing-sourced rule; without it, `sourced` in the result is null. */
  sourcedRule: z.optional(z.enum(['lead-source', 'first-touch', 'before-sales-activity'])),
  /** Channels that count as marketing for sourced and influenced. */
  marketingChannels: z.optional(z.readonly(z.array(Channel))),
  /** Campaign cost for ROI and ROAS: actual cost (default) or budget. */
  campaignCost: z.optional(z.enum(['actual-cost', 'budget'])),
  /** `full` lists every credit and exclusion per deal; `summary` keeps counts and rollups. */
  detail: z.optional(z.enum(['full', 'summary'])),
  /** Model `markov`: chain order 1–4 (default 1) and repeat collapse (default on). */
  markov: z.optional(MarkovOptionsSchema),
  /** Model `shapley`: method, value function, exact limit, samples and seed. */
  shapley: z.optional(ShapleyOptionsSchema),
  /** Models `markov` and `shapley`: bootstrap intervals for each channel's credit. */
  bootstrap: z.optional(BootstrapOptionsSchema),
  /** Models `markov` and `shapley`: warn below this many converting deals; default 100. */
  minConversions: z.optional(z.number().check(z.gte(0))),
});

/** Options of `attribute` as a caller writes them. */
export type AttributionOptions = z.input<typeof AttributionOptionsSchema>;

/** The options after presets and defaults: every field has its value. Echoed in results. */
export interface ResolvedAttributionOptions {
  /** The model that runs (after a preset's alias). */
  model: AttributionModelName;
  /** The model as asked for. */
  requestedModel: AttributionModelName;
  preset: AttributionPresetName | null;
  /** How the model is named in explanations ("Adobe Analytics U-shaped"). */
  label: string;
  conversion: AttributionConversion;
  asOf: string;
  period: { start: string; end: string } | null;
  scope: 'deal-contacts' | 'account';
  contactRoles: { weights: Record<string, number>; default: number; nonContact: number } | null;
  lookbackDays: number | null;
  includeTypes: TouchpointTypeName[] | null;
  excludeTypes: TouchpointTypeName[];
  includeChannels: ChannelName[] | null;
  excludeChannels: ChannelName[];
  origins: TouchOriginName[];
  anchorSemantics: 'hubspot' | 'marketo-measure';
  redistribution: 'proportional' | 'equal-split';
  missingAnchor: 'redistribute' | 'pending';
  middleTouches: 'all' | 'forms-and-campaigns';
  middleSpan: 'between-anchors' | 'all-unanchored';
  halfLifeDays: number;
  timeDecayUnit: 'exact' | 'calendar-days';
  directChannels: ChannelName[];
  allDirect: 'credit-last-direct' | 'unattributed';
  distinctBy: 'channel' | 'campaign' | 'content';
  /** The anchors of the model that runs (built-in or custom), or null for non-anchor models. */
  anchors: { anchors: AnchorWeight[]; middle: number } | null;
  reportingCurrency: string | null;
  exchangeRates: Record<string, string>;
  timeZone: string;
  monthBy: 'conversion' | 'touch';
  teamBy: 'touch' | 'deal-owner';
  channelTeams: Partial<Record<ChannelName, TeamName>>;
  sourcedRule: SourcedRule | null;
  marketingChannels: ChannelName[];
  campaignCost: 'actual-cost' | 'budget';
  detail: 'full' | 'summary';
  /** Settings of the data-driven models (`markov`, `shapley`), defaults applied. */
  dataDriven: DataDrivenSettings;
}

/** Channels that are not marketing by default: sales outreach and unknown sources. */
const NON_MARKETING_CHANNELS: readonly ChannelName[] = ['outbound', 'unknown'];

const BASE_DEFAULTS = {
  conversion: 'closed-won',
  period: null,
  scope: 'deal-contacts',
  contactRoles: null,
  lookbackDays: null,
  includeTypes: null,
  excludeTypes: [...NON_INTERACTION_TYPES],
  includeChannels: null,
  excludeChannels: [],
  origins: ['online', 'offline', 'self_reported'],
  anchorSemantics: 'hubspot',
  redistribution: 'proportional',
  missingAnchor: 'redistribute',
  middleTouches: 'all',
  middleSpan: 'between-anchors',
  halfLifeDays: 7,
  timeDecayUnit: 'exact',
  directChannels: ['direct'],
  allDirect: 'credit-last-direct',
  distinctBy: 'channel',
  reportingCurrency: null,
  exchangeRates: {},
  timeZone: 'UTC',
  monthBy: 'conversion',
  teamBy: 'touch',
  channelTeams: { outbound: 'sdr' },
  sourcedRule: null,
  marketingChannels: Channel.options.filter((c) => !NON_MARKETING_CHANNELS.includes(c)),
  campaignCost: 'actual-cost',
  detail: 'full',
} as const satisfies Omit<
  ResolvedAttributionOptions,
  'model' | 'requestedModel' | 'preset' | 'label' | 'anchors' | 'dataDriven' | 'asOf'
>;

/** An options error of `attribute` (or `compareModels`) with one issue. */
function fail(
  fn: string,
  path: string,
  code: OptionsErrorCode,
  message: string,
  allowed?: readonly string[],
): OptionsError {
  return new OptionsError(fn, [
    allowed ? { path, code, message, allowed } : { path, code, message },
  ]);
}

/**
 * Validates options and applies a preset's defaults beneath them, then the engine's defaults.
 * @param fn the function named in errors.
 * @throws {OptionsError} for unknown models or options, values outside the allowed set, a
 * missing `asOf`, negative or NaN weights, a model the preset does not offer, or `custom`
 * without anchors.
 */
export function resolveAttributionOptions(
  input: unknown,
  fn = 'attribute',
): ResolvedAttributionOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail(
      fn,
      '',
      'invalid_value',
      `options must be an object such as { model: 'w-shaped' }; allowed models: ${ATTRIBUTION_MODEL_NAMES.join(', ')}`,
      ATTRIBUTION_MODEL_NAMES,
    );
  }
  const parsed = AttributionOptionsSchema.safeParse(input, OPTION_PARSE);
  if (!parsed.success) {
    throw new OptionsError(fn, optionIssues(AttributionOptionsSchema, parsed.error));
  }
  const given = parsed.data;

  const preset = given.preset ? ATTRIBUTION_PRESETS[given.preset] : null;
  let model: AttributionModelName = given.model;
  if (preset) {
    if (!preset.models.includes(given.model)) {
      throw fail(
        fn,
        'model',
        'invalid_value',
        `${preset.label} has no "${given.model}" model; allowed with preset "${given.preset}": ${preset.models.join(', ')}`,
        preset.models,
      );
    }
    model = preset.aliases[given.model] ?? given.model;
  }

  if (model === 'custom' && !given.custom) {
    throw fail(
      fn,
      'custom',
      'missing_option',
      'model "custom" needs custom: { anchors: [{ milestone, weight }, …], middle }',
    );
  }
  if (model !== 'custom' && given.custom) {
    throw fail(
      fn,
      'custom',
      'conflicting_options',
      `custom anchors are only used by model "custom", not "${given.model}"`,
    );
  }
  if (given.custom && preset?.customMilestones) {
    for (const [index, anchor] of given.custom.anchors.entries()) {
      if (!preset.customMilestones.includes(anchor.milestone)) {
        throw fail(
          fn,
          `custom.anchors.${index}.milestone`,
          'invalid_value',
          `${preset.label} custom models weight positions only; allowed: ${preset.customMilestones.join(', ')}`,
          preset.customMilestones,
        );
      }
    }
  }
  let anchors: ResolvedAttributionOptions['anchors'] = null;
  if (given.custom) {
    const middle = given.custom.middle ?? 0;
    const total = given.custom.anchors.reduce((sum, a) => sum + a.weight, middle);
    if (total <= 0) {
      throw fail(
        fn,
        'custom',
        'invalid_value',
        'custom weights are all zero: give at least one anchor or the middle a weight above 0',
      );
    }
    anchors = {
      anchors: given.custom.anchors.map((a) => ({
        milestone: a.milestone,
        weight: a.weight,
      })),
      middle,
    };
  } else {
    const spec = ANCHOR_MODELS[model];
    if (spec) anchors = { anchors: spec.anchors.map((a) => ({ ...a })), middle: spec.middle };
  }

  const conversion = given.conversion ?? BASE_DEFAULTS.conversion;

  const presetDefaults: Partial<ResolvedAttributionOptions> = preset?.defaults ?? {};
  const pick = <K extends keyof typeof BASE_DEFAULTS>(key: K) =>
    presetDefaults[key] ?? BASE_DEFAULTS[key];
  const explicit = <T>(value: T | undefined, key: keyof typeof BASE_DEFAULTS): T =>
    value !== undefined ? value : (structuredClone(pick(key)) as T);

  const contactRoles = given.contactRoles
    ? {
        weights: { ...given.contactRoles.weights },
        default: given.contactRoles.default ?? 1,
        nonContact: given.contactRoles.nonContact ?? 1,
      }
    : null;
  const requestedLabel = ATTRIBUTION_MODEL_LABELS[given.model];
  return {
    model,
    requestedModel: given.model,
    preset: given.preset ?? null,
    label: preset ? `${preset.label} ${requestedLabel}` : requestedLabel,
    conversion,
    asOf: given.asOf,
    period: given.period ? { ...given.period } : null,
    scope: explicit(given.scope, 'scope'),
    contactRoles,
    lookbackDays: given.lookbackDays !== undefined ? given.lookbackDays : pick('lookbackDays'),
    includeTypes: given.includeTypes
      ? [...given.includeTypes]
      : (structuredClone(presetDefaults.includeTypes) ?? null),
    excludeTypes: explicit(given.excludeTypes && [...given.excludeTypes], 'excludeTypes'),
    includeChannels: given.includeChannels
      ? [...given.includeChannels]
      : (structuredClone(presetDefaults.includeChannels) ?? null),
    excludeChannels: explicit(
      given.excludeChannels && [...given.excludeChannels],
      'excludeChannels',
    ),
    origins: explicit(given.origins && [...given.origins], 'origins'),
    anchorSemantics: explicit(given.anchorSemantics, 'anchorSemantics'),
    redistribution: explicit(given.redistribution, 'redistribution'),
    missingAnchor: explicit(given.missingAnchor, 'missingAnchor'),
    middleTouches: explicit(given.middleTouches, 'middleTouches'),
    middleSpan: explicit(given.middleSpan, 'middleSpan'),
    halfLifeDays: explicit(given.halfLifeDays, 'halfLifeDays'),
    timeDecayUnit: explicit(given.timeDecayUnit, 'timeDecayUnit'),
    directChannels: explicit(given.directChannels && [...given.directChannels], 'directChannels'),
    allDirect: explicit(given.allDirect, 'allDirect'),
    distinctBy: explicit(given.distinctBy, 'distinctBy'),
    anchors,
    reportingCurrency: given.reportingCurrency ?? null,
    exchangeRates: { ...(given.exchangeRates ?? {}) },
    timeZone: explicit(given.timeZone, 'timeZone'),
    monthBy: explicit(given.monthBy, 'monthBy'),
    teamBy: explicit(given.teamBy, 'teamBy'),
    channelTeams: explicit(given.channelTeams && { ...given.channelTeams }, 'channelTeams'),
    sourcedRule: given.sourcedRule ?? null,
    marketingChannels: explicit(
      given.marketingChannels && [...given.marketingChannels],
      'marketingChannels',
    ),
    campaignCost: explicit(given.campaignCost, 'campaignCost'),
    detail: explicit(given.detail, 'detail'),
    dataDriven: resolveDataDriven(given),
  };
}
