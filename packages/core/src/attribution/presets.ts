import type { TouchpointType } from '../model/vocabulary';
import type { AttributionModelName } from './models/names';
import type { ResolvedAttributionOptions } from './options';

/** Products whose documented attribution numbers a preset reproduces. */
export const ATTRIBUTION_PRESET_NAMES = [
  'hubspot',
  'marketo-measure',
  'google-ads',
  'adobe',
  'amplitude',
  'mixpanel',
] as const;

/** The name of a product preset. */
export type AttributionPresetName = (typeof ATTRIBUTION_PRESET_NAMES)[number];

/** What a preset fixes: the models the product offers and the option defaults it implies. */
export interface AttributionPreset {
  /** The product, as written in explanations. */
  label: string;
  /** The models the product documents; any other model is an error under this preset. */
  models: readonly AttributionModelName[];
  /** Names the product uses differently: Adobe's "U-shaped" is our `position-based`. */
  aliases: Readonly<Partial<Record<AttributionModelName, AttributionModelName>>>;
  /** Custom anchors the product allows, or null when any milestone is allowed. */
  customMilestones: readonly string[] | null;
  /** Option defaults; options you pass explicitly win over them. */
  defaults: Readonly<Partial<ResolvedAttributionOptions>>;
  /** Where the behaviour is documented. */
  sources: readonly string[];
}

/** Types that record delivery, not a buyer's interaction; excluded by default. */
export const NON_INTERACTION_TYPES: readonly TouchpointType[] = [
  'email_sent',
  'email_delivered',
  'email_bounce',
  'email_unsubscribe',
];

const POSITIONAL_CUSTOM = ['first-touch', 'last-touch'];

/**
 * The product presets. Each reproduces the product's documented numbers; where a product
 * does not document a degenerate case, the choice is ours and is stated here.
 *
 * - **hubspot**: anchors are "the last interaction before" each lifecycle event, across all
 *   deal contacts; lead creation comes from the oldest contact. U-shaped is first touch +
 *   lead creation. No lookback. HubSpot does not document the no-middle case: we renormalise
 *   proportionally. Email opens are not interactions (HubSpot counts email clicks).
 * - **marketo-measure**: lead creation is the first form fill or campaign response; only form
 *   fills and campaign responses earn middle credit; a share with no middle touch is split
 *   evenly among the anchors ("evenly distributed among other positions"); a milestone not
 *   yet reached (an open opportunity's close) keeps its share *pending* in the unattributed
 *   bucket, as Marketo Measure's Pending touchpoints do.
 * - **google-ads**: position-based 40/20/40, time decay with a one-week half-life, a 30-day
 *   lookback (the default conversion window).
 * - **adobe**: "U-shaped" is first/last 40/40/20; J and inverse J renormalise with two touches
 *   (75/25); time decay counts whole days as in Adobe's worked example.
 * - **amplitude**: "U-shaped" is first/last; with no middle touch its share is split equally
 *   between first and last (J-shaped with two touches is 30/70).
 * - **mixpanel**: first/last positions, proportional renormalisation (J with two touches
 *   25/75), a 30-day lookback (Mixpanel's default).
 */
export const ATTRIBUTION_PRESETS: Readonly<Record<AttributionPresetName, AttributionPreset>> = {
  hubspot: {
    label: 'HubSpot',
    models: [
      'first-touch',
      'last-touch',
      'linear',
      'u-shaped',
      'w-shaped',
      'full-path',
      'time-decay',
      'j-shaped',
      'inverse-j',
    ],
    aliases: {},
    customMilestones: null,
    defaults: {
      anchorSemantics: 'hubspot',
      redistribution: 'proportional',
      missingAnchor: 'redistribute',
      middleTouches: 'all',
      middleSpan: 'between-anchors',
      halfLifeDays: 7,
      timeDecayUnit: 'exact',
      lookbackDays: null,
      excludeTypes: [...NON_INTERACTION_TYPES, 'email_open'],
    },
    sources: [
      'https://knowledge.hubspot.com/reports/understand-attribution-reporting',
      'https://blog.hubspot.com/customers/a-closer-look-at-attribution-models-in-hubspot',
    ],
  },
  'marketo-measure': {
    label: 'Marketo Measure',
    models: ['first-touch', 'lead-creation', 'u-shaped', 'w-shaped', 'full-path', 'custom'],
    aliases: {},
    customMilestones: null,
    defaults: {
      anchorSemantics: 'marketo-measure',
      redistribution: 'equal-split',
      missingAnchor: 'pending',
      middleTouches: 'forms-and-campaigns',
      middleSpan: 'between-anchors',
      lookbackDays: null,
    },
    sources: [
      'https://experienceleague.adobe.com/en/docs/marketo-measure/using/introduction-to-marketo-measure/overview-resources/marketo-measure-attribution-models',
      'https://experienceleague.adobe.com/en/docs/marketo-measure/using/configuration-and-setup/getting-started-with-marketo-measure/explanation-of-touchpoint-positions-and-generation-across-bts-and-bats',
      'https://experienceleague.adobe.com/en/docs/marketo-measure/using/advanced-marketo-measure-features/custom-attribution-models/custom-attribution-model-and-setup',
    ],
  },
  'google-ads': {
    label: 'Google Ads',
    models: ['first-touch', 'last-touch', 'linear', 'time-decay', 'position-based'],
    aliases: {},
    customMilestones: null,
    defaults: {
      redistribution: 'proportional',
      halfLifeDays: 7,
      timeDecayUnit: 'exact',
      lookbackDays: 30,
    },
    sources: [
      'https://developers.google.com/google-ads/api/reference/rpc/v1/AttributionModelEnum.AttributionModel',
    ],
  },
  adobe: {
    label: 'Adobe Analytics',
    models: [
      'first-touch',
      'last-touch',
      'linear',
      'participation',
      'u-shaped',
      'j-shaped',
      'inverse-j',
      'time-decay',
      'custom',
    ],
    aliases: { 'u-shaped': 'position-based' },
    customMilestones: POSITIONAL_CUSTOM,
    defaults: {
      redistribution: 'proportional',
      halfLifeDays: 7,
      timeDecayUnit: 'calendar-days',
      lookbackDays: null,
    },
    sources: [
      'https://experienceleague.adobe.com/en/docs/analytics/analyze/analysis-workspace/attribution/models',
    ],
  },
  amplitude: {
    label: 'Amplitude',
    models: [
      'first-touch',
      'last-touch',
      'linear',
      'participation',
      'u-shaped',
      'j-shaped',
      'inverse-j',
      'custom',
    ],
    aliases: { 'u-shaped': 'position-based' },
    customMilestones: POSITIONAL_CUSTOM,
    defaults: { redistribution: 'equal-split', lookbackDays: null },
    sources: [
      'https://help.amplitude.com/hc/en-us/articles/6040784295195-Attribute-credit-to-multiple-acquisition-touch-points',
    ],
  },
  mixpanel: {
    label: 'Mixpanel',
    models: ['first-touch', 'last-touch', 'linear', 'u-shaped', 'j-shaped', 'inverse-j', 'custom'],
    aliases: { 'u-shaped': 'position-based' },
    customMilestones: POSITIONAL_CUSTOM,
    defaults: { redistribution: 'proportional', lookbackDays: 30 },
    sources: ['https://docs.mixpanel.com/docs/analysis/advanced/attribution'],
  },
};
