import type { LeadLedgerColumns } from '../columns/lead-ledger';
import { RESPONSE_BANDS, responseBand } from '../lead-timeline/delays';
import type { Channel } from '../model/vocabulary';
import type { BandCell, MatchedComparison } from './types';

const BANDS = [...RESPONSE_BANDS.map((band) => band.label), 'not touched'];
const NOT_TOUCHED = BANDS.length - 1;

interface Cells {
  mqls: number[];
  converted: number[];
}

const emptyCells = (): Cells => ({
  mqls: new Array<number>(BANDS.length).fill(0),
  converted: new Array<number>(BANDS.length).fill(0),
});

function cellsOf(cells: Cells): BandCell[] {
  return BANDS.map((band, i) => {
    const mqls = cells.mqls[i] as number;
    const converted = cells.converted[i] as number;
    return { band, mqls, converted, rate: mqls === 0 ? null : converted / mqls };
  });
}

function count(cells: Cells, band: number, converted: number): void {
  cells.mqls[band] = (cells.mqls[band] as number) + 1;
  cells.converted[band] = (cells.converted[band] as number) + converted;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The matched comparison (see `MatchedComparison`): conversion to opportunity by source
 * channel within each speed-to-lead band, and each channel's rate standardized to the band
 * mix of all MQLs. Read from the episodes' ledger columns (see `ledgerRows`).
 */
export function matchedComparison(rows: LeadLedgerColumns): MatchedComparison {
  const all = emptyCells();
  const sources = new Map<Channel, Cells>();
  for (let i = 0; i < rows.length; i++) {
    const speed = rows.speedToLeadMinutes[i] ?? null;
    const band = speed === null ? NOT_TOUCHED : responseBand(speed);
    const converted = rows.opportunityStatus[i] != null ? 1 : 0;
    const channel = rows.channel[i] as Channel;
    let cells = sources.get(channel);
    if (cells === undefined) {
      cells = emptyCells();
      sources.set(channel, cells);
    }
    count(all, band, converted);
    count(cells, band, converted);
  }
  const total = rows.length;
  const bySource = [...sources].map(([channel, cells]) => {
    let weight = 0;
    let weighted = 0;
    for (let b = 0; b < BANDS.length; b++) {
      const mqls = cells.mqls[b] as number;
      if (mqls === 0) continue;
      const w = (all.mqls[b] as number) / total;
      weight += w;
      weighted += (w * (cells.converted[b] as number)) / mqls;
    }
    const mqls = sum(cells.mqls);
    const converted = sum(cells.converted);
    return {
      channel,
      mqls,
      converted,
      rate: mqls === 0 ? null : converted / mqls,
      standardizedRate: weight === 0 ? null : weighted / weight,
      byBand: cellsOf(cells),
    };
  });
  bySource.sort((a, b) => b.mqls - a.mqls || (a.channel < b.channel ? -1 : 1));
  return { outcome: 'opportunity', bands: BANDS, byBand: cellsOf(all), bySource };
}
