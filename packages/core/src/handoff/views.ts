import type { LeadLedgerColumns } from '../columns/lead-ledger';
import type { Fate } from '../lead-timeline/types';
import type { Dataset } from '../model/dataset';
import type { Channel } from '../model/vocabulary';
import { median, OutcomeTally } from './outcome';
import type { OwnerRow, ReasonRow, SourceRow } from './types';

const NO_REASON = '(no reason)';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byMqlsThenLabel<T extends { mqls: number; label: string; key: string | null }>(
  a: T,
  b: T,
) {
  return b.mqls - a.mqls || cmp(a.label, b.label) || cmp(a.key ?? '', b.key ?? '');
}

/**
 * Marketing's view: the MQLs of each campaign and each channel and what became of them.
 * Episodes without a campaign form one row per channel labelled `(no campaign)`. Read from
 * the episodes' ledger columns (see `ledgerRows`).
 */
export function marketingView(
  dataset: Dataset,
  rows: LeadLedgerColumns,
): { byCampaign: SourceRow[]; byChannel: SourceRow[] } {
  const names = new Map(dataset.campaigns.map((c) => [c.id, c.name]));
  const campaigns = new Map<string, { channel: Channel; id: string | null; tally: OutcomeTally }>();
  const channels = new Map<Channel, OutcomeTally>();
  for (let i = 0; i < rows.length; i++) {
    const speed = rows.speedToLeadMinutes[i] ?? null;
    const ever = rows.accepted[i] as number;
    const fate = rows.fate[i] as Fate;
    const rowChannel = rows.channel[i] as Channel;
    const campaignId = rows.campaignId[i] ?? null;
    const key = campaignId ?? `(no campaign) ${rowChannel}`;
    let campaign = campaigns.get(key);
    if (campaign === undefined) {
      campaign = { channel: rowChannel, id: campaignId, tally: new OutcomeTally() };
      campaigns.set(key, campaign);
    }
    campaign.tally.add(fate, ever, speed);
    let channel = channels.get(rowChannel);
    if (channel === undefined) {
      channel = new OutcomeTally();
      channels.set(rowChannel, channel);
    }
    channel.add(fate, ever, speed);
  }
  const byCampaign = [...campaigns.values()].map(({ channel, id, tally }) => ({
    key: id,
    label: id === null ? '(no campaign)' : (names.get(id) ?? id),
    channel,
    ...tally.outcome(),
  }));
  const byChannel = [...channels].map(([channel, tally]) => ({
    key: channel,
    label: channel,
    channel,
    ...tally.outcome(),
  }));
  return {
    byCampaign: byCampaign.sort(byMqlsThenLabel),
    byChannel: byChannel.sort(byMqlsThenLabel),
  };
}

interface OwnerGroup {
  tally: OutcomeTally;
  ownerDelays: number[];
  reasons: Record<string, number>;
}

/**
 * Sales' view: per assignee (the first sales owner; `(unassigned)` for episodes never
 * routed) the MQLs, their fates, the median owner delay and the rejections by reason; and
 * the rejections by reason overall, with how many came back as a new MQL. Read from the
 * episodes' ledger columns (see `ledgerRows`).
 */
export function salesView(
  dataset: Dataset,
  rows: LeadLedgerColumns,
): { byOwner: OwnerRow[]; byReason: ReasonRow[] } {
  const users = new Map(dataset.users.map((u) => [u.id, u]));
  const owners = new Map<string | null, OwnerGroup>();
  const reasons = {
    recycled: new Map<string, ReasonRow>(),
    disqualified: new Map<string, ReasonRow>(),
  };
  let rejections = 0;
  for (let i = 0; i < rows.length; i++) {
    const assigneeId = rows.assigneeId[i] ?? null;
    const fate = rows.fate[i] as Fate;
    let group = owners.get(assigneeId);
    if (group === undefined) {
      group = { tally: new OutcomeTally(), ownerDelays: [], reasons: {} };
      owners.set(assigneeId, group);
    }
    group.tally.add(fate, rows.accepted[i] as number, rows.speedToLeadMinutes[i] ?? null);
    const ownerDelay = rows.ownerDelayMinutes[i] ?? null;
    if (ownerDelay !== null) group.ownerDelays.push(ownerDelay);
    const kind = rows.rejectionKind[i] ?? null;
    if ((fate !== 'recycled' && fate !== 'disqualified') || kind === null) continue;
    rejections++;
    const rejectionReason = rows.rejectionReason[i] ?? null;
    const reason = rejectionReason ?? NO_REASON;
    group.reasons[reason] = (group.reasons[reason] ?? 0) + 1;
    const byReason = reasons[kind];
    let reasonRow = byReason.get(reason);
    if (reasonRow === undefined) {
      reasonRow = {
        kind,
        reason: rejectionReason,
        count: 0,
        share: 0,
        cameBackAsMql: 0,
      };
      byReason.set(reason, reasonRow);
    }
    reasonRow.count++;
    if (rows.hasNext[i] === 1) reasonRow.cameBackAsMql++;
  }
  const byOwner: OwnerRow[] = [...owners].map(([ownerId, group]) => {
    const user = ownerId === null ? undefined : users.get(ownerId);
    return {
      ownerId,
      name: ownerId === null ? '(unassigned)' : (user?.name ?? ownerId),
      active: user?.active ?? null,
      ...group.tally.outcome(),
      medianOwnerDelayMinutes: median(group.ownerDelays),
      rejectionsByReason: group.reasons,
    };
  });
  byOwner.sort(
    (a, b) => b.mqls - a.mqls || cmp(a.name, b.name) || cmp(a.ownerId ?? '', b.ownerId ?? ''),
  );
  const byReason = [...reasons.recycled.values(), ...reasons.disqualified.values()]
    .map((row) => ({ ...row, share: row.count / rejections }))
    .sort(
      (a, b) => b.count - a.count || cmp(a.kind, b.kind) || cmp(a.reason ?? '', b.reason ?? ''),
    );
  return { byOwner, byReason };
}
