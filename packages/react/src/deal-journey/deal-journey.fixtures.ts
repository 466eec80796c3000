import {
  type AttributionModelName,
  type AttributionResult,
  attribute,
  type Credit,
  type Dataset,
  type DealAttribution,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';
import { dealJourneyData } from './journey-data';
import type { JourneyContact, JourneyTouch } from './journey-model';

const datasets = new Map<string, Dataset>();
const results = new Map<string, AttributionResult>();

function sampleDataset(seed: number, scale: number): Dataset {
  const key = `${seed}|${scale}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = generateSampleDataset({ seed, scale });
    datasets.set(key, dataset);
  }
  return dataset;
}

/** `attribute` on the embedded sample company (won deals, USD), memoised. */
export function sampleAttribution(
  options: { seed?: number; scale?: number; model?: AttributionModelName } = {},
): { dataset: Dataset; result: AttributionResult } {
  const { seed = 1, scale = 1, model = 'w-shaped' } = options;
  const dataset = sampleDataset(seed, scale);
  const key = `${seed}|${scale}|${model}`;
  let result = results.get(key);
  if (!result) {
    result = attribute(dataset, {
      model,
      asOf: SAMPLE_AS_OF,
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    });
    results.set(key, result);
  }
  return { dataset, result };
}

/** A deal of the sample with its contacts and excluded touches, ready for `DealJourney`. */
export interface SampleJourney {
  deal: DealAttribution;
  contacts: JourneyContact[];
  touches: JourneyTouch[];
}

/**
 * A typical sample deal under the model: the one whose buying group and journey are closest
 * to `contacts` contacts and `touches` credited touches (default 4 and 20).
 */
export function sampleJourney(
  options: {
    model?: AttributionModelName;
    contacts?: number;
    touches?: number;
    seed?: number;
  } = {},
): SampleJourney {
  const { contacts = 4, touches = 20, ...rest } = options;
  const { dataset, result } = sampleAttribution(rest);
  let best: DealAttribution | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const deal of result.deals) {
    if (deal.credits.length === 0) continue;
    const people = new Set(deal.credits.map((c) => c.personId)).size;
    const score = Math.abs(people - contacts) * 10 + Math.abs(deal.credits.length - touches);
    if (score < bestScore) {
      best = deal;
      bestScore = score;
    }
  }
  if (!best) throw new Error('the sample has no credited deal');
  return { deal: best, ...dealJourneyData(dataset, best) };
}

/**
 * A synthetic deal of `contacts` contacts × `perContact` touches over a year, each touch
 * linear credit, every tenth excluded (for the large-data story and the Chromium bench).
 */
export function largeJourney(contacts: number, perContact: number): SampleJourney {
  const start = Date.UTC(2025, 0, 1);
  const span = 365 * 24 * 3600 * 1000;
  const channels = ['paid_search', 'email', 'content', 'webinar', 'events', 'paid_social'];
  const credits: Credit[] = [];
  const excluded: DealAttribution['excluded'] = [];
  const touches: JourneyTouch[] = [];
  const people: JourneyContact[] = [];
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
    return seed / 2147483647;
  };
  const total = contacts * perContact;
  const credited = total - Math.floor(total / 10);
  for (let c = 0; c < contacts; c++) {
    const personId = `p${c}`;
    people.push({ id: personId, name: `Contact ${c + 1}`, role: c % 3 === 0 ? 'Champion' : null });
    for (let t = 0; t < perContact; t++) {
      const id = `t${c}-${t}`;
      const occurredAt = new Date(start + Math.floor(random() * span)).toISOString();
      const channel = channels[(c + t) % channels.length] as string;
      if ((c * perContact + t) % 10 === 9) {
        excluded.push({
          dealId: 'd',
          touchId: id,
          reason: 'duplicate',
          explanation: 'a duplicate of an earlier touch',
        });
        touches.push({ id, occurredAt, personId, channel, type: 'page_view', title: null });
        continue;
      }
      credits.push({
        dealId: 'd',
        touchId: id,
        personId,
        occurredAt,
        channel: channel as Credit['channel'],
        campaignId: null,
        type: 'page_view',
        origin: 'online',
        title: null,
        weight: 1 / credited,
        amount: '10.00',
        reportingAmount: '10.00',
        position: 'linear',
        explanation: 'Linear: equal share per touch',
      });
    }
  }
  credits.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  const deal: DealAttribution = {
    dealId: 'd',
    dealName: 'Large deal',
    convertedAt: new Date(start + span).toISOString(),
    amount: (credited * 10).toFixed(2),
    currency: 'USD',
    reportingAmount: (credited * 10).toFixed(2),
    journeyLength: credits.length,
    unattributed: null,
    pendingWeight: 0,
    pendingAmount: null,
    pendingReportingAmount: null,
    anchors: [],
    credits,
    excluded,
  };
  return { deal, contacts: people, touches };
}
