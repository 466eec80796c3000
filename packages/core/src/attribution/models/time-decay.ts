import { timeZoneOffset } from '../../time/zoned-midnight';
import { formatNumber, formatPercent } from '../format';
import {
  calendarGapDays,
  DAY_MS,
  exactGapDays,
  timeDecayUnits,
  timeDecayWeights,
} from '../rules/time-decay';
import { defineModel } from './model';

function offsetOf(epochMs: number, timeZone: string): number {
  return timeZone === 'UTC' ? 0 : timeZoneOffset(epochMs, timeZone);
}

/** `time-decay`: `2^(−Δt / half-life)` of each touch's gap to the conversion, normalised. */
export const timeDecayModel = defineModel<{ gaps: number[]; raw: number[] }>('time-decay', {
  positionWords: 'recency weighting',
  weigh({ index, journey, deal, options }) {
    const n = journey.length;
    const gaps: number[] = new Array(n);
    // The same gaps as integers (ms, or calendar days) for the exact weights.
    const whole: number[] = new Array(n);
    const calendar = options.timeDecayUnit === 'calendar-days';
    const convOffset = calendar ? offsetOf(deal.convertedAt, options.timeZone) : 0;
    for (let k = 0; k < n; k++) {
      const t = index.time[journey[k] ?? 0] ?? 0;
      if (calendar) {
        gaps[k] = calendarGapDays(t, offsetOf(t, options.timeZone), deal.convertedAt, convOffset);
        whole[k] = gaps[k] as number;
      } else {
        gaps[k] = exactGapDays(t, deal.convertedAt);
        whole[k] = deal.convertedAt - t;
      }
    }
    const decay = timeDecayWeights(gaps, options.halfLifeDays);
    const units = timeDecayUnits(
      whole,
      calendar ? 1 : DAY_MS,
      options.halfLifeDays,
      decay.relative,
    );
    return { weights: decay.weights, units, detail: { gaps, raw: decay.raw } };
  },
  explain(ctx, detail, k, label) {
    const gap = detail.gaps[k] ?? 0;
    const unit = ctx.options.timeDecayUnit === 'calendar-days' ? 'calendar days' : 'days';
    return `${label} (half-life ${formatNumber(ctx.options.halfLifeDays)} days): ${formatNumber(gap, 2)} ${unit} before ${ctx.eventWords} — 2^(−${formatNumber(gap, 2)}/${formatNumber(ctx.options.halfLifeDays)}) = ${formatNumber(detail.raw[k] ?? 0)}, normalised — ${formatPercent(ctx.weights.modelWeights[k] ?? 0)}`;
  },
});
