// Installs the packed packages into throwaway apps, as a user's app would get them, and runs
// every public entry from CommonJS and from ESM on each Node version (the current one, 22, 24)
// under React 18 and React 19. Installs run under Node 22 and 24 and fail on any engine
// warning (EBADENGINE): those are the versions the packages declare in `engines`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRuntimes, npmCli } from './lib/node-runtimes.mjs';
import { pack } from './lib/pack.mjs';

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'closedloop-consumers-'));
const runtimes = nodeRuntimes();
const byMajor = (major) => runtimes.find((r) => r.major === major);

/** Runs npm install under the given Node and fails on engine warnings. */
function install(app, runtime) {
  const result = spawnSync(
    runtime.bin,
    [npmCli(), 'install', '--no-audit', '--no-fund', '--loglevel=warn'],
    { cwd: app, encoding: 'utf8' },
  );
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`npm install failed in ${app} on ${runtime.version}`);
  if (/EBADENGINE|Unsupported engine/.test(result.stderr)) {
    throw new Error(`npm install on ${runtime.version} printed an engine warning (above)`);
  }
}

try {
  const tarballs = Object.fromEntries(
    ['core', 'react', 'testkit'].map((name) => [name, pack(name, join(work, 'tarballs'))]),
  );
  const apps = [
    // The testkit (a vitest peer: a large install) in one app; its fakes serve the adapters.
    { react: '18.3.1', installOn: byMajor(24), testkit: false },
    { react: '19.3.1', installOn: byMajor(22), testkit: true },
  ];
  for (const { react, installOn, testkit } of apps) {
    const app = join(work, `react-${react}`);
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        private: true,
        dependencies: {
          '@closedloop/core': `file:${tarballs.core}`,
          '@closedloop/react': `file:${tarballs.react}`,
          react,
          'react-dom': react,
          ...(testkit && {
            '@closedloop/testkit': `file:${tarballs.testkit}`,
            // The testkit's peer: its conformance suite registers vitest tests.
            vitest: '4.1.12',
          }),
        },
        // The packed react and testkit depend on core by version; use the local tarball.
        overrides: { '@closedloop/core': `file:${tarballs.core}` },
      }),
    );
    install(app, installOn);
    for (const file of ['computations.cjs', 'smoke.cjs', 'smoke.mjs']) {
      copyFileSync(join(import.meta.dirname, 'consumers', file), join(app, file));
    }
    console.log(`React ${react} (installed with npm on Node ${installOn.version}):`);
    for (const runtime of runtimes) {
      for (const smoke of ['smoke.cjs', 'smoke.mjs']) {
        execFileSync(runtime.bin, [smoke], {
          cwd: app,
          stdio: 'inherit',
          env: { ...process.env, CLOSEDLOOP_TESTKIT: testkit ? '1' : '0' },
        });
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const versions = runtimes.map((r) => r.version).join(', ');
  console.log(
    `consumers: Node ${versions} × React ${apps.map((a) => a.react).join(', ')} ok in ${seconds} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
