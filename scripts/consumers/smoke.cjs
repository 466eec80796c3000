// Loads every public entry with require(), as a CommonJS app would, and runs the computations.
const run = require('./computations.cjs');

run({
  React: require('react'),
  server: require('react-dom/server'),
  core: require('@closedloop/core'),
  sample: require('@closedloop/core/sample'),
  csv: require('@closedloop/core/csv'),
  hubspot: require('@closedloop/core/hubspot'),
  salesforce: require('@closedloop/core/salesforce'),
  pipedrive: require('@closedloop/core/pipedrive'),
  transport: require('@closedloop/core/transport'),
  widgets: require('@closedloop/react'),
  // The testkit (and its vitest peer) is installed in one of the apps only.
  testkit: process.env.CLOSEDLOOP_TESTKIT === '1' ? require('@closedloop/testkit') : null,
}).then(
  (done) => console.log(`  ${process.version} require(): ${done.join(', ')}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
