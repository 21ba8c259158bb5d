import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import type { DialogueMessage } from '../../history/threads.js';
import { historyView, messagesOf } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import type { Interaction } from '../../model/interaction.js';
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
import { scanValue, type ValueScan } from './value-scan.js';

/** Reasons without parameters: shared, frozen values. */
const NO_MESSAGES = /* @__PURE__ */ bareReason('no-messages');

/**
 * Scores whether the customer's messages were answered by a person: the share of their dialogue
 * messages that received a personal reply.
 *
 * @remarks
 * Per inbound dialogue message (request, question, complaint, message, mention) in the look-back
 * window: 1 when an outbound interaction answers it (`inReplyTo`) and is personal, else 0 once the
 * channel's response target has passed. A message with no personal reply that is still within its
 * target is pending and not counted. A reply is personal unless it says `personalized: false`
 * (an automatic acknowledgement is not a person answering). Value: the recency-weighted mean,
 * `Σ wᵢ·xᵢ / Σ wᵢ` with `wᵢ = 0.5^(ageᵢ / halfLife)`. O(n) in the window.
 *
 * Facts: `personal` (messages with a personal reply), `judged`, `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no message can be judged.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, personalResponse } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'q1', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r1', customerId: 'c1', channel: 'mail', at: '2026-05-01T11:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *     { id: 'q2', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'inbound', type: 'request' },
 *     { id: 'r2', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:01:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q2', personalized: false },
 *   ],
 * });
 * const result = personalResponse(history, { asOf: '2026-05-03T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { personal: 1, judged: 2, pending: 0 }
 * @category Value
 */
export function personalResponse(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['personalResponse']> {
  const { asOf, config } = readRuleOptions('personalResponse', history, options);
  return componentResult(measurePersonalResponse(scanValue(historyView(history, asOf, config)), config));
}

/** Measures {@link personalResponse} from the view's {@link ValueScan}: the value and the positions it rests on. @internal */
export function measurePersonalResponse(
  scan: ValueScan,
  config: ScoringConfig,
): Measurement<ComponentFacts['personalResponse']> {
  const basis: number[] = [];
  const mean = new RecencyMean(config.halfLife);
  let personal = 0;
  let pending = 0;
  const { view, personalReply } = scan;
  const { messages, positions } = messagesOf(view);
  for (let k = 0; k < messages.length; k++) {
    const entry = messages[k] as DialogueMessage;
    // A closing message needs no answer; one answered before it was sent is flagged, not judged.
    if (entry.status === 'closing' || entry.status === 'reply-before-message') continue;
    const m = positions[k] as number;
    const message = entry.message;
    const reply = personalReply === undefined ? 0 : (personalReply[m] as number);
    if (reply !== 0 && (view.interactions[reply - 1] as Interaction).at >= message.at) {
      personal++;
      mean.add(message.at, 1);
      basis.push(m, reply - 1);
    } else if (view.asOf - message.at > entry.targetMs) {
      mean.add(message.at, 0);
      basis.push(m);
    } else {
      pending++;
    }
  }
  const judged = mean.count;
  const facts = { personal, judged, pending };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = pending > 0 ? { code: 'messages-pending', params: { pending } } : NO_MESSAGES;
  return measurement(null, 0, facts, basis, reason);
}
