// `pnpm test`: everything CI checks, in order, stopping at the first failure, with timings.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'pnpm', ['lint']],
  ['changesets', 'pnpm', ['check:changesets']],
  ['script tests', 'pnpm', ['test:scripts']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['unit tests', 'pnpm', ['test:unit']],
  ['build', 'pnpm', ['build']],
  ['package checks', 'pnpm', ['check:packages']],
  ['api reports', 'pnpm', ['api:check']],
  ['release flow', 'pnpm', ['check:release']],
  ['consumers', 'pnpm', ['consumers']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['example app', 'pnpm', ['example']],
  ['storybook build', 'pnpm', ['build:storybook']],
  ['browser tests', 'pnpm', ['test:browser']],
];

const timings = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name.padEnd(16)} ${seconds.padStart(6)} s  ${status === 0 ? 'ok' : 'FAILED'}`);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed\n${timings.join('\n')}`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✔ all checks passed\n${timings.join('\n')}`);
