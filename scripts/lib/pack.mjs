// Packs publishable packages the way they are published (pnpm applies publishConfig and
// turns workspace:^ into versions), for the scripts that install them like a user would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Packs `packages/<name>` into `<dest>/<name>/` and returns the tarball's path. */
export function pack(name, dest) {
  const out = join(dest, name);
  mkdirSync(out, { recursive: true });
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    cwd: join(root, 'packages', name),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name} to ${out}`);
  return join(out, tarball);
}
