/**
 * A benchmark task: `setup` builds the input (not timed), `run` is the measured work and
 * returns a short description of what it produced, printed beside the figures.
 */
export interface BenchTask<State> {
  setup(args: Record<string, number | string>): State | Promise<State>;
  run(state: State): string | Promise<string>;
}

/** Declares a task module's default export with its types checked. */
export function defineTask<State>(task: BenchTask<State>): BenchTask<State> {
  return task;
}

/**
 * Runs `once` `times` times and describes its output with the best and median wall time:
 * on a shared machine the best of a few repeats is the figure least disturbed by other load.
 * The bench reads it back with {@link bestOf}.
 */
export async function repeated(
  times: number,
  once: () => string | Promise<string>,
): Promise<string> {
  const took: number[] = [];
  let detail = '';
  for (let r = 0; r < Math.max(1, times); r++) {
    const started = performance.now();
    detail = await once();
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  const median = took[Math.floor(took.length / 2)] as number;
  return `${detail} | best ${(took[0] as number).toFixed(1)} ms, median ${median.toFixed(1)} ms of ${took.length}`;
}

/** The best time a {@link repeated} task reported, in ms (NaN when it reported none). */
export function bestOf(detail: string): number {
  const match = / \| best ([\d.]+) ms/.exec(detail);
  return match ? Number(match[1]) : Number.NaN;
}
