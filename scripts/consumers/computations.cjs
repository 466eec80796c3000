// The computations every consumer runs, from CommonJS and from ESM alike: each public entry
// of the packed packages does real work on the sample, and the results are checked, so a
// broken build, a missing export or a wrong interop fails here as it would in a user's app.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');

/** Syncs a small sample through one CRM adapter against the testkit's fake of that CRM. */
async function syncThroughFake(name, fake, adapter, core, parse) {
  try {
    const { dataset, counts, stats } = await core.collectDataset(adapter, parse);
    assert.ok(stats.fetched > 0, `${name}: the adapter fetched nothing`);
    assert.ok(dataset.people.length > 0, `${name}: no people came through`);
    assert.ok(counts.deals.kept > 0, `${name}: no deals came through`);
    return `${name} ${stats.fetched} records`;
  } finally {
    await fake.close();
  }
}

module.exports = async function run(m) {
  const {
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
  } = m;
  const done = [];

  // @closedloop/core/sample and @closedloop/core: the README's first lines of use.
  const full = sample.generateSampleDataset({ seed: 1, scale: 0.2 });
  const parsed = core.parseDataset(JSON.parse(JSON.stringify(full)), {
    lifecycleStages: sample.SAMPLE_LIFECYCLE_STAGES,
  });
  assert.equal(parsed.rejected.length, 0, 'parseDataset rejected sample records');
  assert.equal(parsed.dataset.deals.length, full.deals.length);
  const dataset = parsed.dataset;
  const goal = dataset.goals.find((g) => g.metric === 'revenue');
  const progress = core.goalProgress(dataset, goal, {
    asOf: sample.SAMPLE_AS_OF,
    exchangeRates: sample.SAMPLE_EXCHANGE_RATES,
  });
  assert.ok(Number(progress.actual) > 0, `goalProgress: actual ${progress.actual}`);
  const attribution = core.attribute(dataset, {
    model: 'w-shaped',
    asOf: sample.SAMPLE_AS_OF,
    reportingCurrency: 'USD',
    exchangeRates: sample.SAMPLE_EXCHANGE_RATES,
  });
  assert.ok(attribution.totals.attributedDeals > 0, 'attribute credited no deal');
  const handoff = core.handoff(dataset, {
    asOf: sample.SAMPLE_AS_OF,
    businessHours: { timeZone: 'America/New_York' },
  });
  assert.equal(handoff.ledger.length, handoff.counts.mqls);
  assert.equal(core.formatScaled(123456n, 2), '1234.56');
  done.push(
    `core (${dataset.deals.length} deals, ${attribution.totals.attributedDeals} attributed, ` +
      `${handoff.counts.mqls} MQLs)`,
  );

  // @closedloop/core/csv: write every entity, read it back, and get the same dataset.
  const files = csv.datasetToCsv(full);
  const input = Object.fromEntries(
    Object.entries(files).map(([entity, text]) => [entity, csv.csvToRecords(entity, text).records]),
  );
  const roundTrip = core.parseDataset(input, { lifecycleStages: sample.SAMPLE_LIFECYCLE_STAGES });
  assert.equal(roundTrip.rejected.length, 0, 'CSV round trip rejected records');
  assert.deepEqual(roundTrip.dataset, full, 'CSV round trip changed the dataset');
  // The Dataset JSON Schema and the CSV templates the package ships match the code.
  const schema = require('@closedloop/core/dataset.schema.json');
  for (const [entity, text] of Object.entries(files)) {
    assert.ok(schema.properties[entity], `dataset.schema.json has no ${entity}`);
    const template = readFileSync(
      require.resolve(`@closedloop/core/templates/${entity}.csv`),
      'utf8',
    );
    assert.equal(template.trim(), text.split('\n')[0].trim(), `templates/${entity}.csv header`);
  }
  done.push('csv round trip, schema and templates');

  // @closedloop/core/transport: the retry rules every adapter follows.
  assert.equal(transport.parseRetryAfter('120', 0), 120_000);
  assert.equal(transport.parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 1000), 4000);
  assert.equal(transport.classifyStatus(429), 'rate_limit');
  done.push('transport');

  // Adapters against the testkit's fakes on loopback: a real HTTP sync through each subpath.
  if (testkit) {
    const tiny = testkit.tinyCrmDataset();
    const stages = ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'];
    const parse = { lifecycleStages: stages };
    const hubspotFake = await testkit.HubSpotFake.start({ dataset: tiny });
    done.push(
      await syncThroughFake(
        'hubspot',
        hubspotFake,
        hubspot.createHubSpotAdapter({
          baseUrl: hubspotFake.url,
          auth: { type: 'token', token: hubspotFake.staticToken },
        }),
        core,
        parse,
      ),
    );
    const salesforceData = testkit.salesforceShapedDataset(tiny);
    const salesforceFake = await testkit.SalesforceFake.start({ dataset: salesforceData });
    done.push(
      await syncThroughFake(
        'salesforce',
        salesforceFake,
        salesforce.createSalesforceAdapter({
          instanceUrl: salesforceFake.url,
          auth: { type: 'token', token: salesforceFake.issueSessionId(Number.POSITIVE_INFINITY) },
          pipelineName: salesforceData.pipelines[0].name,
          mapping: { lifecycleField: 'Lifecycle_Stage__c' },
        }),
        core,
        parse,
      ),
    );
    const pipedriveFake = await testkit.PipedriveFake.start({ dataset: tiny });
    done.push(
      await syncThroughFake(
        'pipedrive',
        pipedriveFake,
        pipedrive.createPipedriveAdapter({
          baseUrl: pipedriveFake.url,
          auth: { type: 'token', token: pipedriveFake.apiToken },
          mapping: { personLabels: Object.fromEntries(stages.map((s) => [s, s])) },
        }),
        core,
        parse,
      ),
    );
  } else {
    for (const create of [
      hubspot.createHubSpotAdapter,
      salesforce.createSalesforceAdapter,
      pipedrive.createPipedriveAdapter,
    ]) {
      assert.equal(typeof create, 'function');
    }
    done.push('adapter entries loaded (their syncs run in the app with the testkit)');
  }

  // @closedloop/react: server-render a widget with the computed progress.
  const html = server.renderToString(
    React.createElement(widgets.GoalMeter, { title: 'Revenue', progress }),
  );
  assert.ok(html.includes('role="meter"'), `GoalMeter rendered no meter: ${html.slice(0, 200)}`);
  done.push(`react GoalMeter with React ${React.version}`);
  return done;
};
