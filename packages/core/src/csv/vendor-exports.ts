import type { Channel } from '../model/vocabulary';
import type { CsvExportMapping, CsvRow } from './csv-export-mapping';
import { cell, emailList, exportAmount, exportDate, exportInstant } from './export-values';

// Default mappings for the standard exports of each CRM, in the column layouts their
// export features write (hand-made example files in `__fixtures__`). References between
// files (owner, company) are not resolved: owners and companies are kept by name in
// `custom` and `companyName`, so each file reads on its own.

/** HubSpot's lifecycle stage labels as they appear in exports → lifecycle stage ids. */
export const HUBSPOT_EXPORT_LIFECYCLE: Readonly<Record<string, string>> = {
  Subscriber: 'subscriber',
  Lead: 'lead',
  'Marketing Qualified Lead': 'mql',
  'Sales Qualified Lead': 'sql',
  Opportunity: 'opportunity',
  Customer: 'customer',
  Evangelist: 'evangelist',
  Other: 'other',
};

/** HubSpot's "Original Source" labels → channels. */
export const HUBSPOT_EXPORT_SOURCES: Readonly<Record<string, Channel>> = {
  'Organic Search': 'organic_search',
  'Paid Search': 'paid_search',
  'Email Marketing': 'email',
  'Organic Social': 'organic_social',
  'Paid Social': 'paid_social',
  Referrals: 'referral',
  'Other Campaigns': 'other_campaign',
  'Direct Traffic': 'direct',
  'Offline Sources': 'offline',
  'AI Referrals': 'ai_referral',
};

function attribution(
  row: CsvRow,
  source: string,
  channels: Readonly<Record<string, Channel>>,
  details: string[] = [],
) {
  const raw = cell(row, source);
  if (raw === null) return null;
  return {
    channel: channels[raw] ?? 'unknown',
    rawChannel: raw,
    detail1: details[0] ? cell(row, details[0]) : null,
    detail2: details[1] ? cell(row, details[1]) : null,
  };
}

/**
 * A HubSpot contacts export (Contacts → Export; https://knowledge.hubspot.com/import-and-export/export-records):
 * `Record ID`, `First Name`, `Last Name`, `Email`, `Job Title`, `Company Name`, `Lifecycle Stage`,
 * `Lead Status`, `Contact owner`, `Create Date`, `Last Modified Date`, `Original Source`,
 * `Original Source Drill-Down 1`, `Original Source Drill-Down 2`.
 */
export function hubspotContactsExport(
  lifecycle: Readonly<Record<string, string>> = HUBSPOT_EXPORT_LIFECYCLE,
): CsvExportMapping {
  return {
    name: 'hubspot-contacts',
    entity: 'people',
    provider: 'hubspot',
    objectType: 'contacts',
    idColumn: 'Record ID',
    fields: {
      kind: () => 'contact',
      firstName: 'First Name',
      lastName: 'Last Name',
      emails: (row) => emailList(row, 'Email'),
      title: 'Job Title',
      companyName: 'Company Name',
      rawLifecycleStage: 'Lifecycle Stage',
      lifecycleStage: (row) => lifecycle[cell(row, 'Lifecycle Stage') ?? ''] ?? null,
      leadStatus: 'Lead Status',
      createdAt: (row) => exportInstant(row['Create Date']),
      updatedAt: (row) => exportInstant(row['Last Modified Date']),
      'attribution.original': (row) =>
        attribution(row, 'Original Source', HUBSPOT_EXPORT_SOURCES, [
          'Original Source Drill-Down 1',
          'Original Source Drill-Down 2',
        ]),
      custom: (row) => ({ owner: cell(row, 'Contact owner') }),
    },
  };
}

const hubspotStatus = (stage: string | null) =>
  stage && /closed won/i.test(stage)
    ? 'won'
    : stage && /closed lost/i.test(stage)
      ? 'lost'
      : 'open';

/**
 * A HubSpot deals export: `Record ID`, `Deal Name`, `Pipeline`, `Deal Stage`, `Amount`,
 * `Close Date`, `Deal owner`, `Create Date`, `Last Modified Date`. Exports carry the stage
 * label, not its won/lost category: "Closed Won"/"Closed Lost" labels give the status. Amounts
 * have no currency column in a single-currency portal: pass the company currency.
 */
export function hubspotDealsExport(currency: string | null = null): CsvExportMapping {
  return {
    name: 'hubspot-deals',
    entity: 'deals',
    provider: 'hubspot',
    objectType: 'deals',
    idColumn: 'Record ID',
    fields: {
      name: 'Deal Name',
      status: (row) => hubspotStatus(cell(row, 'Deal Stage')),
      rawStage: 'Deal Stage',
      amount: (row) => {
        const amount = exportAmount(row.Amount);
        return amount === null ? null : { amount, currency };
      },
      closeDate: (row) => exportDate(row['Close Date']),
      closedAt: (row) =>
        hubspotStatus(cell(row, 'Deal Stage')) === 'open' ? null : exportInstant(row['Close Date']),
      createdAt: (row) => exportInstant(row['Create Date']),
      updatedAt: (row) => exportInstant(row['Last Modified Date']),
      custom: (row) => ({ owner: cell(row, 'Deal owner'), pipeline: cell(row, 'Pipeline') }),
    },
  };
}

/**
 * A Salesforce leads report exported as CSV ("Export → Details Only";
 * https://help.salesforce.com/s/articleView?id=sf.reports_export.htm): `Lead ID`, `First Name`,
 * `Last Name`, `Title`, `Company / Account`, `Email`, `Lead Status`, `Lead Source`, `Lead Owner`,
 * `Create Date`. Leads become people of kind `lead`; `Lead Source` maps to a channel by name.
 */
export function salesforceLeadsReport(): CsvExportMapping {
  return {
    name: 'salesforce-leads',
    entity: 'people',
    provider: 'salesforce',
    objectType: 'Lead',
    idColumn: 'Lead ID',
    fields: {
      kind: () => 'lead',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Title',
      companyName: 'Company / Account',
      emails: (row) => emailList(row, 'Email'),
      leadStatus: 'Lead Status',
      createdAt: (row) => exportInstant(row['Create Date']),
      'attribution.original': (row) =>
        attribution(row, 'Lead Source', {
          Web: 'direct',
          'Phone Inquiry': 'offline',
          'Partner Referral': 'partner',
          'Purchased List': 'outbound',
          Advertisement: 'display',
          'Trade Show': 'events',
          Webinar: 'webinar',
          'Employee Referral': 'referral',
          'External Referral': 'referral',
        }),
      custom: (row) => ({ owner: cell(row, 'Lead Owner') }),
    },
  };
}

/**
 * A Salesforce opportunities report exported as CSV: `Opportunity ID`, `Opportunity Name`,
 * `Account Name`, `Stage`, `Amount`, `Amount Currency`, `Close Date`, `Opportunity Owner`,
 * `Created Date`, `Won`, `Closed`. `Won`/`Closed` (1/0) give the status.
 */
export function salesforceOpportunitiesReport(): CsvExportMapping {
  const status = (row: CsvRow) =>
    cell(row, 'Closed') === '1' ? (cell(row, 'Won') === '1' ? 'won' : 'lost') : 'open';
  return {
    name: 'salesforce-opportunities',
    entity: 'deals',
    provider: 'salesforce',
    objectType: 'Opportunity',
    idColumn: 'Opportunity ID',
    fields: {
      name: 'Opportunity Name',
      status,
      rawStage: 'Stage',
      amount: (row) => {
        const amount = exportAmount(row.Amount);
        return amount === null ? null : { amount, currency: cell(row, 'Amount Currency') };
      },
      closeDate: (row) => exportDate(row['Close Date']),
      closedAt: (row) => (status(row) === 'open' ? null : exportInstant(row['Close Date'])),
      createdAt: (row) => exportInstant(row['Created Date']),
      custom: (row) => ({
        owner: cell(row, 'Opportunity Owner'),
        account: cell(row, 'Account Name'),
      }),
    },
  };
}

/**
 * A Pipedrive people export (Contacts → People → Export; https://support.pipedrive.com/en/article/how-can-i-export-my-data-from-pipedrive):
 * `Person - ID`, `Person - Name`, `Person - First name`, `Person - Last name`, `Person - Email`,
 * `Person - Organization`, `Person - Owner`, `Person - Label`, `Person - Person created`,
 * `Person - Update time`. The label gives the lifecycle stage (Pipedrive has none; see
 * `DEFAULT_PIPEDRIVE_PERSON_LABELS`).
 */
export function pipedrivePeopleExport(
  labels: Readonly<Record<string, string>> = {
    Customer: 'customer',
    'Hot lead': 'sql',
    'Warm lead': 'mql',
    'Cold lead': 'lead',
  },
): CsvExportMapping {
  return {
    name: 'pipedrive-people',
    entity: 'people',
    provider: 'pipedrive',
    objectType: 'persons',
    idColumn: 'Person - ID',
    fields: {
      kind: () => 'contact',
      firstName: 'Person - First name',
      lastName: 'Person - Last name',
      emails: (row) => emailList(row, 'Person - Email'),
      companyName: 'Person - Organization',
      rawLifecycleStage: 'Person - Label',
      lifecycleStage: (row) => labels[cell(row, 'Person - Label') ?? ''] ?? null,
      createdAt: (row) => exportInstant(row['Person - Person created']),
      updatedAt: (row) => exportInstant(row['Person - Update time']),
      custom: (row) => ({ owner: cell(row, 'Person - Owner') }),
    },
  };
}

/**
 * A Pipedrive deals export: `Deal - ID`, `Deal - Title`, `Deal - Value`, `Deal - Currency`,
 * `Deal - Status` (Open/Won/Lost), `Deal - Stage`, `Deal - Pipeline`, `Deal - Owner`,
 * `Deal - Organization`, `Deal - Deal created`, `Deal - Update time`, `Deal - Won time`,
 * `Deal - Lost time`, `Deal - Expected close date`, `Deal - Lost reason`.
 */
export function pipedriveDealsExport(): CsvExportMapping {
  const status = (row: CsvRow) => {
    const raw = cell(row, 'Deal - Status')?.toLowerCase();
    return raw === 'won' || raw === 'lost' ? raw : 'open';
  };
  return {
    name: 'pipedrive-deals',
    entity: 'deals',
    provider: 'pipedrive',
    objectType: 'deals',
    idColumn: 'Deal - ID',
    fields: {
      name: 'Deal - Title',
      status,
      rawStage: 'Deal - Stage',
      amount: (row) => {
        const amount = exportAmount(row['Deal - Value']);
        return amount === null ? null : { amount, currency: cell(row, 'Deal - Currency') };
      },
      closeDate: (row) => exportDate(row['Deal - Expected close date']),
      closedAt: (row) =>
        status(row) === 'won'
          ? exportInstant(row['Deal - Won time'])
          : status(row) === 'lost'
            ? exportInstant(row['Deal - Lost time'])
            : null,
      lostReason: 'Deal - Lost reason',
      createdAt: (row) => exportInstant(row['Deal - Deal created']),
      updatedAt: (row) => exportInstant(row['Deal - Update time']),
      custom: (row) => ({
        owner: cell(row, 'Deal - Owner'),
        organization: cell(row, 'Deal - Organization'),
        pipeline: cell(row, 'Deal - Pipeline'),
      }),
    },
  };
}
