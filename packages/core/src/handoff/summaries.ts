import type { LeadLedgerColumns } from '../columns/lead-ledger';
import type { Episode } from '../lead-timeline/types';
import type { Dataset } from '../model/dataset';
import type { BusinessCalendar } from '../time/business-hours';
import { fateCounts } from './counts';
import { handoffFlow } from './flow';
import { matchedComparison } from './matched';
import type { HandoffResult } from './types';
import { marketingView, salesView } from './views';

type Summaries = Pick<HandoffResult, 'counts' | 'flow' | 'marketing' | 'sales' | 'matched'>;

interface Kept {
  campaigns: Dataset['campaigns'];
  users: Dataset['users'];
  summaries: Summaries;
}

const kept = new WeakMap<readonly Episode[], Map<string, Kept>>();

/**
 * The hand-off's counts, flow, views and matched comparison of a shared cohort (see
 * `SharedTimeline.cohort`), counted from its ledger columns once per cohort, business calendar
 * and campaigns and users arrays (the names and owners they print), then handed out as a
 * copy each call: a dashboard calling `handoff` again recounts nothing, and no caller can
 * change another's result.
 */
export function cohortSummaries(
  dataset: Dataset,
  cohort: readonly Episode[],
  calendar: BusinessCalendar,
  columns: LeadLedgerColumns,
): Summaries {
  let byCalendar = kept.get(cohort);
  if (!byCalendar) {
    byCalendar = new Map();
    kept.set(cohort, byCalendar);
  }
  const key = JSON.stringify(calendar.hours);
  const known = byCalendar.get(key);
  if (known?.campaigns === dataset.campaigns && known.users === dataset.users) {
    return structuredClone(known.summaries);
  }
  const summaries: Summaries = {
    counts: fateCounts(columns),
    flow: handoffFlow(columns),
    marketing: marketingView(dataset, columns),
    sales: salesView(dataset, columns),
    matched: matchedComparison(columns),
  };
  byCalendar.set(key, { campaigns: dataset.campaigns, users: dataset.users, summaries });
  return structuredClone(summaries);
}
