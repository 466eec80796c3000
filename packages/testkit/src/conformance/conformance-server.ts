import type { CrmAdapterV1, Dataset, EntityName, ParseDatasetOptions } from '@closedloop/core';
import type { FakeClock } from '../harness/fake-clock';
import type { LoggedRequest } from '../harness/fake-http-types';
import type { FaultInjector } from '../harness/fault-rules';

/**
 * Odd data real CRMs serve (issue 16), each rendered by a fake in its own CRM's terms:
 * - `unknownFields`: fields and keys the adapter has never seen;
 * - `nullValues`: nulls where values are usual (names, amounts, dates, sources);
 * - `missingField`: the last person (by CRM id) served without a field its adapter needs to
 *   read it (HubSpot `properties`, Salesforce `LastModifiedDate`, Pipedrive `add_time`);
 * - `missingId`: the last person of every page served without its id;
 * - `emptyRelations`: relation results served empty or without their targets (HubSpot
 *   association results without `to`, a Salesforce contact role without `ContactId`, a
 *   Pipedrive deal whose `person_id` names a person that does not exist).
 * An adapter must finish the sync, reject the odd record with a reason or keep it with a
 * finding, never repeat a record and never turn a live record into a rejection.
 */
export interface OddDataQuirks {
  unknownFields?: boolean;
  nullValues?: boolean;
  missingField?: boolean;
  missingId?: boolean;
  emptyRelations?: boolean;
}

/** The entities a fake lets the suite change between syncs. */
export type ConformanceMutableEntity = 'accounts' | 'people' | 'deals';

/**
 * What the conformance suite needs of a fake CRM: its URL and clock, fault injection, the
 * request log, the id it serves each dataset record under, and a way to change records as
 * a user would. `HubSpotFake` is one; a vendor's own fake can be another.
 */
export interface ConformanceServer {
  readonly url: string;
  readonly clock: FakeClock;
  readonly faults: FaultInjector;
  readonly requests: readonly LoggedRequest[];
  /** Data-shape quirks and odd data the suite switches on (see {@link OddDataQuirks}). */
  readonly quirks: OddDataQuirks;
  /** The CRM's id for a dataset record, or null when the CRM has no place for it. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null;
  /** Changes a record now, as a user in the CRM would (its last-modified date moves). */
  update(entity: ConformanceMutableEntity, datasetId: string, patch: Record<string, unknown>): void;
  /** Archives (deletes) a record now. */
  archive(entity: ConformanceMutableEntity, datasetId: string): void;
  close(): Promise<void>;
}

/** What the suite asks of the adapter it creates: the server's clock and short timeouts. */
export interface ConformanceAdapterSettings {
  /** Share it, so rate-limit windows and backoff run in fake time. */
  readonly clock: FakeClock;
  /** Per-attempt timeout; the `slow` fault answers after four times this. */
  readonly timeoutMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
}

/** Options of `runAdapterConformance`. */
export interface AdapterConformanceOptions<Server extends ConformanceServer> {
  /** Names the `describe` block. */
  readonly name: string;
  /** What the fake serves and the adapter must read back. */
  readonly dataset: Dataset;
  createServer(dataset: Dataset): Promise<Server>;
  createAdapter(server: Server, settings: ConformanceAdapterSettings): CrmAdapterV1;
  /**
   * What the CRM can hold of a dataset (same ids), when it cannot hold everything (Pipedrive
   * has no closed stages); full-sync comparisons expect this. Default: the dataset as is.
   */
  readonly representable?: (dataset: Dataset) => Dataset;
  /** Options for validating what the adapter produced (e.g. the lifecycle stages in use). */
  readonly parse?: ParseDatasetOptions;
  /** Run the fault matrix (18 syncs). Default true; turn off for a large dataset already covered by a small one. */
  readonly faults?: boolean;
  /**
   * What the CRM lets an adapter see of odd data, for the odd-data cases: whether deletions
   * of people are reported (Pipedrive v2 lists never show deleted persons) and whether an
   * empty relation can be told from no relation (a CSV cell cannot). Default both true.
   */
  readonly oddData?: { readonly personDeletions?: boolean; readonly relationFindings?: boolean };
  /** How many crash points the resumption test tries (first batch, middle, last). Default 3. */
  readonly crashPoints?: 1 | 2 | 3;
}
