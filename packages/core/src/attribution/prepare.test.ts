import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts } from './__fixtures__/inspect';
import { attribute } from './attribute';
import { preparedDatasetOf } from './prepare';

const data = () =>
  dataset({
    people: [person('p1', '2026-03-01T09:00:00Z')],
    touchpoints: [
      touch('a', 'p1', '2026-03-01T09:00:00Z', 'organic_search'),
      touch('b', 'p1', '2026-03-10T09:00:00Z', 'paid_social'),
    ],
    deals: [
      deal('d1', ['p1'], { createdAt: '2026-04-01T09:00:00Z', closedAt: '2026-05-01T09:00:00Z' }),
    ],
  });

/** A parsed touchpoint to add to a dataset already built. */
const parsedTouch = () =>
  dataset({
    people: [person('p1', '2026-03-01T09:00:00Z')],
    touchpoints: [touch('c', 'p1', '2026-03-20T09:00:00Z', 'email')],
  }).touchpoints[0] as Dataset['touchpoints'][number];

describe('preparedDatasetOf', () => {
  it('indexes a dataset once and reuses the index on later calls', () => {
    const d = data();
    expect(preparedDatasetOf(d)).toBe(preparedDatasetOf(d));
    expect(preparedDatasetOf(d)).not.toBe(preparedDatasetOf(data()));
  });

  it('indexes again when an array was replaced or has grown', () => {
    const d = data();
    const first = preparedDatasetOf(d);
    d.touchpoints = [...d.touchpoints];
    const second = preparedDatasetOf(d);
    expect(second).not.toBe(first);
    d.touchpoints.push(parsedTouch());
    const grown = attribute(d, { asOf: AS_OF, model: 'linear' });
    expect(Object.keys(amounts(grown)).sort()).toEqual(['a', 'b', 'c']);
    expect(grown).toEqual(attribute(structuredClone(d), { asOf: AS_OF, model: 'linear' }));
  });

  it('gives the same answers on a reused index as on a fresh one, for every filter', () => {
    const d = data();
    const linear = attribute(d, { asOf: AS_OF, model: 'linear' });
    const social = attribute(d, { asOf: AS_OF, model: 'linear', excludeChannels: ['paid_social'] });
    expect(attribute(d, { asOf: AS_OF, model: 'linear' })).toEqual(linear);
    expect(
      attribute(d, { asOf: AS_OF, model: 'linear', excludeChannels: ['paid_social'] }),
    ).toEqual(social);
    expect(amounts(social)).toEqual({ a: '100.00' });
  });
});

describe('preparedDatasetOf with a filtered copy', () => {
  it('does not answer a dataset with other deals from the original’s index', () => {
    const d = data();
    d.deals.push({ ...(d.deals[0] as Dataset['deals'][number]), id: 'd2' });
    const all = attribute(d, { asOf: AS_OF, model: 'linear' });
    const alone = attribute(
      { ...d, deals: d.deals.filter((x) => x.id === 'd2') },
      { asOf: AS_OF, model: 'linear' },
    );
    expect(all.deals.map((x) => x.dealId)).toEqual(['d1', 'd2']);
    expect(alone.deals.map((x) => x.dealId)).toEqual(['d2']);
  });
});
