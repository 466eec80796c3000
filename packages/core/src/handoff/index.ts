export { handoff } from './handoff';
export type { HandoffOptions } from './options';
export type {
  BandCell,
  FateCounts,
  FlowLink,
  FlowNode,
  GroupOutcome,
  HandoffFlow,
  HandoffResult,
  LedgerRow,
  MatchedComparison,
  OwnerRow,
  ReasonRow,
  SourceRow,
} from './types';
