// `pnpm bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
// their tables. Benchmarks are scripts, never tests: figures vary with the machine's load,
// so compare ratios measured side by side in one run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
for (const file of files) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    cwd: dir, // tsx resolves from the bench package
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}
