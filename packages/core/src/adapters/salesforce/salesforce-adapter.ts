import type { Channel } from '../../model/vocabulary';
import type { CrmCheckpoint } from '../contract/crm-adapter-v1';
import type { CrmAuth } from '../contract/crm-auth';
import type { CrmTransport, CrmTransportOptions } from '../transport/crm-transport';
import { createHttpAdapter, type HttpAdapter } from '../transport/http-adapter';
import { campaignChannel } from './map-salesforce-campaign';
import { STAGE_FIELDS, stageIndex } from './map-salesforce-stages';
import { SalesforceApi } from './salesforce-api';
import { salesforceDialect } from './salesforce-dialect';
import { type SalesforceMappingConfig, salesforceMapping } from './salesforce-mapping-config';
import type { SalesforceMappingContext } from './salesforce-mapping-context';
import {
  deletedStream,
  OBJECT_STREAMS,
  type SalesforceObjectStream,
  stagesStream,
} from './salesforce-streams';
import { once, type SalesforceStream, type SalesforceSyncContext } from './salesforce-sync-context';

/** The streams a Salesforce sync can run, in the order it runs them. */
export type SalesforceStreamName = 'stages' | SalesforceObjectStream;

const ALL_STREAMS: readonly SalesforceStreamName[] = [
  'users',
  'queues',
  'stages',
  'campaigns',
  'accounts',
  'leads',
  'contacts',
  'opportunities',
  'campaignMembers',
  'tasks',
  'events',
];

/** Options of `createSalesforceAdapter`. */
export interface SalesforceAdapterOptions {
  /** OAuth: the session id (access token) and a refresh callback (run once on 401 INVALID_SESSION_ID). */
  readonly auth: CrmAuth;
  /** The org's `instance_url` from the token response (e.g. `https://acme.my.salesforce.com`). */
  readonly instanceUrl: string;
  /** REST API version, default `66.0`. */
  readonly apiVersion?: string;
  /** Picklist maps (Lead.Status, LeadSource, Campaign.Type, member statuses, stages, teams), merged over the defaults. */
  readonly mapping?: Partial<SalesforceMappingConfig>;
  /** The org id (`00D…`), for provenance. */
  readonly orgId?: string | null;
  /** Whether the org has multi-currency (`CurrencyIsoCode`); default true. */
  readonly multiCurrency?: boolean;
  /** Currency of amounts without `CurrencyIsoCode` (the org currency). */
  readonly defaultCurrency?: string | null;
  /** Name of the pipeline the org's stages become; default `Opportunities`. */
  readonly pipelineName?: string;
  /** Streams to run; default all. */
  readonly streams?: readonly SalesforceStreamName[];
  /** Read LeadHistory / ContactHistory / OpportunityFieldHistory into field changes; default true. */
  readonly history?: boolean;
  /** `Sforce-Query-Options: batchSize`, 200–2000 (a hint Salesforce may shrink). Default 2000. */
  readonly batchSize?: number;
  /** How far an incremental pass reaches back before the last one ended (commit lag). Default 5 min. */
  readonly lookbackMs?: number;
  /** Timeouts, retries, concurrency, clock and logger of the transport. */
  readonly transport?: Omit<CrmTransportOptions, 'dialect' | 'baseUrl' | 'auth'>;
}

/** The Salesforce adapter: `CrmAdapterV1` plus the transport it runs on (for stats and tests). */
export type SalesforceAdapter = HttpAdapter<'salesforce'>;

/**
 * Reads a Salesforce org over the REST API: users and queues, opportunity stages (one
 * pipeline), campaigns, accounts, leads (people and hand-off work items, with conversion),
 * contacts, opportunities (with contact roles), field history, campaign members (memberships
 * and response touchpoints), tasks and events. Every object is a SOQL query windowed on
 * `SystemModstamp` and paged through `nextRecordsUrl`; incremental passes also read deleted
 * rows through `queryAll`.
 */
export function createSalesforceAdapter(options: SalesforceAdapterOptions): SalesforceAdapter {
  const batchSize = options.batchSize ?? 2000;
  if (!Number.isInteger(batchSize) || batchSize < 200 || batchSize > 2000) {
    throw new RangeError(
      `batchSize must be an integer from 200 to 2000 (Sforce-Query-Options), got ${batchSize}`,
    );
  }
  const instanceUrl = options.instanceUrl.replace(/\/+$/, '');
  const mapping: SalesforceMappingContext = {
    mapping: salesforceMapping(options.mapping),
    orgId: options.orgId ?? null,
    instanceUrl,
    defaultCurrency: options.defaultCurrency ?? null,
    pipelineName: options.pipelineName ?? 'Opportunities',
  };
  const chosen = options.streams ?? ALL_STREAMS;
  const multiCurrency = options.multiCurrency ?? true;

  const pass = (checkpoint: CrmCheckpoint, transport: CrmTransport, signal?: AbortSignal) => {
    const api = new SalesforceApi(transport, options.apiVersion ?? '66.0', signal);
    const context: SalesforceSyncContext = {
      api,
      mapping,
      since: checkpoint.since,
      until: checkpoint.until,
      multiCurrency,
      history: options.history ?? true,
      stages: once(async () =>
        stageIndex(
          await api.queryAll(
            `SELECT ${STAGE_FIELDS.join(', ')} FROM OpportunityStage ORDER BY SortOrder`,
          ),
        ),
      ),
      campaignChannels: once(async () => {
        const channels = new Map<string, Channel>();
        for (const campaign of await api.queryAll('SELECT Id, Type FROM Campaign'))
          channels.set(campaign.Id, campaignChannel(campaign.Type, mapping));
        return channels;
      }),
    };
    // Deletions only mean something against an earlier pass.
    const deletions =
      checkpoint.since === null
        ? []
        : chosen
            .filter((name) => name !== 'stages' && deletedStream(name) !== null)
            .map((name) => `${name}:deleted`);
    return {
      names: [...chosen, ...deletions],
      open: (name: string, position: Parameters<SalesforceStream>[1]) => {
        const stream: SalesforceStream = name.endsWith(':deleted')
          ? (deletedStream(name.split(':')[0] as SalesforceObjectStream) as SalesforceStream)
          : name === 'stages'
            ? stagesStream
            : OBJECT_STREAMS[name as SalesforceObjectStream];
        return stream(context, position);
      },
    };
  };

  return createHttpAdapter({
    provider: 'salesforce',
    entities: [
      'users',
      'pipelines',
      'campaigns',
      'accounts',
      'people',
      'leads',
      'deals',
      'campaignMemberships',
      'touchpoints',
      'activities',
      'changes',
    ],
    transport: {
      ...options.transport,
      // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_queryoptions.htm
      headers: { 'Sforce-Query-Options': `batchSize=${batchSize}`, ...options.transport?.headers },
      dialect: salesforceDialect,
      baseUrl: instanceUrl,
      auth: options.auth,
    },
    lookbackMs: options.lookbackMs ?? 300_000,
    pass,
  });
}
