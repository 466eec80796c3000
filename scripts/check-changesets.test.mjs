// Runs check-changesets.mjs in throwaway git repositories shaped like this one.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';

const script = join(import.meta.dirname, 'check-changesets.mjs');
const dirs = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repo() {
  const dir = mkdtempSync(join(tmpdir(), 'changesets-check-'));
  dirs.push(dir);
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const write = (file, text) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const manifest = (name, version, extra = {}) =>
    `${JSON.stringify({ name, version, ...extra }, null, 2)}\n`;
  const commit = (message) => {
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
  };
  const check = (env = {}) => {
    const result = spawnSync('node', [script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHANGESET_BASE: '', ...env },
    });
    return { code: result.status, out: result.stdout + result.stderr };
  };
  git('init', '-q', '-b', 'main');
  write('packages/core/package.json', manifest('@x/core', '0.1.0'));
  write('packages/core/src/a.ts', 'export const a = 1;\n');
  write('packages/react/package.json', manifest('@x/react', '0.1.0'));
  write('packages/react/src/b.tsx', 'export const b = 1;\n');
  write('packages/docs/package.json', manifest('@x/docs', '0.0.0', { private: true }));
  write('.changeset/config.json', '{}\n');
  commit('start');
  // A release: versions bumped, pending changesets consumed.
  write('packages/core/package.json', manifest('@x/core', '0.2.0'));
  commit('release');
  return { dir, git, write, manifest, commit, check };
}

const changeset = (front, summary = 'Something users notice.') =>
  `---\n${front}---\n\n${summary}\n`;

describe('check-changesets', () => {
  it('passes when nothing shipped changed since the last release', () => {
    const r = repo();
    r.write('packages/core/src/a.test.ts', 'test\n');
    r.write('packages/core/src/README.md', '# notes\n');
    r.write('packages/docs/src/page.ts', 'x\n');
    r.write('packages/core/package.json', r.manifest('@x/core', '0.2.0', { scripts: { a: 'b' } }));
    r.commit('tests, notes, a private package and scripts only');
    const { code, out } = r.check();
    assert.equal(code, 0, out);
    assert.match(out, /last release/);
  });

  it('fails naming the package whose source changed without a changeset', () => {
    const r = repo();
    r.write('packages/core/src/a.ts', 'export const a = 2;\n');
    r.commit('change core');
    const { code, out } = r.check();
    assert.equal(code, 1, out);
    assert.match(out, /@x\/core changed without a changeset: packages\/core\/src\/a\.ts/);
    assert.doesNotMatch(out, /@x\/react changed/);
  });

  it('passes once a changeset names the package, and fails for another package it does not name', () => {
    const r = repo();
    r.write('packages/core/src/a.ts', 'export const a = 2;\n');
    r.write('.changeset/core-a.md', changeset('"@x/core": patch\n'));
    r.commit('change core with a changeset');
    assert.equal(r.check().code, 0);
    r.write('packages/react/src/b.tsx', 'export const b = 2;\n');
    r.commit('change react');
    const { code, out } = r.check();
    assert.equal(code, 1, out);
    assert.match(out, /@x\/react changed without a changeset/);
  });

  it('counts dependency changes in package.json, and uncommitted files', () => {
    const r = repo();
    r.write(
      'packages/react/package.json',
      r.manifest('@x/react', '0.1.0', { dependencies: { d3: '^1' } }),
    );
    assert.equal(r.check().code, 1);
  });

  it('ignores changesets from before the base and accepts an empty changeset as a waiver', () => {
    const r = repo();
    r.write('.changeset/old.md', changeset('"@x/core": minor\n'));
    r.commit('old changeset');
    r.write('packages/core/package.json', r.manifest('@x/core', '0.3.0'));
    r.commit('release 0.3.0');
    // The old changeset file is still there (not consumed), but it predates the release.
    r.write('packages/core/src/a.ts', 'export const a = 3;\n');
    r.commit('change core');
    assert.equal(r.check().code, 1);
    r.write('.changeset/internal.md', changeset('', 'Refactor only.'));
    const { code, out } = r.check();
    assert.equal(code, 0, out);
    assert.match(out, /waived by empty changeset/);
  });

  it('uses CHANGESET_BASE, and the merge base with main on a branch', () => {
    const r = repo();
    const releaseCommit = r.git('rev-parse', 'HEAD');
    r.git('checkout', '-qb', 'feature');
    r.write('packages/core/src/a.ts', 'export const a = 4;\n');
    r.commit('feature change');
    const onBranch = r.check();
    assert.equal(onBranch.code, 1);
    assert.match(onBranch.out, /merge base of feature with main/);
    const withBase = r.check({ CHANGESET_BASE: 'HEAD' });
    assert.equal(withBase.code, 0, withBase.out);
    assert.match(withBase.out, /CHANGESET_BASE/);
    assert.equal(r.check({ CHANGESET_BASE: 'nope' }).code, 1);
    assert.equal(r.check({ CHANGESET_BASE: releaseCommit }).code, 1);
  });

  it('compares with the first commit while nothing was released', () => {
    const r = repo();
    const dir = mkdtempSync(join(tmpdir(), 'changesets-fresh-'));
    dirs.push(dir);
    execFileSync('git', ['clone', '-q', r.dir, dir]);
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: dir });
    const result = spawnSync('node', [script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHANGESET_BASE: '' },
    });
    assert.match(result.stdout, /first commit/);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
