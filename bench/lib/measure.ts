import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileLine } from './profile';

/** What one task run in its own process measured. */
export interface Measurement {
  /** Wall time of `run`, in milliseconds. */
  ms: number;
  /** Heap grown during `run` (garbage not yet collected included). */
  heapGrowthMiB: number;
  /** Peak resident memory of the whole process, setup included. */
  peakRssMiB: number;
  /** Peak resident memory when `run` started, i.e. what setup took. */
  setupRssMiB: number;
  /** What the task produced, in its own words. */
  detail: string;
  /** With `profile: true` in the args: the functions with the most self time. */
  profile?: ProfileLine[];
}

const child = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs a task module in a fresh Node process (with tsx and an exposed GC) and measures it. */
export function measureInChild(taskModule: string, args: Record<string, number | string> = {}) {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      child,
      taskModule,
      JSON.stringify(args),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Measurement;
}

/** Prints where a profiled run spent its time, as a table of self times. */
export function printProfile(title: string, m: Measurement): void {
  const lines = m.profile ?? [];
  printTable(
    `${title} — ${m.ms.toFixed(0)} ms sampled; top self times`,
    ['function', 'self', 'share'],
    lines.map((line) => [
      line.where,
      `${line.ms.toFixed(0)} ms`,
      `${((100 * line.ms) / m.ms).toFixed(0)}%`,
    ]),
  );
}

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

/**
 * About 10k, 100k and 1M touchpoints (scale 1 ≈ 20k), each a first call; then 1M with the
 * dataset's shared indexes built at load (`indexDataset`, unmeasured), and 1M after an
 * unmeasured run.
 */
export const SCALE_CASES: readonly (readonly [number, string])[] = [
  [0.5, 'e2e'],
  [5, 'e2e'],
  [50, 'e2e'],
  [50, 'indexed'],
  [50, 'warm'],
];

/**
 * The scale cases plus 1M with the MQL episodes built at load too (`indexDataset` given the
 * run's timeline options), for the hand-off and the SLA.
 */
export const TIMELINE_SCALE_CASES = [
  ...SCALE_CASES.slice(0, 4),
  [50, 'indexed-as-of'],
  [50, 'warm'],
] as const;

/** Column titles of the rows {@link measureAtScales} returns. */
export const SCALE_COLUMNS = ['scale', 'mode', 'output', 'time', 'heap growth', 'peak RSS'];

/**
 * Runs a sample-based task at every scale case, each in a fresh process (the task reads
 * `scale` and `mode`, plus `args`), and returns one table row per case.
 */
export function measureAtScales(
  taskModule: string,
  args: Record<string, number | string> = {},
  cases: readonly (readonly [number, string])[] = SCALE_CASES,
): string[][] {
  return cases.map(([scale, mode]) => {
    const m = measureInChild(taskModule, { ...args, scale, mode });
    return [
      String(scale),
      mode,
      m.detail,
      `${m.ms.toFixed(0)} ms`,
      `${m.heapGrowthMiB.toFixed(0)} MiB`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
    ];
  });
}

/**
 * BENCH_AGAINST=<another checkout> (say a worktree of the last release) measures each scale-50
 * case in this checkout and in that one alternately, so both share the machine's load at the
 * time: compare the two rows, not figures taken in separate runs.
 */
const against = process.env.BENCH_AGAINST;

/** {@link SCALE_COLUMNS}, led by a "checkout" column when BENCH_AGAINST is set. */
export const AGAINST_COLUMNS =
  against === undefined ? SCALE_COLUMNS : ['checkout', ...SCALE_COLUMNS];

/**
 * {@link measureAtScales} for `bench/<taskFile>`, or with BENCH_AGAINST its scale-50 cases
 * here ("this") and in the other checkout ("against") in turn.
 */
export function measureAgainst(
  taskFile: string,
  args: Record<string, number | string> = {},
  cases: readonly (readonly [number, string])[] = SCALE_CASES,
): string[][] {
  const here = fileURLToPath(new URL(`../${taskFile}`, import.meta.url));
  if (against === undefined) return measureAtScales(here, args, cases);
  const there = join(against, 'bench', taskFile);
  return cases
    .filter(([scale]) => scale === 50)
    .flatMap((c) => [
      ['this', ...(measureAtScales(here, args, [c])[0] as string[])],
      ['against', ...(measureAtScales(there, args, [c])[0] as string[])],
    ]);
}
