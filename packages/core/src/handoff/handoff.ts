import { timelineConfig } from '../lead-timeline/config';
import { leadTimeline } from '../lead-timeline/timeline';
import type { Dataset } from '../model/dataset';
import { parseOptions } from '../options/parse-options';
import { periodBounds } from '../options/period-bounds';
import { ledgerRows } from './ledger';
import { type HandoffOptions, HandoffOptionsSchema } from './options';
import { cohortSummaries } from './summaries';
import type { HandoffResult } from './types';

/**
 * The marketing → sales hand-off: every MQL episode's fate (see `Fate`) as counts, as a flow
 * ready for a Sankey, and as a ledger with the evidence (times, owners, reasons, deal);
 * marketing's view by campaign and channel, sales' view by owner and reason, and the matched
 * comparison that separates lead quality from follow-up quality.
 *
 * An MQL episode runs from a forward move into the MQL stage to the next one (a re-MQL after
 * recycling). Human touches are calls, meetings and e-mails that are not automated and not
 * inbound; tasks and notes never count. Delays are in business minutes of `businessHours`.
 * Everything is as of `asOf`: later records are ignored. `quality` lists what could not be
 * used as recorded, for the whole dataset.
 *
 * @throws {OptionsError} for invalid options (missing `asOf`, unknown time zone,
 *   non-positive `neverWorkedAfter`, a period ending before it starts, unknown keys).
 */
export function handoff(dataset: Dataset, options: HandoffOptions): HandoffResult {
  const parsed = parseOptions('handoff', HandoffOptionsSchema, options);
  const config = timelineConfig(parsed, 'handoff');
  const timeline = leadTimeline(dataset, config);
  const hours = config.calendar.hours;
  const bounds = parsed.period === undefined ? null : periodBounds(parsed.period, hours.timeZone);
  const cohort =
    bounds === null ? timeline.cohort() : timeline.cohort(bounds.startMs, bounds.endMs);
  // The ledger reads the episodes once; everything else is counted from its columns.
  const { rows: ledger, columns } = ledgerRows(dataset, cohort, config.calendar);
  return {
    asOf: config.asOf,
    period:
      bounds === null
        ? null
        : {
            start: bounds.start,
            end: bounds.end,
            timeZone: bounds.timeZone,
            startsAt: bounds.startsAt,
            endsAt: bounds.endsAt,
          },
    rules: {
      neverWorkedAfter: config.neverWorkedAfter,
      businessHours: {
        timeZone: hours.timeZone,
        weekdays: [...hours.weekdays],
        start: hours.start,
        end: hours.end,
        holidays: [...hours.holidays],
      },
    },
    ...cohortSummaries(dataset, cohort, config.calendar, columns),
    ledger,
    quality: timeline.quality.list(),
  };
}
