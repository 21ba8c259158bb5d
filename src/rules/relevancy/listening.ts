import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import type { Interaction } from '../../model/interaction.js';
import { bareReason } from '../bare-reason.js';
import {
  type ComponentFacts,
  type ComponentResult,
  componentResult,
  type Measurement,
  measurement,
  NO_BASIS,
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const BUSINESS_SILENT = /* @__PURE__ */ bareReason('business-silent');
const CUSTOMER_SILENT = /* @__PURE__ */ bareReason('customer-silent');
const NO_INTERACTIONS = /* @__PURE__ */ bareReason('no-interactions');

/**
 * Scores whether the business listens more than it talks: the 25/75 talking-to-listening ratio.
 *
 * @remarks
 * Talk share `t = outbound ÷ (outbound + inbound)` over every interaction in the look-back window,
 * recency-weighted (`0.5^(age / halfLife)`). Value `1` when `t ≤ L` (`config.relevancy.listeningTarget`,
 * default 0.25), else `(1 − t) / (1 − L)`, falling linearly to 0 at `t = 1` (all talk, no
 * listening). More inbound never lowers it. O(n) over the window.
 *
 * Listening needs a dialogue on both sides: `null` when the customer said nothing in the window,
 * and `null` when the business never replied (no outbound interaction answering one, by
 * `inReplyTo` or a reply-role type such as `reply`, `call`, `resolve`) — a business that never
 * answers is not a good listener, so its silence must not score 1.
 *
 * `facts`: `outbound`, `inbound`, `replies` (counts, unweighted).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) without a dialogue on both sides.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, listening } from 'engagement-scoring';
 * const at = '2026-05-01T00:00:00Z';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'a', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'newsletter' },
 *     { id: 'b', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'offer' },
 *     { id: 'd', customerId: 'c1', channel: 'mail', at, direction: 'inbound', type: 'question' },
 *     { id: 'c', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'reply', inReplyTo: 'd' },
 *   ],
 * });
 * // t = 3 / 4 = 0.75 → (1 − 0.75) / (1 − 0.25) = 1/3
 * listening(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> 1 / 3
 * listening(history, { asOf: '2026-06-01T00:00:00Z' }).facts //=> { outbound: 3, inbound: 1, replies: 1 }
 * @category Relevancy
 */
export function listening(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['listening']> {
  const { asOf, config } = readRuleOptions('listening', history, options);
  return componentResult(measureListening(historyView(history, asOf, config), config));
}

/**
 * Measures {@link listening} over the look-back window of a {@link HistoryView}. O(window).
 * @internal
 */
export function measureListening(view: HistoryView, config: ScoringConfig): Measurement<ComponentFacts['listening']> {
  const { interactions: all, roles, start, end } = view;
  let outbound = 0;
  let replies = 0;
  for (let i = start; i < end; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.direction !== 'outbound') continue;
    outbound++;
    if (interaction.inReplyTo !== undefined || roles[i] === 'reply') replies++;
  }
  const count = end - start;
  const inbound = count - outbound;
  const facts = { outbound, inbound, replies };
  if (count === 0) return measurement(null, 0, facts, NO_BASIS, NO_INTERACTIONS);
  // Silence is not listening: a business that never answers, or a customer who never speaks, leaves nothing to judge.
  if (inbound === 0) return measurement(null, 0, facts, NO_BASIS, CUSTOMER_SILENT);
  if (replies === 0) return measurement(null, 0, facts, NO_BASIS, BUSINESS_SILENT);
  // Only a dialogue is weighed: the recency-weighted share of the talking the business did.
  const talkShare = new RecencyMean(config.halfLife);
  for (let i = start; i < end; i++) {
    const interaction = all[i] as Interaction;
    talkShare.add(interaction.at, interaction.direction === 'outbound' ? 1 : 0);
  }
  const talk = talkShare.value() as number; // defined: the window holds an interaction
  const target = config.relevancy.listeningTarget;
  const value = talk <= target ? 1 : Math.min(1, Math.max(0, (1 - talk) / (1 - target)));
  return measurement(value, count, facts, NO_BASIS);
}
