import { bareReason } from './bare-reason.js';
import type { Reason } from './reason.js';
import { type ComponentName, type ComponentPart, measurement, NO_BASIS, type RuleName } from './rule-score.js';

/**
 * Why a component that judges the business is `null` on data that record nothing the business sent
 * (a purchase log, a clickstream): the reason with code `no-business-side` ("the data record
 * nothing the business sent" in {@link englishMessages}). Every such component carries this object.
 *
 * @category Rules
 */
export const NO_BUSINESS_SIDE_REASON: Reason<'no-business-side'> = /* @__PURE__ */ bareReason('no-business-side');

/**
 * The components of each rule that judge what the business does (its replies, messages, promises,
 * resolutions, consent handling). Only trust has components that rest on the customer alone:
 * `advocacy` (their endorsements) and `sentiment` (their tone).
 *
 * @category Rules
 */
export const BUSINESS_SIDE_COMPONENTS: { readonly [R in RuleName]: readonly ComponentName<R>[] } = {
  value: ['personalResponse', 'personalTouch', 'acknowledgedContributions'],
  efficiency: ['responseTime', 'resolution', 'effort'],
  trust: ['promiseKeeping', 'complaintResolution'],
  consistency: ['crossChannel', 'answeredChannels'],
  relevancy: ['topicMatch', 'responsiveness', 'listening'],
  control: ['consentRespected', 'channelChoice', 'preferenceHonoured'],
};

/**
 * The parts with every business-side component of `rule` made `null` (reason
 * {@link NO_BUSINESS_SIDE_REASON}, no evidence) when the data record no business-side interaction;
 * the same parts otherwise. The one place where that dataset-level fact reaches the rules.
 * @internal
 */
export function withBusinessSide<P extends ComponentPart>(
  rule: RuleName,
  recordsBusinessSide: boolean,
  parts: readonly P[],
): readonly P[] {
  if (recordsBusinessSide) return parts;
  const businessSide: readonly ComponentName[] = BUSINESS_SIDE_COMPONENTS[rule];
  return parts.map((part) => (businessSide.includes(part.name) ? silenced(part) : part));
}

/** The part with a `null` measurement: same name, weight and facts, so still a `P` (the cast says only that). */
function silenced<P extends ComponentPart>(part: P): P {
  const measured = measurement(null, 0, part.measured.facts, NO_BASIS, NO_BUSINESS_SIDE_REASON);
  return { name: part.name, weight: part.weight, measured } as P;
}
