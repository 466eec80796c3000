// Checks the release flow without touching the working tree: runs `pnpm version-packages`
// (changeset version) on a throwaway copy of the workspace manifests and pending changesets,
// checks that every package a changeset names got a higher version and a CHANGELOG.md entry
// carrying that changeset's text, then runs `pnpm release` as a dry run on the built packages.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './lib/pack.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const semver = (v) => v.split(/[.-]/).slice(0, 3).map(Number);
const greater = (a, b) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};

/** Workspace package folders, from pnpm-workspace.yaml's `packages:` globs (dir or dir/*). */
function workspaceDirs() {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...yaml.matchAll(/^\s+-\s+["']?([^"'\n]+)["']?\s*$/gm)].map((m) => m[1]);
  const excluded = new Set(globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
  return globs
    .flatMap((glob) => {
      if (glob.startsWith('!')) return [];
      if (!glob.endsWith('/*')) return [glob];
      const parent = glob.slice(0, -2);
      return readdirSync(join(root, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${parent}/${entry.name}`);
    })
    .filter((dir) => !excluded.has(dir) && existsSync(join(root, dir, 'package.json')));
}

/** The pending changesets: file, packages named with their bump, and the summary. */
function pendingChangesets(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [, front = '', summary = ''] = /^---\r?\n([\s\S]*?)---\r?\n([\s\S]*)$/.exec(text) ?? [];
      const names = [...front.matchAll(/["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)/g)].map(
        (m) => m[1],
      );
      return { file, names, firstLine: summary.trim().split('\n')[0] };
    });
}

const work = mkdtempSync(join(tmpdir(), 'closedloop-release-'));
try {
  for (const file of [
    'package.json',
    'pnpm-workspace.yaml',
    '.changeset',
    'scripts/changelog.cjs',
  ]) {
    cpSync(join(root, file), join(work, file), { recursive: true });
  }
  const dirs = workspaceDirs();
  const before = new Map();
  for (const dir of dirs) {
    mkdirSync(join(work, dir), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(work, dir, file));
    }
    const manifest = readJson(join(root, dir, 'package.json'));
    before.set(manifest.name, { dir, version: manifest.version, private: manifest.private });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const git = (...args) => execFileSync('git', args, { cwd: work, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=release-check', '-c', 'user.email=ci@localhost', 'commit', '-qm', 'copy');

  const changesets = pendingChangesets(join(work, '.changeset'));
  execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const problems = [];
  const left = pendingChangesets(join(work, '.changeset'));
  if (left.length > 0)
    problems.push(`changesets left after versioning: ${left.map((c) => c.file)}`);
  const named = new Set(changesets.flatMap((c) => c.names));
  for (const name of named) {
    const pkg = before.get(name);
    if (!pkg) {
      problems.push(`a changeset names ${name}, which is not a workspace package`);
      continue;
    }
    const after = readJson(join(work, pkg.dir, 'package.json')).version;
    if (!greater(after, pkg.version))
      problems.push(`${name}: ${pkg.version} → ${after}, not higher`);
    const changelogFile = join(work, pkg.dir, 'CHANGELOG.md');
    const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
    if (!changelog.includes(`## ${after}`))
      problems.push(`${name}: CHANGELOG.md has no ## ${after}`);
    for (const changeset of changesets.filter((c) => c.names.includes(name))) {
      if (!changelog.includes(changeset.firstLine)) {
        problems.push(`${name}: CHANGELOG.md lacks ${changeset.file}: "${changeset.firstLine}"`);
      }
    }
    console.log(
      `  ${name} ${pkg.version} → ${after}: CHANGELOG.md lists ${changesets.filter((c) => c.names.includes(name)).length} changeset(s)`,
    );
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`  ✖ ${problem}`);
    process.exit(1);
  }
  console.log(
    `version-packages: ${changesets.length} pending changeset(s) version ${named.size} package(s) cleanly`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

execFileSync('node', [join(dirname(import.meta.filename), 'release.mjs'), '--no-build'], {
  cwd: root,
  stdio: 'inherit',
});
