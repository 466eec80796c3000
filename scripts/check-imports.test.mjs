// Runs check-imports.mjs on a fixture package laid out like the core's per-module build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';

const script = join(import.meta.dirname, 'check-imports.mjs');
const dirs = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function fixture({ sideEffects = false, decimal = '', funnel = '', files = {} } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'check-imports-'));
  dirs.push(root);
  const write = (file, text) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('packages/core/package.json', JSON.stringify({ name: 'core', sideEffects }));
  write(
    'packages/core/dist/index.mjs',
    'export * from "./money/index.mjs";\nexport * from "./funnel/index.mjs";\n',
  );
  write(
    'packages/core/dist/money/index.mjs',
    'import { formatScaled } from "./decimal.mjs";\nexport {\n  formatScaled\n};\n',
  );
  write(
    'packages/core/dist/money/decimal.mjs',
    `${decimal}function formatScaled(d, s) {\n  return (Number(d) / 10 ** s).toFixed(s);\n}\nexport {\n  formatScaled\n};\n`,
  );
  write('packages/core/dist/funnel/index.mjs', 'export { funnel } from "./funnel.mjs";\n');
  write(
    'packages/core/dist/funnel/funnel.mjs',
    `${funnel}globalThis.registry = new Map([["funnel", 1]]);\nfunction funnel() {\n  return globalThis.registry.size;\n}\nexport {\n  funnel\n};\n`,
  );
  for (const [file, text] of Object.entries(files)) write(file, text);
  write(
    '.size-limit.json',
    JSON.stringify([
      { name: 'f', path: 'packages/core/dist/index.mjs', import: '{ formatScaled }' },
      ...(funnel
        ? [{ name: 'g', path: 'packages/core/dist/index.mjs', import: '{ funnel }' }]
        : []),
    ]),
  );
  const result = spawnSync('node', [script], {
    encoding: 'utf8',
    env: { ...process.env, CHECK_IMPORTS_ROOT: root },
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('check-imports', () => {
  it('passes when a function pulls only its own module', () => {
    const { code, out } = fixture();
    assert.equal(code, 0, out);
    assert.match(out, /formatScaled \(money\/decimal\.mjs\): 1 modules/);
  });

  it('fails when modules with side effects are kept (no sideEffects: false)', () => {
    const { code, out } = fixture({ sideEffects: true });
    assert.equal(code, 1, out);
    assert.match(out, /funnel\/funnel\.mjs \(not imported by money\/decimal\.mjs\)/);
  });

  it('fails when a function imports another analysis', () => {
    const { code, out } = fixture({
      decimal: 'import { funnel } from "../funnel/funnel.mjs";\nfunnel();\n',
    });
    assert.equal(code, 1, out);
    assert.match(out, /funnel\/funnel\.mjs \(funnel\)/);
  });

  it('fails when an analysis bundles the record schemas of the Dataset', () => {
    const { code, out } = fixture({
      funnel: 'import { Person } from "../model/people.mjs";\nglobalThis.schema = Person;\n',
      files: { 'packages/core/dist/model/people.mjs': 'export const Person = { kind: 1 };\n' },
    });
    assert.equal(code, 1, out);
    assert.match(out, /model\/people\.mjs \(forbidden for funnel\)/);
  });

  it('fails when a bundle holds classic zod', () => {
    const classic = 'packages/core/node_modules/zod/v4/classic/schemas.js';
    const { code, out } = fixture({
      funnel: 'import { string } from "zod";\nglobalThis.schema = string();\n',
      files: {
        'packages/core/node_modules/zod/package.json': JSON.stringify({
          name: 'zod',
          type: 'module',
          exports: { '.': './v4/classic/schemas.js' },
        }),
        [classic]: 'export function string() {\n  return { type: "string" };\n}\n',
      },
    });
    assert.equal(code, 1, out);
    assert.match(out, /zod\/v4\/classic\/schemas\.js \(zod beyond zod\/mini\)/);
  });
});
