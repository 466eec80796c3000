// Fails when a publishable package's shipped source changed without a changeset naming it.
//
// The base to compare with, in order:
//   1. CHANGESET_BASE (a ref or commit), which a pull-request CI sets to the target branch;
//   2. on a branch other than main, its merge base with main (or origin/main);
//   3. on main itself (CI runs on a clean clone of main): the last release, i.e. the last
//      commit that changed a publishable package's "version" (what `pnpm version-packages`
//      does), or the root commit while nothing was released. Changesets added since then are
//      exactly the pending ones, so every package changed since the release needs one.
// A shallow clone has no history to compare with: the script deepens it or stops saying so.
//
// "Shipped source" is what reaches users: src/ without tests, stories and fixtures, the
// package README, the build config, and package.json fields other than scripts and
// devDependencies. An empty changeset (front matter with no package, `pnpm changeset --empty`)
// added since the base waives the check, and the waiver is printed.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cwd = process.cwd();
const git = (...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const tryGit = (...args) => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
};

/** Publishable packages: `packages/<dir>` whose package.json is not private. */
function publishablePackages() {
  return readdirSync(join(cwd, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const manifest = JSON.parse(
          readFileSync(join(cwd, 'packages', entry.name, 'package.json')),
        );
        return manifest.private ? [] : [{ dir: `packages/${entry.name}`, name: manifest.name }];
      } catch {
        return [];
      }
    });
}

function ensureHistory() {
  if (tryGit('rev-parse', '--is-shallow-repository') !== 'true') return;
  console.log('check-changesets: shallow clone, fetching the full history…');
  if (tryGit('fetch', '--unshallow', '--quiet') === null) {
    throw new Error(
      'check-changesets needs the git history since the last release, and this shallow clone ' +
        'cannot fetch it: clone with full history (fetch-depth 0) or set CHANGESET_BASE.',
    );
  }
}

function findBase(packages) {
  const fromEnv = process.env.CHANGESET_BASE;
  if (fromEnv) {
    const commit = tryGit('rev-parse', '--verify', `${fromEnv}^{commit}`);
    if (!commit) throw new Error(`CHANGESET_BASE=${fromEnv} is not a commit in this clone`);
    return { commit, why: `CHANGESET_BASE (${fromEnv})` };
  }
  const branch = tryGit('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch && branch !== 'main' && branch !== 'HEAD') {
    for (const main of ['main', 'origin/main']) {
      const commit = tryGit('merge-base', 'HEAD', main);
      if (commit) return { commit, why: `merge base of ${branch} with ${main}` };
    }
  }
  const manifests = packages.map((pkg) => `${pkg.dir}/package.json`);
  const versionAt = (commit, file) => {
    const text = tryGit('show', `${commit}:${file}`);
    return text === null ? null : JSON.parse(text).version;
  };
  // Commits touching a "version" line, newest first; a release bumped an existing version.
  const candidates = git('log', '--format=%H', '-G"version":', 'HEAD', '--', ...manifests);
  for (const commit of candidates.split('\n').filter(Boolean)) {
    const bumped = manifests.some((file) => {
      const before = versionAt(`${commit}^`, file);
      return before !== null && before !== versionAt(commit, file);
    });
    if (bumped) return { commit, why: 'the last release (last version bump)' };
  }
  const rootCommit = git('rev-list', '--max-parents=0', 'HEAD').split('\n').at(-1);
  return { commit: rootCommit, why: 'the first commit (nothing released yet)' };
}

const NOT_SHIPPED = [
  /\.test\.[cm]?[jt]sx?$/,
  /\.stories\.[jt]sx?$/,
  /\.bench\.[jt]s$/,
  /(^|\/)__(fixtures|snapshots|mocks)__\//,
  /(^|\/)src\/.*\.md$/,
];

/** Whether a changed file in a package reaches its users. */
function isShipped(pkg, file, base) {
  const inner = file.slice(pkg.dir.length + 1);
  if (inner === 'package.json') return manifestChanged(file, base);
  if (inner === 'README.md' || /^tsup\.config\.[cm]?ts$/.test(inner)) return true;
  if (!inner.startsWith('src/')) return false;
  return !NOT_SHIPPED.some((pattern) => pattern.test(inner));
}

/** package.json counts unless only scripts or devDependencies changed. */
function manifestChanged(file, base) {
  const strip = (text) => {
    if (text === null) return null;
    const { scripts, devDependencies, ...rest } = JSON.parse(text);
    return JSON.stringify(rest);
  };
  const before = strip(tryGit('show', `${base}:${file}`));
  const after = strip(readFileSync(join(cwd, file), 'utf8'));
  return before !== after;
}

/** Front matter of a changeset: the package names it releases. */
function changesetPackages(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  if (!match) return null;
  return [
    ...match[1].matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch|none)\s*$/gm),
  ].map((m) => m[1]);
}

ensureHistory();
const packages = publishablePackages();
const base = findBase(packages);
const changed = git('diff', '--name-only', base.commit, '--', 'packages')
  .split('\n')
  .concat(git('ls-files', '--others', '--exclude-standard', '--', 'packages').split('\n'))
  .filter(Boolean);
const changesetFiles = git(
  'diff',
  '--name-only',
  '--diff-filter=AMR',
  base.commit,
  '--',
  '.changeset',
)
  .split('\n')
  .concat(git('ls-files', '--others', '--exclude-standard', '--', '.changeset').split('\n'))
  .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'));

const covered = new Set();
const waivers = [];
for (const file of new Set(changesetFiles)) {
  let text;
  try {
    text = readFileSync(join(cwd, file), 'utf8');
  } catch {
    continue; // renamed away or deleted in the working tree
  }
  const names = changesetPackages(text);
  if (names === null) throw new Error(`${file} has no front matter (--- … ---)`);
  if (names.length === 0) waivers.push(file);
  for (const name of names) covered.add(name);
}

const missing = [];
for (const pkg of packages) {
  const files = changed.filter(
    (file) => file.startsWith(`${pkg.dir}/`) && isShipped(pkg, file, base.commit),
  );
  if (files.length > 0 && !covered.has(pkg.name)) missing.push({ pkg, files });
}

const short = base.commit.slice(0, 7);
console.log(
  `check-changesets: base ${short}, ${base.why}; ${changesetFiles.length} changeset(s) since`,
);
if (missing.length > 0 && waivers.length > 0) {
  console.log(`  waived by empty changeset(s): ${waivers.join(', ')}`);
} else if (missing.length > 0) {
  for (const { pkg, files } of missing) {
    const list = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length})` : '');
    console.error(`  ✖ ${pkg.name} changed without a changeset: ${list}`);
  }
  console.error(
    '  Add one with `pnpm changeset` (written for users), or `pnpm changeset --empty` when ' +
      'the change needs no release.',
  );
  process.exit(1);
} else {
  console.log(
    `  every changed package has a changeset (${[...covered].sort().join(', ') || 'none changed'})`,
  );
}
