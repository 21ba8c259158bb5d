export {
  ibm2010,
  type PerceptionReference,
  type PerceptionReferenceSide,
  type PerceptionSource,
} from './ibm2010.js';
export {
  type PerceptionDirection,
  type PerceptionGap,
  type PerceptionGapCounts,
  type PerceptionGapOptions,
  type PerceptionGapRow,
  type PerceptionGapSummary,
  perceptionGap,
} from './perception-gap.js';
export { type ReasonShares, type ReasonSharesOptions, reasonShares } from './reason-shares.js';
export { PERCEPTION_REASONS, type PerceptionReasonEntry, type StandardPerceptionReason } from './reasons.js';
export type { PerceptionSide, ReasonPercentages, ReasonRanks } from './side.js';
