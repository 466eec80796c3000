import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotObject, HubSpotValue } from './hubspot-api-types';
import {
  channel,
  customOf,
  type HubSpotMappingContext,
  hubspotId,
  hubspotRef,
  hubspotSource,
  lifecycleStage,
} from './hubspot-mapping-context';
import { humanize, instant, text } from './hubspot-values';

const BASE_PROPERTIES = [
  'email',
  'hs_additional_emails',
  'firstname',
  'lastname',
  'jobtitle',
  'company',
  'hubspot_owner_id',
  'lifecyclestage',
  'hs_lead_status',
  'hs_analytics_source',
  'hs_analytics_source_data_1',
  'hs_analytics_source_data_2',
  'hs_analytics_first_timestamp',
  'hs_latest_source',
  'hs_latest_source_data_1',
  'hs_latest_source_data_2',
  'hs_latest_source_timestamp',
  'associatedcompanyid',
  'createdate',
  'lastmodifieddate',
];

/**
 * Contact properties the mapping reads: the base set plus, for every mapped lifecycle
 * value, its entry date (`hs_v2_date_entered_<value>`, and the legacy
 * `hs_lifecyclestage_<value>_date`; guide §2.6).
 */
export function contactProperties(context: HubSpotMappingContext): string[] {
  const stages = Object.keys(context.mapping.lifecycleStages);
  return [
    ...BASE_PROPERTIES,
    ...stages.flatMap((raw) => [`hs_v2_date_entered_${raw}`, `hs_lifecyclestage_${raw}_date`]),
    ...(context.customProperties.contacts ?? []),
  ];
}

function attribution(
  source: HubSpotValue,
  detail1: HubSpotValue,
  detail2: HubSpotValue,
  at: HubSpotValue,
  context: HubSpotMappingContext,
) {
  const raw = text(source);
  if (raw === null) return null;
  return {
    channel: channel(raw, context),
    rawChannel: raw,
    detail1: text(detail1),
    detail2: text(detail2),
    at: instant(at),
  };
}

/** When the contact entered each mapped stage, from the v2 date-entered properties (legacy as fallback). */
function stageDates(
  properties: Readonly<Record<string, HubSpotValue>>,
  context: HubSpotMappingContext,
) {
  const dates: Record<string, string> = {};
  for (const [raw, stage] of Object.entries(context.mapping.lifecycleStages)) {
    const entered = instant(
      properties[`hs_v2_date_entered_${raw}`] ?? properties[`hs_lifecyclestage_${raw}_date`],
    );
    if (entered !== null && !(stage in dates)) dates[stage] = entered;
  }
  return dates;
}

/**
 * A contact as a person. `companyId` is the primary company from associations v4, when
 * read; `associatedcompanyid` is the fallback. The raw `hs_lead_status` stays in `custom`.
 */
export function mapHubSpotContact(
  contact: HubSpotObject,
  companyId: string | null,
  context: HubSpotMappingContext,
): CrmRecord<'people'> {
  const { properties } = contact;
  const rawStage = text(properties.lifecyclestage);
  const rawLeadStatus = text(properties.hs_lead_status);
  const primary = text(properties.email);
  const additional = (text(properties.hs_additional_emails) ?? '')
    .split(';')
    .map((email) => email.trim())
    .filter(Boolean);
  return {
    id: hubspotId('contacts', contact.id),
    source: hubspotSource('contacts', contact.id, context),
    createdAt: instant(contact.createdAt ?? properties.createdate),
    updatedAt: instant(contact.updatedAt ?? properties.lastmodifieddate),
    deletedAt: instant(contact.archivedAt),
    kind: 'contact',
    emails: [
      ...(primary ? [{ value: primary, primary: true }] : []),
      ...additional.map((value) => ({ value, primary: false })),
    ],
    firstName: text(properties.firstname),
    lastName: text(properties.lastname),
    title: text(properties.jobtitle),
    companyName: text(properties.company),
    accountId: hubspotRef('companies', companyId ?? properties.associatedcompanyid),
    ownerId: hubspotRef('owners', properties.hubspot_owner_id),
    lifecycleStage: lifecycleStage(rawStage, context),
    rawLifecycleStage: rawStage,
    leadStatus:
      rawLeadStatus === null
        ? null
        : (context.mapping.leadStatuses[rawLeadStatus] ?? humanize(rawLeadStatus)),
    stageDates: stageDates(properties, context),
    attribution: {
      original: attribution(
        properties.hs_analytics_source,
        properties.hs_analytics_source_data_1,
        properties.hs_analytics_source_data_2,
        properties.hs_analytics_first_timestamp,
        context,
      ),
      latest: attribution(
        properties.hs_latest_source,
        properties.hs_latest_source_data_1,
        properties.hs_latest_source_data_2,
        properties.hs_latest_source_timestamp,
        context,
      ),
    },
    custom: { ...customOf('contacts', properties, context), hs_lead_status: rawLeadStatus },
  };
}
