import type { Channel } from '../../model/vocabulary';

/**
 * How Pipedrive's values become normalized ones. Pipedrive has no lifecycle stages, no
 * campaigns and no marketing touches (guide §4.9): lifecycle comes from person labels,
 * channels from the deal/lead "Marketing channel" option (`channel`) and `origin`. Raw
 * values are always kept beside the mapped ones.
 */
export interface PipedriveMappingConfig {
  /** Person label names → lifecycle stage ids; a person with several labels takes the first mapped. */
  readonly personLabels: Readonly<Record<string, string>>;
  /**
   * Marketing-channel option labels (and `origin` values, when no channel is set) →
   * channels. Labels not listed are matched by their snake-cased form against the channel
   * names (`Paid search` → `paid_search`), else `unknown`.
   */
  readonly channels: Readonly<Record<string, Channel>>;
  /** Stage names → category. Pipedrive stages are all open (won/lost is `deal.status`); use this only for pipelines modelled with closing stages. */
  readonly stageCategories: Readonly<Record<string, 'open' | 'won' | 'lost'>>;
  /** Custom field names read into account fields (matched case-insensitively, first found wins). */
  readonly accountFields: {
    readonly domain: readonly string[];
    readonly industry: readonly string[];
  };
}

/** Pipedrive's default person labels (Customer, Hot/Warm/Cold lead) as lifecycle stages. */
export const DEFAULT_PIPEDRIVE_PERSON_LABELS: Readonly<Record<string, string>> = {
  Customer: 'customer',
  'Hot lead': 'sql',
  'Warm lead': 'mql',
  'Cold lead': 'lead',
};

/**
 * Channel labels and `origin` values (spec example `ManuallyCreated`, guide §4.9) that do not
 * snake-case to a channel name.
 */
export const DEFAULT_PIPEDRIVE_CHANNELS: Readonly<Record<string, Channel>> = {
  'Social media': 'organic_social',
  'Email marketing': 'email',
  'Direct traffic': 'direct',
  'Offline sources': 'offline',
  'Display ads': 'display',
  Referrals: 'referral',
  Events: 'events',
  WebForms: 'direct',
  Prospector: 'outbound',
  LeadBooster: 'direct',
};

/** The defaults with the caller's entries merged over them (per map, key by key). */
export function pipedriveMapping(
  overrides: Partial<PipedriveMappingConfig> = {},
): PipedriveMappingConfig {
  return {
    personLabels: { ...DEFAULT_PIPEDRIVE_PERSON_LABELS, ...overrides.personLabels },
    channels: { ...DEFAULT_PIPEDRIVE_CHANNELS, ...overrides.channels },
    stageCategories: { ...overrides.stageCategories },
    accountFields: overrides.accountFields ?? {
      domain: ['Domain', 'Website'],
      industry: ['Industry'],
    },
  };
}
