import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import expired from './__fixtures__/401-expired-authentication.json';
import tenSecondly from './__fixtures__/429-ten-secondly-rolling.json';
import contact from './__fixtures__/contact-with-propertiesWithHistory.json';
import { HubSpotFake } from './hubspot-fake';

// Guide §9.1 contract check: what the fake serves has the shape of the real payloads.
let fake: HubSpotFake;
afterEach(() => fake?.close());

interface Served {
  readonly properties: object;
  readonly propertiesWithHistory: { readonly lifecyclestage: object[] };
}

const keys = (value: unknown) => Object.keys(value as object).sort();

describe('the fake’s payloads are shape-equal to real HubSpot payloads', () => {
  it('a contact with property history', async () => {
    fake = await HubSpotFake.start({ dataset: tinyCrmDataset() });
    const response = await fetch(
      `${fake.url}/crm/v3/objects/contacts?limit=1&propertiesWithHistory=lifecyclestage`,
      {
        headers: { authorization: `Bearer ${fake.staticToken}` },
      },
    );
    const served = ((await response.json()) as { results: [Served] }).results[0];
    expect(keys(served)).toEqual(keys(contact));
    expect(keys(served.properties)).toEqual(
      expect.arrayContaining(['createdate', 'hs_object_id', 'lastmodifieddate']),
    );
    const realEntry = contact.propertiesWithHistory.is_verified[0] as object;
    for (const entry of served.propertiesWithHistory.lifecyclestage) {
      expect(keys(realEntry)).toEqual(expect.arrayContaining(keys(entry)));
    }
  });

  it('the 429 and 401 bodies', async () => {
    fake = await HubSpotFake.start({ dataset: tinyCrmDataset(), limits: { perTenSeconds: 1 } });
    const get = (token: string) =>
      fetch(`${fake.url}/crm/v3/owners`, { headers: { authorization: `Bearer ${token}` } }).then(
        (response) => response.json(),
      );
    await get(fake.staticToken);
    expect(keys(await get(fake.staticToken))).toEqual(keys(tenSecondly));
    const token = fake.issueAccessToken(1);
    fake.clock.advance(10_000);
    expect(keys(await get(token))).toEqual(keys(expired));
  });
});
