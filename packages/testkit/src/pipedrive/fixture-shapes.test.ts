import { generateSampleDataset } from '@closedloop/core/sample';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import changelog from './__fixtures__/v1-get-deal-changelog.json';
import leads from './__fixtures__/v1-get-leads.json';
import activities from './__fixtures__/v2-get-activities.json';
import deals from './__fixtures__/v2-get-deals.json';
import organizations from './__fixtures__/v2-get-organizations.json';
import persons from './__fixtures__/v2-get-persons.json';
import pipelines from './__fixtures__/v2-get-pipelines.json';
import stages from './__fixtures__/v2-get-stages.json';
import { PipedriveFake } from './pipedrive-fake';

// The fake's records carry the spec examples' keys with the same JSON types (null allowed
// on either side: unset fields).
let fake: PipedriveFake;
beforeAll(async () => {
  fake = await PipedriveFake.start({ dataset: generateSampleDataset({ seed: 1, scale: 0.05 }) });
});
afterAll(() => fake.close());

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

async function first(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${fake.url}${path}`, { headers: { 'x-api-token': fake.apiToken } });
  const body = (await response.json()) as { success: boolean; data: Record<string, unknown>[] };
  expect(body.success).toBe(true);
  return body.data[0] as Record<string, unknown>;
}

// Fields the fake leaves out: Contact-Sync-only person fields, and the example's stray `org_id` on an organization.
const OPTIONAL = new Set([
  'notes',
  'im',
  'birthday',
  'postal_address',
  'org_id',
  'conference_meeting_client',
  'conference_meeting_url',
  'conference_meeting_id',
  'is_archived',
]);

describe.each([
  ['/api/v2/deals', deals.data[0]],
  ['/api/v2/persons', persons.data[0]],
  ['/api/v2/organizations', organizations.data[0]],
  ['/api/v2/activities', activities.data[0]],
  ['/api/v2/pipelines', pipelines.data[0]],
  ['/api/v2/stages', stages.data[0]],
  ['/v1/leads', leads.data[0]],
  ['/v1/deals/3/changelog', changelog.data[0]],
])('%s', (path, example) => {
  it('has the spec example’s keys with the same types', async () => {
    const record = await first(path);
    for (const [key, value] of Object.entries(example as Record<string, unknown>)) {
      if (OPTIONAL.has(key) && !(key in record)) continue;
      expect(record, key).toHaveProperty(key);
      const actual = typeOf(record[key]);
      if (actual !== 'null' && value !== null)
        expect(`${key}: ${actual}`).toBe(`${key}: ${typeOf(value)}`);
    }
  });
});
