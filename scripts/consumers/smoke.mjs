// Loads every public entry with import, as an ES module app would, and runs the computations.
import * as core from '@closedloop/core';
import * as csv from '@closedloop/core/csv';
import * as hubspot from '@closedloop/core/hubspot';
import * as pipedrive from '@closedloop/core/pipedrive';
import * as salesforce from '@closedloop/core/salesforce';
import * as sample from '@closedloop/core/sample';
import * as transport from '@closedloop/core/transport';
import * as widgets from '@closedloop/react';
import * as React from 'react';
import * as server from 'react-dom/server';
import run from './computations.cjs';

// The testkit (and its vitest peer) is installed in one of the apps only: CLOSEDLOOP_TESTKIT=1.
const testkit = process.env.CLOSEDLOOP_TESTKIT === '1' ? await import('@closedloop/testkit') : null;

const done = await run({
  React,
  server,
  core,
  sample,
  csv,
  hubspot,
  salesforce,
  pipedrive,
  transport,
  widgets,
  testkit,
});
console.log(`  ${process.version} import: ${done.join(', ')}`);
