import type { ClockStatus } from './clock';
import type { Attainment } from './types';

/** Counts clock outcomes of a group; `met + breached = eligible` by construction. */
export class AttainmentTally {
  private met = 0;
  private breached = 0;
  private running = 0;
  private notStarted = 0;

  /** Counts one clock. */
  add(status: ClockStatus): void {
    if (status === 'met') this.met++;
    else if (status === 'breached') this.breached++;
    else if (status === 'running') this.running++;
    else this.notStarted++;
  }

  /** The group's attainment. */
  attainment(): Attainment {
    const eligible = this.met + this.breached;
    return {
      eligible,
      met: this.met,
      breached: this.breached,
      attainment: eligible === 0 ? null : this.met / eligible,
      running: this.running,
      notStarted: this.notStarted,
    };
  }
}

/** First-touch and (when committed) attempts tallies of one group. */
export class GroupTally {
  readonly firstTouch = new AttainmentTally();
  readonly attempts: AttainmentTally | null;

  constructor(withAttempts: boolean) {
    this.attempts = withAttempts ? new AttainmentTally() : null;
  }

  /** Both attainments of the group. */
  result() {
    return {
      firstTouch: this.firstTouch.attainment(),
      attempts: this.attempts?.attainment() ?? null,
    };
  }
}
