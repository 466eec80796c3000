#!/usr/bin/env node
// Runs after the build (`pnpm build`): writes what the package ships besides code, from the
// built code itself so it cannot drift from the schemas:
//   dist/dataset.schema.json  JSON Schema (draft 2020-12) of a Dataset as parseDataset takes it
//   dist/templates/<entity>.csv  an empty CSV per entity: the header row readCsvText expects
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { csvColumns } from '../dist/csv/index.mjs';
// The entity schemas are internal (not exported from the root): read the built module.
import { ENTITY_NAMES, ENTITY_SCHEMAS } from '../dist/model/dataset.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const { version } = JSON.parse(
  await readFile(join(import.meta.dirname, '../package.json'), 'utf8'),
);

const dataset = z.object(
  Object.fromEntries(
    ENTITY_NAMES.map((entity) => [entity, z.array(ENTITY_SCHEMAS[entity]).optional()]),
  ),
);
const schema = {
  ...z.toJSONSchema(dataset, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
  $id: `https://unpkg.com/@closedloop/core@${version}/dist/dataset.schema.json`,
  title: 'closedloop Dataset',
  description:
    'A dataset as @closedloop/core parseDataset() takes it: one array per entity, every key optional. ' +
    'parseDataset also checks references between records and reports each rejected record with its reason.',
};
await writeFile(join(dist, 'dataset.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

await mkdir(join(dist, 'templates'), { recursive: true });
for (const entity of ENTITY_NAMES) {
  const header = csvColumns(entity).map((column) => column.name);
  await writeFile(join(dist, 'templates', `${entity}.csv`), `${header.join(',')}\n`);
}
console.log(
  `wrote dist/dataset.schema.json and ${ENTITY_NAMES.length} CSV templates in dist/templates`,
);
