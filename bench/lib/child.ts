// Runs one benchmark task in a fresh process so its memory figures are its own.
// argv: <task module path> <JSON args>; prints one JSON line with the measurement.
import { pathToFileURL } from 'node:url';
import { profiled } from './profile';
import type { BenchTask } from './task';

const [modulePath, rawArgs] = process.argv.slice(2);
if (!modulePath) throw new Error('usage: child.ts <task module> [json args]');
const args = JSON.parse(rawArgs ?? '{}') as Record<string, number | string>;
const { default: task } = (await import(pathToFileURL(modulePath).href)) as {
  default: BenchTask<unknown>;
};

const gc = (globalThis as { gc?: () => void }).gc;
const state = await task.setup(args);
gc?.();
// A forced collection of a ~1 GB heap leaves V8 sweeping in the background for a while, and
// on two cores that slows whatever runs next about threefold: let it finish, so the run pays
// for its own garbage only, not the harness's.
if (gc) await new Promise((resolve) => setTimeout(resolve, 1000));
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.resourceUsage().maxRSS;
const started = performance.now();
// With `profile: true` the run is sampled (a little slower): the figures say where time goes.
const { result: detail, lines: profile } = args.profile
  ? await profiled(() => task.run(state))
  : { result: await task.run(state), lines: undefined };
const ms = performance.now() - started;
const heapAfter = process.memoryUsage().heapUsed;
const rssPeak = process.resourceUsage().maxRSS;
process.stdout.write(
  `${JSON.stringify({
    ms,
    heapGrowthMiB: (heapAfter - heapBefore) / 2 ** 20,
    peakRssMiB: rssPeak / 1024,
    setupRssMiB: rssBefore / 1024,
    detail,
    profile,
  })}\n`,
);
