// Checks the JSON Schema the core ships (dist/dataset.schema.json) against the data it
// describes: the sample dataset, as JSON, must validate, and a record with a wrong type must
// not, so the schema can neither reject real data nor accept anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { root } from './lib/pack.mjs';

const dist = join(root, 'packages/core/dist');
const schema = JSON.parse(readFileSync(join(dist, 'dataset.schema.json'), 'utf8'));
const { generateSampleDataset } = await import(join(dist, 'sample/index.mjs'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const sample = JSON.parse(JSON.stringify(generateSampleDataset({ seed: 1, scale: 0.2 })));
if (!validate(sample)) {
  console.error('dataset.schema.json rejects the sample dataset:', validate.errors?.slice(0, 10));
  process.exit(1);
}
const breakages = {
  'a numeric amount': (d) => {
    d.deals.find((deal) => deal.amount).amount.amount = 1250;
  },
  'a date that is not one': (d) => {
    d.touchpoints[0].occurredAt = 'yesterday';
  },
  'a touchpoint without an id': (d) => {
    delete d.touchpoints[0].id;
  },
};
for (const [what, breakIt] of Object.entries(breakages)) {
  const broken = structuredClone(sample);
  breakIt(broken);
  if (validate(broken)) {
    console.error(`dataset.schema.json accepts ${what}`);
    process.exit(1);
  }
}
const counts = Object.entries(sample).map(([entity, records]) => `${records.length} ${entity}`);
console.log(
  `dataset schema: the sample validates (${counts.join(', ')}); records with ${Object.keys(breakages).join(', ')} do not`,
);
