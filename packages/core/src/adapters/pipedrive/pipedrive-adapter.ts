import type { CrmCheckpoint } from '../contract/crm-adapter-v1';
import type { CrmAuth } from '../contract/crm-auth';
import type { CrmTransport, CrmTransportOptions } from '../transport/crm-transport';
import { createHttpAdapter, type HttpAdapter, pageSizeOption } from '../transport/http-adapter';
import { PIPEDRIVE_MAX_LIMIT, PipedriveApi } from './pipedrive-api';
import type { PipedriveField, PipedriveLeadLabel, PipedriveStage } from './pipedrive-api-types';
import { pipedriveDialect } from './pipedrive-dialect';
import { type PipedriveMappingConfig, pipedriveMapping } from './pipedrive-mapping-config';
import type { FieldIndex, PipedriveMappingContext } from './pipedrive-mapping-context';
import {
  activitiesStream,
  archivedDealsStream,
  dealChangesStream,
  dealsStream,
  deletedDealsStream,
  leadsStream,
  organizationsStream,
  personsStream,
  pipelinesStream,
  usersStream,
} from './pipedrive-streams';
import { once, type PipedriveStream, type PipedriveSyncContext } from './pipedrive-sync-context';

/** The streams a Pipedrive sync can run, in the order it runs them. */
export type PipedriveStreamName =
  | 'users'
  | 'pipelines'
  | 'organizations'
  | 'persons'
  | 'leads'
  | 'archivedLeads'
  | 'deals'
  | 'archivedDeals'
  | 'dealChanges'
  | 'activities';

const STREAMS: Readonly<Record<PipedriveStreamName, PipedriveStream>> = {
  users: usersStream,
  pipelines: pipelinesStream,
  organizations: organizationsStream,
  persons: personsStream,
  leads: leadsStream('/api/v1/leads'),
  archivedLeads: leadsStream('/api/v1/leads/archived'),
  deals: dealsStream,
  archivedDeals: archivedDealsStream,
  dealChanges: dealChangesStream,
  activities: activitiesStream,
};

const ALL_STREAMS = Object.keys(STREAMS) as PipedriveStreamName[];
const DELETED_DEALS = 'deals:deleted';

/** Options of `createPipedriveAdapter`. */
export interface PipedriveAdapterOptions {
  /**
   * An API token (sent as `x-api-token`, never as the legacy `?api_token=` query parameter)
   * or OAuth (`Authorization: Bearer`, refreshed through your callback; access tokens last
   * 60 minutes, guide §4.1).
   */
  readonly auth: CrmAuth;
  /** Default `https://api.pipedrive.com`; OAuth's `api_domain` (e.g. `https://acme.pipedrive.com`), or a fake's URL. */
  readonly baseUrl?: string;
  /** Person-label, channel, stage-category and account-field maps, merged over the defaults. */
  readonly mapping?: Partial<PipedriveMappingConfig>;
  /** The company domain (`acme` of acme.pipedrive.com), for provenance and record links. */
  readonly companyDomain?: string | null;
  /** Streams to run; default all. */
  readonly streams?: readonly PipedriveStreamName[];
  /** Records per list page, 1–500 (guide §4.3). Default 100. */
  readonly pageSize?: number;
  /** How far an incremental pass reaches back before the last one ended. Default 1 s (timestamps are whole seconds). */
  readonly lookbackMs?: number;
  /** Timeouts, retries, concurrency, clock and logger of the transport. */
  readonly transport?: Omit<CrmTransportOptions, 'dialect' | 'baseUrl' | 'auth'>;
}

/** The Pipedrive adapter: `CrmAdapterV1` plus the transport it runs on (for stats and tests). */
export type PipedriveAdapter = HttpAdapter<'pipedrive'>;

function fieldIndex(fields: readonly PipedriveField[]): FieldIndex {
  return new Map(fields.map((field) => [field.key, field]));
}

/**
 * Reads a Pipedrive company: users, pipelines with stages, organizations, persons, leads
 * (open and archived), deals (open and archived) with their changelogs, and activities, as normalized batches.
 * v2 lists are read in the pass window by `updated_since`/`updated_until`; incremental
 * passes also read deleted deals (`status=deleted`, 30 days) as deletions.
 *
 * What a Pipedrive dataset lacks (guide §4.9): campaigns, campaign memberships and
 * marketing touchpoints (the Campaigns add-on has no public API), lifecycle stages (mapped
 * from person labels), person attribution (only deals and leads carry `origin`/`channel`),
 * lead statuses and lead → deal links, goals, parent organizations, deal contacts beyond the
 * deal's person, and person/organization history (only deal changelogs are read).
 */
export function createPipedriveAdapter(options: PipedriveAdapterOptions): PipedriveAdapter {
  const pageSize = pageSizeOption(options.pageSize, 100, PIPEDRIVE_MAX_LIMIT, 'Pipedrive lists');
  const config = pipedriveMapping(options.mapping);
  const chosen = options.streams ?? ALL_STREAMS;

  const pass = (checkpoint: CrmCheckpoint, transport: CrmTransport, signal?: AbortSignal) => {
    const api = new PipedriveApi(transport, signal);
    const mapping = once(async (): Promise<PipedriveMappingContext> => {
      const [deal, person, organization, stages, labels] = [
        await api.allOffset<PipedriveField>('/api/v1/dealFields'),
        await api.allOffset<PipedriveField>('/api/v1/personFields'),
        await api.allOffset<PipedriveField>('/api/v1/organizationFields'),
        await api.allCursor<PipedriveStage>('/api/v2/stages'),
        await api.allOffset<PipedriveLeadLabel>('/api/v1/leadLabels'),
      ];
      return {
        mapping: config,
        companyDomain: options.companyDomain ?? null,
        fields: {
          deal: fieldIndex(deal),
          person: fieldIndex(person),
          organization: fieldIndex(organization),
        },
        stages: new Map(
          stages.map((stage) => [
            stage.id,
            { name: stage.name ?? String(stage.id), pipelineId: stage.pipeline_id ?? null },
          ]),
        ),
        leadLabels: new Map(labels.map((label) => [label.id, label.name])),
      };
    });
    const context: PipedriveSyncContext = {
      api,
      since: checkpoint.since,
      until: checkpoint.until,
      pageSize,
      mapping,
    };
    // Deletions only mean something against an earlier pass.
    const names: string[] = [
      ...chosen,
      ...(checkpoint.since !== null && chosen.includes('deals') ? [DELETED_DEALS] : []),
    ];
    return {
      names,
      open: (name: string, position: Parameters<PipedriveStream>[1]) => {
        const stream =
          name === DELETED_DEALS ? deletedDealsStream : STREAMS[name as PipedriveStreamName];
        return stream(context, position);
      },
    };
  };

  return createHttpAdapter({
    provider: 'pipedrive',
    entities: [
      'users',
      'pipelines',
      'accounts',
      'people',
      'leads',
      'deals',
      'activities',
      'changes',
    ],
    transport: {
      ...options.transport,
      dialect: pipedriveDialect,
      baseUrl: options.baseUrl ?? 'https://api.pipedrive.com',
      auth: options.auth,
    },
    lookbackMs: options.lookbackMs ?? 1000,
    pass,
  });
}
