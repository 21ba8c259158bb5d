import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { isJudged } from '../../history/message-threads.js';
import type { DialogueMessage } from '../../history/threads.js';
import { type HistoryView, historyView, messagesOf } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import { bareReason } from '../bare-reason.js';
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
const NO_MESSAGES_JUDGED = /* @__PURE__ */ bareReason('no-messages-judged');

/**
 * Scores whether every channel the customer wrote on was answered: a channel the business offers
 * but does not answer on is a channel it cannot deliver on.
 *
 * @remarks
 * Channels where the customer's dialogue messages were answered ÷ channels where the customer
 * wrote dialogue messages, inside the look-back window. A message counts once it can be judged:
 * answered (on any channel, at any time up to `asOf`), or unanswered past its channel's target; a
 * message still within target is pending and left out. A channel counts as answered when at least
 * one of its judged messages got a reply. Each channel is weighted by the recency of its latest
 * judged message (`0.5^(age / halfLife)`). O(n) over the history.
 *
 * `facts`: `answered` and `written` (channels, unweighted), `messages` (judged messages).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when no message can be judged yet.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { answeredChannels, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'tw', kind: 'social' }],
 *   interactions: [
 *     { id: 'q1', customerId: 'c1', channel: 'chat', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r1', customerId: 'c1', channel: 'chat', at: '2026-06-01T00:01:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *     { id: 'q2', customerId: 'c1', channel: 'tw', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'mention' },
 *   ],
 * });
 * // Both channels were written on at the same moment (equal weights); the social mention is
 * // unanswered after its 1 h target: 1 answered ÷ 2 written
 * const result = answeredChannels(history, { asOf: '2026-06-01T02:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { answered: 1, written: 2, messages: 2 }
 * // 30 minutes in, the mention is still pending: only chat is judged
 * answeredChannels(history, { asOf: '2026-06-01T00:30:00Z' }).value //=> 1
 * @category Consistency
 */
export function answeredChannels(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['answeredChannels']> {
  const { asOf, config } = readRuleOptions('answeredChannels', history, options);
  const view = historyView(history, asOf, config);
  return componentResult(measureAnsweredChannels(view, config));
}

/**
 * Measures {@link answeredChannels} over a {@link HistoryView}, from its dialogue messages.
 *
 * @remarks
 * Judged messages only (answered, or unanswered past the target); a channel is answered when at
 * least one of them got a reply; each channel weighs the recency of its latest judged message.
 * O(messages).
 * @internal
 */
export function measureAnsweredChannels(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['answeredChannels']> {
  const basis: number[] = [];
  const { messages, positions, replies } = messagesOf(view);
  // Per channel, in the order first written on: its latest judged message and whether it was answered.
  const channels = new Map<string, number>();
  const latestAt: number[] = new Array(messages.length);
  const wasAnswered: boolean[] = new Array(messages.length);
  let judged = 0;
  for (let i = 0; i < messages.length; i++) {
    const entry = messages[i] as DialogueMessage;
    // Judged only: a pending message may still be answered, a closing thanks needs no answer, and a
    // reply timestamped before its message is flagged, not judged.
    if (!isJudged(entry.status)) continue;
    judged++;
    const message = entry.message;
    const answered = entry.firstReply !== undefined;
    let c = channels.get(message.channel);
    if (c === undefined) {
      c = channels.size;
      channels.set(message.channel, c);
    }
    // Messages come in time order, so the last one seen is the latest.
    latestAt[c] = message.at;
    wasAnswered[c] = answered || wasAnswered[c] === true;
    basis.push(positions[i] as number);
    const reply = replies[i] as number;
    if (reply >= 0) basis.push(reply);
  }
  const share = new RecencyMean(config.halfLife);
  let answered = 0;
  for (let c = 0; c < channels.size; c++) {
    share.add(latestAt[c] as number, wasAnswered[c] === true ? 1 : 0);
    if (wasAnswered[c] === true) answered++;
  }
  const written = channels.size;
  const facts = { answered, written, messages: judged };
  const value = share.value();
  if (value === null) {
    return measurement(null, 0, facts, basis, NO_MESSAGES_JUDGED);
  }
  return measurement(value, judged, facts, basis);
}
