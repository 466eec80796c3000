import { dealAsOf } from '../lifecycle/deal-as-of';
import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import { parseInstant } from '../time/instant';
import { recordTimes } from '../time/record-times';
import { zonedDayEnd, zonedMidnight } from '../time/zoned-midnight';
import type { ResolvedAttributionOptions } from './options';
import type { AttributionFinding } from './types';

/** A deal that converts under the run's conversion, and when. */
export interface Conversion {
  deal: Deal;
  /** The conversion instant in epoch ms. */
  at: number;
  /** The deal's contacts: person id → role on the deal (null when none). */
  contactRoles: Map<string, string | null>;
  /** The contacts' ids as a set (what anchor placement reads), made once on first need. */
  contacts?: ReadonlySet<string>;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a won deal was won: `closedAt`, else the end of its close date (with a finding). */
function wonAt(deal: Deal, timeZone: string, findings: AttributionFinding[]): number | null {
  if (deal.closedAt) return parseInstant(deal.closedAt);
  if (deal.closeDate) {
    findings.push({
      code: 'close-time-from-close-date',
      severity: 'info',
      dealId: deal.id,
      message: `won deal ${deal.id} has no closedAt; its close date ${deal.closeDate} is used (end of that day, ${timeZone})`,
    });
    return DATE_ONLY.test(deal.closeDate)
      ? zonedDayEnd(deal.closeDate, timeZone) - 1
      : parseInstant(deal.closeDate);
  }
  findings.push({
    code: 'won-deal-without-close-time',
    severity: 'warning',
    dealId: deal.id,
    message: `won deal ${deal.id} has neither closedAt nor closeDate, so it cannot be attributed`,
  });
  return null;
}

/**
 * The deals that convert under the run's conversion, sorted by deal id, with their
 * conversion instant: won deals when they were won (`closed-won`), every deal when it was
 * created (`deal-created`), open deals at `asOf` (`open-pipeline`). `asOf` also cuts off
 * later conversions, and `period` keeps conversions on those calendar dates. Each deal is
 * read as it stood at `asOf` (`dealAsOf`); deals deleted by `asOf` never convert. Deals that
 * cannot be placed in time are reported as findings.
 *
 * @param known ids of the dataset's people (contacts not among them are findings)
 */
export function findConversions(
  dataset: Pick<Dataset, 'deals' | 'changes'>,
  known: { has(personId: string): boolean },
  options: ResolvedAttributionOptions,
  findings: AttributionFinding[],
): Conversion[] {
  const asOf = parseInstant(options.asOf);
  const from = options.period ? zonedMidnight(options.period.start, options.timeZone) : -Infinity;
  const to = options.period ? zonedDayEnd(options.period.end, options.timeZone) : Infinity;
  const conversions: Conversion[] = [];
  const { deals, changes } = dataset;
  const created = recordTimes(deals, 'createdAt');
  for (let i = 0; i < deals.length; i++) {
    const today = deals[i] as Deal;
    // Deleted after asOf, it was there then.
    if (today.deletedAt !== null && !(parseInstant(today.deletedAt) > asOf)) continue;
    // As it stood at asOf: open if it closed since, its amount before a later re-pricing.
    const deal = (created[i] as number) <= asOf ? dealAsOf(deals, changes, i, asOf) : today;
    let at: number | null = null;
    if (options.conversion === 'closed-won') {
      if (deal.status !== 'won') continue;
      at = wonAt(deal, options.timeZone, findings);
    } else if (options.conversion === 'deal-created') {
      if (deal.createdAt === null) {
        findings.push({
          code: 'deal-without-created-at',
          severity: 'warning',
          dealId: deal.id,
          message: `deal ${deal.id} has no createdAt, so it cannot count as pipeline created`,
        });
        continue;
      }
      at = parseInstant(deal.createdAt);
    } else {
      if (deal.status !== 'open') continue;
      if (deal.createdAt !== null && parseInstant(deal.createdAt) > asOf) continue;
      at = asOf;
    }
    if (at === null || at > asOf || at < from || at >= to) continue;

    const contactRoles = new Map<string, string | null>();
    for (const contact of deal.contacts) {
      if (!contactRoles.has(contact.personId)) contactRoles.set(contact.personId, contact.role);
      if (!known.has(contact.personId)) {
        findings.push({
          code: 'unknown-contact',
          severity: 'warning',
          dealId: deal.id,
          message: `deal ${deal.id} lists contact ${contact.personId}, who is not in the dataset`,
        });
      }
    }
    if (contactRoles.size === 0 && options.scope === 'deal-contacts') {
      findings.push({
        code: 'deal-without-contacts',
        severity: 'warning',
        dealId: deal.id,
        message: `deal ${deal.id} has no contacts, so no touch can be credited (try scope: 'account')`,
      });
    }
    conversions.push({ deal, at, contactRoles });
  }
  conversions.sort((a, b) => (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0));
  return conversions;
}
