import {
  ATTRIBUTION_MODEL_LABELS,
  type AttributionModelName,
  attribute,
  type DealAttribution,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';
import { type ReactNode, useMemo } from 'react';

const MODELS: AttributionModelName[] = [
  'first-touch',
  'lead-creation',
  'last-touch',
  'linear',
  'time-decay',
  'position-based',
  'u-shaped',
  'w-shaped',
  'full-path',
  'j-shaped',
  'inverse-j',
];

/** A won deal of the sample with a journey long enough to tell the models apart. */
function pictureData(): {
  models: { model: AttributionModelName; deal: DealAttribution }[];
  touches: string[];
} {
  const dataset = generateSampleDataset({ seed: 1, scale: 0.25 });
  const options = {
    asOf: SAMPLE_AS_OF,
    exchangeRates: { ...SAMPLE_EXCHANGE_RATES },
    reportingCurrency: 'USD',
  };
  const linear = attribute(dataset, { model: 'linear', ...options });
  const pick = linear.deals.find((d) => d.credits.length >= 6 && d.credits.length <= 8);
  if (pick === undefined) return { models: [], touches: [] };
  const touches = [...pick.credits]
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt))
    .map((c) => c.touchId);
  const models = MODELS.flatMap((model) => {
    const deal = attribute(dataset, { model, ...options }).deals.find(
      (d) => d.dealId === pick.dealId,
    );
    return deal ? [{ model, deal }] : [];
  });
  return { models, touches };
}

/**
 * The same won deal of the sample under each rule-based model: one row per model, one column
 * per touch in time order, the bar's height its share of the deal. Computed by the core when
 * the page opens, so the picture is the engine's, not a drawing of it.
 */
export function ModelPicture(): ReactNode {
  const { models, touches } = useMemo(pictureData, []);
  if (models.length === 0) return <p>No deal with six to eight touches in this sample.</p>;
  const first = models[0]?.deal;
  const cell = 72;
  const row = 40;
  const left = 150;
  const width = left + touches.length * cell;
  const height = 28 + models.length * row;
  const touch = new Map(first?.credits.map((c) => [c.touchId, c]));
  return (
    <figure style={{ margin: '1rem 0' }}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Credit shares of deal ${first?.dealName ?? ''} under ${models.length} models`}
        style={{ maxWidth: '100%', height: 'auto', fontFamily: 'system-ui, sans-serif' }}
        viewBox={`0 0 ${width} ${height}`}
      >
        {touches.map((id, i) => (
          <text
            key={id}
            x={left + i * cell + cell / 2}
            y={14}
            fontSize={11}
            textAnchor="middle"
            fill="currentColor"
          >
            {`#${i + 1} ${(touch.get(id)?.channel ?? '').replace(/_/g, ' ').slice(0, 10)}`}
          </text>
        ))}
        {models.map(({ model, deal }, r) => {
          const weights = new Map(deal.credits.map((c) => [c.touchId, c.weight]));
          const y = 24 + r * row;
          return (
            <g key={model}>
              <text x={0} y={y + row / 2 + 4} fontSize={12} fill="currentColor">
                {ATTRIBUTION_MODEL_LABELS[model]}
              </text>
              {touches.map((id, i) => {
                const w = weights.get(id) ?? 0;
                const h = Math.max(w > 0 ? 2 : 0, w * (row - 14));
                return (
                  <g key={id}>
                    <rect
                      x={left + i * cell + 8}
                      y={y + row - 12 - h}
                      width={cell - 16}
                      height={h}
                      fill="#0072B2"
                    />
                    <text
                      x={left + i * cell + cell / 2}
                      y={y + row - 1}
                      fontSize={10}
                      textAnchor="middle"
                      fill="currentColor"
                    >
                      {w === 0 ? '·' : `${Math.round(w * 1000) / 10}%`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: '0.875rem' }}>
        Deal “{first?.dealName}” of the sample (seed 1, scale 0.25): its {touches.length} credited
        touches in time order, and the share each model gives them.
      </figcaption>
    </figure>
  );
}
