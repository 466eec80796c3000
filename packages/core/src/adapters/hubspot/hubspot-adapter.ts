import type { CrmAuth } from '../contract/crm-auth';
import type { CrmTransportOptions } from '../transport/crm-transport';
import { createHttpAdapter, type HttpAdapter, pageSizeOption } from '../transport/http-adapter';
import { accountRateLimitScope } from '../transport/rate-limit-scope';
import { deletedStream } from './deleted-stream';
import { emailEventsStream } from './email-events-stream';
import { formSubmissionsStream } from './form-submissions-stream';
import { HubSpotApi } from './hubspot-api';
import type { HubSpotPipeline, HubSpotStage } from './hubspot-api-types';
import { hubspotDialect } from './hubspot-dialect';
import { type HubSpotMappingConfig, hubspotMapping } from './hubspot-mapping-config';
import type { HubSpotMappingContext } from './hubspot-mapping-context';
import { type HubSpotObjectType, type HubSpotPaths, legacyHubSpotPaths } from './hubspot-paths';
import { type HubSpotStream, type HubSpotSyncContext, once } from './hubspot-sync-context';
import { objectStream } from './object-stream';
import { campaignsStream, ownersStream, pipelinesStream } from './reference-streams';

/** The streams a HubSpot sync can run, in the order it runs them. */
export type HubSpotStreamName =
  | 'owners'
  | 'pipelines'
  | 'campaigns'
  | 'companies'
  | 'contacts'
  | 'deals'
  | 'formSubmissions'
  | 'emailEvents';

const STREAMS: Readonly<Record<HubSpotStreamName, HubSpotStream>> = {
  owners: ownersStream,
  pipelines: pipelinesStream,
  campaigns: campaignsStream,
  companies: objectStream('companies'),
  contacts: objectStream('contacts'),
  deals: objectStream('deals'),
  formSubmissions: formSubmissionsStream,
  emailEvents: emailEventsStream,
};

const ALL_STREAMS = Object.keys(STREAMS) as HubSpotStreamName[];
const OBJECT_STREAMS: readonly HubSpotObjectType[] = ['companies', 'contacts', 'deals'];

/** Deal stages by id across pipelines (HubSpot stage ids are unique within a portal). */
function stageIndex(pipelines: readonly HubSpotPipeline[]): Map<string, HubSpotStage> {
  return new Map(
    pipelines.flatMap((pipeline) =>
      pipeline.stages.map((stage): [string, HubSpotStage] => [stage.id, stage]),
    ),
  );
}

/** Options of `createHubSpotAdapter`. */
export interface HubSpotAdapterOptions {
  /** A private-app / service-key token, or OAuth with a refresh callback. */
  readonly auth: CrmAuth;
  /** Default `https://api.hubapi.com`; a fake server's URL in tests. */
  readonly baseUrl?: string;
  /** The path family: `legacyHubSpotPaths` (default) or `datedHubSpotPaths('2026-03')`. */
  readonly paths?: HubSpotPaths;
  /** Lifecycle, lead-status and channel maps, merged over the defaults. */
  readonly mapping?: Partial<HubSpotMappingConfig>;
  /**
   * The portal (hub) id, for provenance and record links. Adapters given the same portal id
   * (and base URL) share their rate limits, which HubSpot counts per portal.
   */
  readonly portalId?: string | null;
  /** Currency of deal amounts without `deal_currency_code` (single-currency portals). */
  readonly defaultCurrency?: string | null;
  /** Extra properties to read into `custom`, per object type. */
  readonly customProperties?: Partial<Record<HubSpotObjectType, readonly string[]>>;
  /** Streams to run; default all. */
  readonly streams?: readonly HubSpotStreamName[];
  /** Read property history into field changes; default for contacts and deals. */
  readonly history?: readonly HubSpotObjectType[];
  /** Records per search page, 1–200 (guide §2.4). Default 100. */
  readonly pageSize?: number;
  /** How far an incremental pass reaches back before the last one ended (search index lag). Default 5 min. */
  readonly lookbackMs?: number;
  /** Timeouts, retries, concurrency, clock and logger of the transport. */
  readonly transport?: Omit<CrmTransportOptions, 'dialect' | 'baseUrl' | 'auth'>;
}

/** The HubSpot adapter: `CrmAdapterV1` plus the transport it runs on (for stats and tests). */
export type HubSpotAdapter = HttpAdapter<'hubspot'>;

/**
 * Reads a HubSpot portal: owners, deal pipelines, campaigns, companies, contacts (with
 * lifecycle history), deals (with stage history and associations), form submissions and
 * marketing email events, as normalized batches. Incremental passes read records modified
 * since the last checkpoint (search on the last-modified date) and archived records as
 * deletions.
 */
export function createHubSpotAdapter(options: HubSpotAdapterOptions): HubSpotAdapter {
  const pageSize = pageSizeOption(options.pageSize, 100, 200, 'HubSpot search');
  const baseUrl = options.baseUrl ?? 'https://api.hubapi.com';
  const mapping: HubSpotMappingContext = {
    mapping: hubspotMapping(options.mapping),
    portalId: options.portalId ?? null,
    defaultCurrency: options.defaultCurrency ?? null,
    customProperties: options.customProperties ?? {},
  };
  const chosen = options.streams ?? ALL_STREAMS;
  const history = new Set(options.history ?? (['contacts', 'deals'] as const));
  return createHttpAdapter({
    provider: 'hubspot',
    entities: [
      'users',
      'pipelines',
      'campaigns',
      'accounts',
      'people',
      'deals',
      'touchpoints',
      'changes',
    ],
    transport: {
      ...(options.portalId
        ? { rateLimitScope: accountRateLimitScope(`hubspot:${baseUrl}:${options.portalId}`) }
        : {}),
      ...options.transport,
      dialect: hubspotDialect,
      baseUrl,
      auth: options.auth,
    },
    lookbackMs: options.lookbackMs ?? 300_000,
    pass: (checkpoint, transport, signal) => {
      const api = new HubSpotApi(transport, options.paths ?? legacyHubSpotPaths, signal);
      const pipelines = once(() => api.pipelines());
      const context: HubSpotSyncContext = {
        api,
        mapping,
        since: checkpoint.since,
        until: checkpoint.until,
        pageSize,
        history,
        owners: once(() => api.owners()),
        pipelines,
        stages: once(async () => stageIndex(await pipelines())),
        emailCache: new Map(),
      };
      // Deletions only mean something against an earlier pass.
      const deletions =
        checkpoint.since === null
          ? []
          : OBJECT_STREAMS.filter((type) => chosen.includes(type)).map((type) => `${type}:deleted`);
      return {
        names: [...chosen, ...deletions],
        open: (name, position) => {
          const stream = name.endsWith(':deleted')
            ? deletedStream(name.split(':')[0] as HubSpotObjectType)
            : STREAMS[name as HubSpotStreamName];
          return stream(context, position);
        },
      };
    },
  });
}
