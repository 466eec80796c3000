/**
 * Every rule-based attribution model the engine runs, by name.
 *
 * - `first-touch`: 100% to the earliest touch of the journey.
 * - `lead-creation`: 100% to the touch that created the lead (see `anchorSemantics`).
 * - `last-touch`: 100% to the last touch before the conversion.
 * - `last-non-direct`: 100% to the last touch whose channel is not direct.
 * - `linear`: equal credit to every touch (repeats count).
 * - `linear-per-channel`: equal credit to every distinct channel (or campaign / asset, see
 *   `distinctBy`), shared by its touches — Zhao et al.'s simplified Shapley value.
 * - `participation`: 100% to every distinct channel; totals exceed the deal amount by design.
 * - `time-decay`: `2^(−Δt / half-life)`, normalised; default half-life 7 days.
 * - `position-based`: 40% first touch, 40% last touch, 20% shared by the touches between.
 * - `u-shaped`: 40% first touch, 40% lead-creation touch, 20% between (HubSpot, Marketo
 *   Measure). Adobe, Mixpanel and Amplitude call `position-based` "U-shaped": their presets
 *   map the name accordingly.
 * - `w-shaped`: 30% first touch, 30% lead creation, 30% opportunity created, 10% between.
 * - `full-path`: 22.5% each to first touch, lead creation, opportunity created and closed won,
 *   10% between.
 * - `j-shaped`: 20% first, 60% last, 20% between.
 * - `inverse-j`: 60% first, 20% last, 20% between.
 * - `custom`: your own anchors (any lifecycle milestone) and weights, see `custom`.
 * - `markov`: data-driven — each channel's exact Markov removal effect over all journeys
 *   (won and lost), pushed down to each deal's touches in proportion (see `markov`).
 * - `shapley`: data-driven — Shapley values of the channels (see `shapley`); with the
 *   conversions value function each deal splits evenly over its distinct channels.
 */
export const ATTRIBUTION_MODEL_NAMES = [
  'first-touch',
  'lead-creation',
  'last-touch',
  'last-non-direct',
  'linear',
  'linear-per-channel',
  'participation',
  'time-decay',
  'position-based',
  'u-shaped',
  'w-shaped',
  'full-path',
  'j-shaped',
  'inverse-j',
  'custom',
  'markov',
  'shapley',
] as const;

/** The name of a rule-based attribution model. */
export type AttributionModelName = (typeof ATTRIBUTION_MODEL_NAMES)[number];

/**
 * How each model is named in explanations and tables. A plain map, so a UI that only prints
 * labels does not pull the model rules in; the registry reads its labels from here.
 */
export const ATTRIBUTION_MODEL_LABELS: Readonly<Record<AttributionModelName, string>> = {
  'first-touch': 'First touch',
  'lead-creation': 'Lead creation',
  'last-touch': 'Last touch',
  'last-non-direct': 'Last non-direct',
  linear: 'Linear',
  'linear-per-channel': 'Linear per channel',
  participation: 'Participation',
  'time-decay': 'Time decay',
  'position-based': 'Position-based',
  'u-shaped': 'U-shaped',
  'w-shaped': 'W-shaped',
  'full-path': 'Full path',
  'j-shaped': 'J-shaped',
  'inverse-j': 'Inverse J',
  custom: 'Custom',
  markov: 'Markov removal effect',
  shapley: 'Shapley',
};
