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
