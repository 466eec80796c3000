import type { ChangeColumns } from '../columns/lifecycle-changes';
import type { Dataset } from '../model/dataset';
import { normalizeStatus, type StatusKind, type TimelineConfig } from './config';
import type { PersonIndex } from './person-index';
import type { HandoffFindings } from './quality';

/** What building episodes needs: the options, the index, the findings and small caches. */
export class WalkContext {
  private readonly statusCache = new Map<string, StatusKind | null>();
  /**
   * Reused buffer for the episode being filled: its list is then copied out at its exact
   * size. Pushing onto each episode's own array grows it to 17 slots, and tens of thousands
   * of such episodes survive into the old generation, which makes the collector copy them.
   */
  readonly buffer: number[] = [];
  /** The owner ids beside `buffer`'s times, for the owner timeline. */
  readonly idBuffer: (string | null)[] = [];
  /** The dataset's change columns, which the walk reads instead of the change objects. */
  readonly columns: ChangeColumns;
  /** Codes of the history fields in `columns.fields` (-1 when no change has the field). */
  readonly ownerField: number;
  readonly stageField: number;
  /** Code of the MQL stage in `columns.values` (-2 when no change moves to it). */
  readonly mqlValue: number;
  // What each `to` value code means, looked up on first need (NaN / undefined: not yet).
  private readonly rankOfValue: Float64Array;
  private readonly kindOfValue: (StatusKind | null | undefined)[] = [];

  constructor(
    readonly dataset: Dataset,
    readonly config: TimelineConfig,
    readonly index: PersonIndex,
    readonly quality: HandoffFindings,
  ) {
    const columns = index.columns;
    this.columns = columns;
    this.ownerField = columns.fields.find('owner') ?? -1;
    this.stageField = columns.fields.find('lifecycleStage') ?? -1;
    this.mqlValue = columns.values.find(config.mqlStage) ?? -2;
    this.rankOfValue = new Float64Array(columns.values.size).fill(Number.NaN);
  }

  /** A `to` value code of the change columns as text (null for `NULL_CODE`). */
  valueOf(code: number): string | null {
    return code < 0 ? null : (this.columns.values.values[code] as string);
  }

  /** `stageRank` of a `to` value code. */
  stageRankOf(code: number): number {
    if (code < 0) return -1;
    let rank = this.rankOfValue[code] as number;
    if (Number.isNaN(rank)) {
      rank = this.stageRank(this.valueOf(code));
      this.rankOfValue[code] = rank;
    }
    return rank;
  }

  /** `statusKind` of a `to` value code. */
  statusKindOf(code: number): StatusKind | null {
    if (code < 0) return null;
    let kind = this.kindOfValue[code];
    if (kind === undefined) {
      kind = this.statusKind(this.valueOf(code));
      this.kindOfValue[code] = kind;
    }
    return kind;
  }

  /** What a lead status means, or null when it records no decision or contact. */
  statusKind(status: string | null): StatusKind | null {
    if (status === null) return null;
    let kind = this.statusCache.get(status);
    if (kind === undefined) {
      kind = this.config.statusKinds.get(normalizeStatus(status)) ?? null;
      this.statusCache.set(status, kind);
    }
    return kind;
  }

  /** Rank of a lifecycle stage in the configured order; −1 when unknown or null. */
  stageRank(stage: string | null): number {
    return stage === null ? -1 : (this.config.stageRank.get(stage) ?? -1);
  }

  /**
   * Whether an owner is a sales owner, so that owning the lead means it was assigned: any
   * user but a queue or a marketing user; an id missing from `users` counts as one.
   */
  isSalesOwner(ownerId: string | null): boolean {
    if (ownerId === null) return false;
    const user = this.index.users.get(ownerId);
    return user === undefined || (user.kind !== 'queue' && user.team !== 'marketing');
  }
}
