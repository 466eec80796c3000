// Packs the package in the current folder the way it is published (pnpm applies
// publishConfig) and runs arethetypeswrong on the tarball; extra arguments go to attw.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Stylesheets have no types to check: leave them out (publint still checks they exist).
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const assets = Object.keys(manifest.publishConfig?.exports ?? {}).filter((subpath) =>
  subpath.endsWith('.css'),
);
const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];

const out = mkdtempSync(join(tmpdir(), 'closedloop-pack-'));
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball to ${out}`);
  // node10 resolution is deprecated in TypeScript 6; subpaths need node16 or bundler.
  execFileSync(
    'attw',
    [join(out, tarball), '--profile', 'node16', ...exclude, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
