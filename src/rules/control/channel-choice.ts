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
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';
import { customerMessageOf, preferredSet } from './customer-message.js';

/** Reasons without parameters: shared, frozen values. */
const NO_REPLIES = /* @__PURE__ */ bareReason('no-replies');

/**
 * Scores whether the business answered where the customer chose to talk: "answer in the channel
 * where the customer asked".
 *
 * @remarks
 * Share of replies (outbound interactions in the look-back window, not acknowledgements, whose
 * nearest inbound ancestor along the `inReplyTo` chain is one of the customer's dialogue messages)
 * sent on the channel of the message they answer, or on one of the customer's
 * `preferredChannels`. A thank-you for a purchase or a review answers no message and is left out. Recency-weighted
 * (`0.5^(age / halfLife)`). O(n · thread depth).
 *
 * `facts`: `sameChannel`, `preferredChannel` (elsewhere, but on a preferred channel), `replies`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when the window holds no reply.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { channelChoice, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1', preferredChannels: ['mail'] },
 *   channels: [{ id: 'tw', kind: 'social' }, { id: 'mail', kind: 'email' }, { id: 'tel', kind: 'phone' }],
 *   interactions: [
 *     { id: 'q1', customerId: 'c1', channel: 'tw', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'mention' },
 *     { id: 'r1', customerId: 'c1', channel: 'tw', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *     { id: 'r2', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *     { id: 'r3', customerId: 'c1', channel: 'tel', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'call', inReplyTo: 'q1' },
 *   ],
 * });
 * // r1 on the customer's channel, r2 on a preferred channel (mail), r3 elsewhere → 2 / 3
 * const result = channelChoice(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> 2 / 3
 * result.facts //=> { sameChannel: 1, preferredChannel: 1, replies: 3 }
 * @category Control
 */
export function channelChoice(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['channelChoice']> {
  const { asOf, config } = readRuleOptions('channelChoice', history, options);
  return componentResult(measureChannelChoice(historyView(history, asOf, config), config));
}

/**
 * Measures {@link channelChoice} over a {@link HistoryView}: the value and the positions it rests on (the replies). O(n · thread depth).
 * @internal
 */
export function measureChannelChoice(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['channelChoice']> {
  const basis: number[] = [];
  const { interactions: all, start, end } = view;
  let preferred: ReadonlySet<string> | undefined; // built at the first reply on another channel
  let replies = 0;
  let sameChannel = 0;
  let preferredChannel = 0;
  const share = new RecencyMean(config.halfLife);
  for (let i = start; i < end; i++) {
    const reply = all[i] as Interaction;
    if (reply.direction !== 'outbound' || reply.inReplyTo === undefined) continue;
    // Only answers to the customer's dialogue messages: a thank-you for a purchase or a receipt
    // answers no question, so it says nothing about the channel the customer chose.
    if (view.roles[i] === 'acknowledgement') continue;
    const position = customerMessageOf(view, i);
    if (position < 0 || view.roles[position] !== 'dialogue') continue;
    const asked = all[position] as Interaction;
    replies++;
    let chosen = 1;
    if (reply.channel === asked.channel) sameChannel++;
    else {
      preferred ??= preferredSet(view);
      if (preferred.has(reply.channel)) preferredChannel++;
      else chosen = 0;
    }
    share.add(reply.at, chosen);
    basis.push(i);
  }
  const facts = { sameChannel, preferredChannel, replies };
  const value = share.value();
  if (value === null) return measurement(null, 0, facts, basis, NO_REPLIES);
  return measurement(value, replies, facts, basis);
}
