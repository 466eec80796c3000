import { Session } from 'node:inspector/promises';

/** Self time of one function in a CPU profile. */
export interface ProfileLine {
  /** `function file:line`, or a V8 pseudo-frame such as `(garbage collector)`. */
  where: string;
  ms: number;
}

interface Frame {
  functionName: string;
  url: string;
}

interface Profile {
  nodes: { id: number; callFrame: Frame }[];
  samples: number[];
  timeDeltas: number[];
}

// Line numbers are left out: tsx's transform shifts them.
const label = ({ functionName, url }: Frame) =>
  url === ''
    ? functionName.startsWith('(')
      ? functionName
      : `(native ${functionName})`
    : `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`;

// V8 pseudo-frames that are not the measured work: the inspector answering the profiler
// itself, and idle time. `(program)` stays: it is V8's own work for the run (compiling,
// runtime calls), outside any JavaScript function.
const OVERHEAD = new Set(['(native dispatch)', '(idle)', '(root)']);

/**
 * Runs `work` under V8's sampling profiler and returns its result with the functions that
 * took the most self time (the profiler's own bookkeeping and idle time left out). Sampling every 1 ms
 * keeps the overhead small; the figures are where time goes, not exact times.
 */
export async function profiled<T>(
  work: () => T | Promise<T>,
  top = 12,
): Promise<{ result: T; lines: ProfileLine[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (!frame || frame.url.startsWith('node:')) return;
    const where = label(frame);
    if (OVERHEAD.has(where)) return;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const lines = [...self]
    .map(([where, ms]) => ({ where, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  return { result, lines };
}
