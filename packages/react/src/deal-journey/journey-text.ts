import {
  CHANNEL_LABELS,
  type ExclusionReason,
  labelOf,
  TOUCHPOINT_TYPE_LABELS,
  type UnattributedReason,
} from '@closedloop/core';
import { defaultStateLabels, type StateLabels } from '../kit';

const MILESTONES: Readonly<Record<string, string>> = {
  'first-touch': 'First touch',
  'last-touch': 'Last touch',
  'lead-creation': 'Lead created',
  mql: 'MQL',
  sal: 'SAL',
  sql: 'SQL',
  'opportunity-created': 'Deal created',
  'closed-won': 'Closed won',
  converted: 'Converted',
};

const SHORT_MILESTONES: Readonly<Record<string, string>> = {
  'first-touch': 'First',
  'last-touch': 'Last',
  'lead-creation': 'Lead',
  'opportunity-created': 'Deal',
  'closed-won': 'Won',
  converted: 'Conv.',
};

const EXCLUSIONS: Readonly<Record<ExclusionReason, string>> = {
  deleted: 'Deleted',
  duplicate: 'Duplicate',
  'filtered-type': 'Type filtered out',
  'filtered-channel': 'Channel filtered out',
  'filtered-origin': 'Origin filtered out',
  'after-conversion': 'After the conversion',
  'outside-lookback': 'Outside the lookback window',
  'zero-role-weight': 'Role weighted zero',
};

const UNATTRIBUTED: Readonly<Record<UnattributedReason, string>> = {
  'no-contacts': 'the deal has no contacts',
  'no-touches': 'its contacts have no touches',
  'all-touches-excluded': 'every touch was excluded',
  'no-anchor-resolved': 'no anchor of the model found a touch',
  'all-direct': 'every touch was direct',
  'zero-role-weights': 'every contact’s role is weighted zero',
};

/** Every word `DealJourney` shows, overridable for translation. */
export interface DealJourneyLabels extends StateLabels {
  /** A channel key in words; default core's `CHANNEL_LABELS`. */
  channel: (channel: string) => string;
  /** A touch type in words; default core's `TOUCHPOINT_TYPE_LABELS`. */
  touchType: (type: string) => string;
  /** A milestone (`first-touch`, `stage:mql` …, or `converted`) in words. */
  milestone: (milestone: string) => string;
  /** A milestone's short form, for rule labels that would collide. */
  milestoneShort: (milestone: string) => string;
  /** An exclusion reason in a few words (the core's sentence follows in the tooltip). */
  exclusion: (reason: ExclusionReason) => string;
  /** Lane of touches recorded on the account, without a contact. */
  accountLane: string;
  /** Lane holding the contacts past `maxLanes`. */
  othersLane: (contacts: number) => string;
  /** The buttons that expand and fold the lanes. */
  showAllContacts: (contacts: number) => string;
  showFewerContacts: string;
  /** The line under the title: amount, credited touches, contacts, excluded touches. */
  summary: (facts: JourneySummaryFacts) => string;
  /** Legend entries. */
  noCredit: string;
  excluded: string;
  anchor: string;
  /** Tooltip and table row names. */
  channelHeader: string;
  contact: string;
  role: string;
  type: string;
  content: string;
  credit: string;
  rule: string;
  reason: string;
  time: string;
  /** A touch's accessible name: the tooltip's facts. */
  touchName: (facts: TouchFacts) => string;
  /** Note when the deal has no credited touch, and why. */
  unattributed: (reason: UnattributedReason | null) => string;
  /** Footnote for a share kept pending (Marketo Measure style). */
  pending: (share: string, amount: string) => string;
  /** Footnote for excluded touches whose time is unknown (listed in the table). */
  unplaced: (count: number) => string;
}

/** The facts of one touch, formatted. */
export interface TouchFacts {
  time: string;
  contact: string;
  channel: string;
  /** `$4,120 (12.5%)`, or null for an excluded touch. */
  credit: string | null;
  /** Position in words for a credited touch, the exclusion for an excluded one. */
  rule: string;
  excluded: boolean;
}

/** The facts of the summary line, formatted. */
export interface JourneySummaryFacts {
  amount: string | null;
  credited: number;
  contacts: number;
  excluded: number;
  converted: string;
}

/** English defaults of `DealJourneyLabels`. */
export const defaultDealJourneyLabels: DealJourneyLabels = {
  ...defaultStateLabels,
  loading: 'Loading the deal’s journey…',
  empty: 'No deal to show.',
  error: 'The deal’s journey could not be loaded.',
  channel: (channel) => labelOf(CHANNEL_LABELS, channel),
  touchType: (type) => labelOf(TOUCHPOINT_TYPE_LABELS, type),
  milestone: (m) =>
    MILESTONES[m] ??
    (m.startsWith('deal-stage:')
      ? `Deal stage ${m.slice(11)}`
      : m.startsWith('stage:')
        ? `Stage ${m.slice(6)}`
        : m),
  milestoneShort: (m) => SHORT_MILESTONES[m] ?? defaultDealJourneyLabels.milestone(m),
  exclusion: (reason) => EXCLUSIONS[reason] ?? reason,
  accountLane: 'Account (no contact)',
  othersLane: (n) => `${n} more ${n === 1 ? 'contact' : 'contacts'}`,
  showAllContacts: (n) => `Show all ${n} contacts`,
  showFewerContacts: 'Show fewer contacts',
  summary: (f) =>
    [
      f.amount,
      `${f.credited} credited ${f.credited === 1 ? 'touch' : 'touches'}`,
      `${f.contacts} ${f.contacts === 1 ? 'contact' : 'contacts'}`,
      f.excluded > 0 ? `${f.excluded} excluded` : null,
      `converted ${f.converted}`,
    ]
      .filter(Boolean)
      .join(' · '),
  noCredit: 'No credit',
  excluded: 'Excluded',
  anchor: 'Anchor touch',
  channelHeader: 'Channel',
  contact: 'Contact',
  role: 'Role',
  type: 'Type',
  content: 'Content',
  credit: 'Credit',
  rule: 'Rule',
  reason: 'Reason',
  time: 'Time',
  touchName: (f) =>
    [
      f.time,
      f.contact,
      f.channel,
      f.excluded ? `excluded: ${f.rule}` : f.credit,
      f.excluded ? null : f.rule,
    ]
      .filter(Boolean)
      .join(', '),
  unattributed: (reason) =>
    `No touch was credited${reason ? `: ${UNATTRIBUTED[reason] ?? reason}` : ''}.`,
  pending: (share, amount) => `${share} (${amount}) is pending a milestone not reached yet.`,
  unplaced: (n) =>
    `${n} excluded ${n === 1 ? 'touch has' : 'touches have'} no known time; see the data table.`,
};
