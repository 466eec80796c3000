// Installs the packed packages into throwaway apps — React 18 and React 19, CommonJS and
// ESM — and server-renders a widget from each, the way a user's app would load them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'closedloop-consumers-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

function pack(pkg) {
  const out = join(work, 'tarballs', pkg);
  mkdirSync(out, { recursive: true });
  run('pnpm', ['pack', '--pack-destination', out], join(root, 'packages', pkg));
  return join(out, readdirSync(out)[0]);
}

const smoke = (load) => `
${load}
const dataset = sample.generateSampleDataset({ seed: 1 });
const goal = dataset.goals.find((g) => g.metric === 'revenue');
const progress = core.goalProgress(dataset, goal, { asOf: sample.SAMPLE_AS_OF, exchangeRates: sample.SAMPLE_EXCHANGE_RATES });
const html = server.renderToString(React.createElement(widgets.GoalMeter, { title: 'Revenue', progress }));
if (!html.includes('role="meter"')) throw new Error('GoalMeter did not render a meter: ' + html.slice(0, 200));
console.log('  ' + process.argv[1].split('/').pop() + ' with React ' + React.version + ': ok');
`;
const cjs = smoke(`const React = require('react');
const server = require('react-dom/server');
const core = require('@closedloop/core');
const sample = require('@closedloop/core/sample');
const widgets = require('@closedloop/react');`);
const esm = smoke(`import * as React from 'react';
import * as server from 'react-dom/server';
import * as core from '@closedloop/core';
import * as sample from '@closedloop/core/sample';
import * as widgets from '@closedloop/react';`);

try {
  const core = pack('core');
  const react = pack('react');
  for (const version of ['18.3.1', '19.3.1']) {
    const app = join(work, `react-${version}`);
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        private: true,
        dependencies: {
          '@closedloop/core': `file:${core}`,
          '@closedloop/react': `file:${react}`,
          react: version,
          'react-dom': version,
        },
        // The packed react tarball depends on core by version; point it at the local tarball.
        overrides: { '@closedloop/core': `file:${core}` },
      }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
    writeFileSync(join(app, 'smoke.cjs'), cjs);
    writeFileSync(join(app, 'smoke.mjs'), esm);
    process.stdout.write(run('node', ['smoke.cjs'], app));
    process.stdout.write(run('node', ['smoke.mjs'], app));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
