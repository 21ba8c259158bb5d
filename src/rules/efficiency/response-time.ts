import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import type { DialogueMessage } from '../../history/threads.js';
import { type HistoryView, historyView, messagesOf } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import { bareReason } from '../bare-reason.js';
import type { Reason } from '../reason.js';
import {
  type ComponentFacts,
  type ComponentResult,
  componentResult,
  type Measurement,
  measurement,
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const NO_MESSAGES = /* @__PURE__ */ bareReason('no-messages');

/**
 * Scores how quickly the customer's messages were answered, against each channel's target.
 *
 * @remarks
 * Per inbound dialogue message in the look-back window, with `T` the channel's response target
 * (chat 5 min, phone 15 min, email 24 h, …; `config.responseTargets` overrides) and `t` the time
 * to the first reply: 1 when `t ≤ T`; `0.5^((t − T) / T)` when later (half the credit for every
 * further `T` of waiting: 0.5 at `2T`, 0.25 at `3T`); 0 when unanswered and older than `T`.
 * A message unanswered but still within `T` is pending and not counted. Value: the
 * recency-weighted mean `Σ wᵢ·xᵢ / Σ wᵢ`, `wᵢ = 0.5^(ageᵢ / halfLife)`. O(n).
 *
 * Facts: `onTime`, `late`, `unanswered`, `judged` (= the three), `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no message can be judged yet.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, responseTime } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:10:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *   ],
 * });
 * // target 5 min, answered after 10 min: 0.5^((10 − 5) / 5)
 * responseTime(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> 0.5
 * @category Efficiency
 */
export function responseTime(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['responseTime']> {
  const { asOf, config } = readRuleOptions('responseTime', history, options);
  const view = historyView(history, asOf, config);
  return componentResult(measureResponseTime(view, config));
}

/** Measures {@link responseTime} over a {@link HistoryView}: the value and the positions it rests on. @internal */
export function measureResponseTime(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['responseTime']> {
  const basis: number[] = [];
  const { messages, positions, replies } = messagesOf(view);
  const mean = new RecencyMean(config.halfLife);
  let onTime = 0;
  let late = 0;
  let unanswered = 0;
  let pending = 0;
  let unjudged = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as DialogueMessage;
    let credit: number;
    if (m.status === 'on-time') {
      onTime++;
      credit = 1;
    } else if (m.status === 'late') {
      late++;
      // t > T here; with T = 0 the exponent is +∞ and the credit 0.
      credit = 0.5 ** (((m.responseMs as number) - m.targetMs) / m.targetMs);
    } else if (m.status === 'unanswered') {
      unanswered++;
      credit = 0;
    } else if (m.status === 'pending') {
      pending++;
      continue;
    } else {
      unjudged++; // a closing message, or one whose reply is timestamped before it
      continue;
    }
    mean.add(m.message.at, credit);
    basis.push(positions[i] as number);
    const reply = replies[i] as number;
    if (reply >= 0) basis.push(reply);
  }
  const judged = mean.count;
  const facts = { onTime, late, unanswered, judged, pending };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason =
    pending > 0
      ? { code: 'messages-pending', params: { pending } }
      : unjudged > 0
        ? { code: 'messages-not-judged', params: { unjudged } }
        : NO_MESSAGES;
  return measurement(null, 0, facts, basis, reason);
}
