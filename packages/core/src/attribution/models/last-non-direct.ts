import { lastNonDirectPosition } from '../rules/last-non-direct';
import { defineModel } from './model';

/** `last-non-direct`: 100% to the last touch whose channel is not direct. */
export const lastNonDirectModel = defineModel<{ position: number; allDirect: boolean }>(
  'last-non-direct',
  {
    positionWords: 'last non-direct touch',
    weigh({ index, journey, options }) {
      const channels = journey.map((i) => index.touches[i]?.channel ?? 'unknown');
      const direct = new Set<string>(options.directChannels);
      const position = lastNonDirectPosition(channels, direct, options.allDirect);
      if (position < 0) return { unattributed: 'all-direct', placements: [] };
      const weights = new Array<number>(journey.length).fill(0);
      weights[position] = 1;
      const touches = new Array<bigint>(journey.length).fill(0n);
      touches[position] = 1n;
      return {
        weights,
        units: { touches, pending: 0n },
        detail: { position, allDirect: direct.has(channels[position] ?? '') },
      };
    },
    explain(ctx, detail, k, label) {
      if (detail.position !== k) return `${label}: not the last non-direct touch — 0%`;
      return detail.allDirect
        ? `${label}: every touch is direct, so the last direct touch before ${ctx.eventWords} takes the credit — 100%`
        : `${label}: the last touch not on a direct channel before ${ctx.eventWords} — 100%`;
    },
    positionKey: (_ctx, detail, k) => (detail.position === k ? 'last-non-direct' : 'not-credited'),
  },
);
