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

  constructor(
    readonly dataset: Dataset,
    readonly config: TimelineConfig,
    readonly index: PersonIndex,
    readonly quality: HandoffFindings,
  ) {}

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
