// `pnpm release`: publishes the packages that `pnpm version-packages` versioned.
// A dry run unless --publish is given: builds, then has pnpm pack each publishable package as
// it would publish it (publishConfig applied, workspace ranges resolved) and prints what would
// go to the registry. With --publish it publishes for real and tags the release (changeset tag).
// --no-build skips the build (CI runs it right after its own build).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/pack.mjs';

const args = new Set(process.argv.slice(2));
const publish = args.has('--publish');
const run = (cmd, argv, options = {}) =>
  execFileSync(cmd, argv, { cwd: root, encoding: 'utf8', ...options });

const pending = readdirSync(join(root, '.changeset')).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
if (pending.length > 0) {
  const message = `${pending.length} changeset(s) not versioned yet (${pending.join(', ')}): run pnpm version-packages and commit first.`;
  if (publish) {
    console.error(`release: ${message}`);
    process.exit(1);
  }
  console.log(`release (dry run): note, ${message}`);
}

if (!args.has('--no-build')) run('pnpm', ['build'], { stdio: 'inherit' });

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir) }))
  .filter(({ dir }) => {
    try {
      return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });

if (publish) {
  run('pnpm', ['--filter', './packages/**', 'publish', '--access', 'public'], { stdio: 'inherit' });
  run('pnpm', ['changeset', 'tag'], { stdio: 'inherit' });
} else {
  console.log('release (dry run): what `pnpm release --publish` would publish');
  for (const { dir } of packages) {
    const summary = JSON.parse(
      run('pnpm', ['publish', '--dry-run', '--json', '--no-git-checks', '--access', 'public'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const files = summary.files.map((file) => file.path);
    for (const required of ['package.json', 'README.md']) {
      if (!files.includes(required))
        throw new Error(`${summary.id}: ${required} not in the tarball`);
    }
    if (files.some((file) => /\.(test|stories)\.|(^|\/)src\//.test(file))) {
      throw new Error(
        `${summary.id}: tests, stories or sources in the tarball: ${files.join(', ')}`,
      );
    }
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
    console.log(
      `  ${summary.id}: ${files.length} files, ${kb(summary.size)} packed, ${kb(summary.unpackedSize)} unpacked`,
    );
  }
}
