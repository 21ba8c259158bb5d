import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CaseSummary } from '../../history/case-threads.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { responseScore } from '../../history/response-score.js';
import type { DialogueMessage } from '../../history/threads.js';
import { casesOf, type HistoryView, historyView, messagesOf } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import {
  type ComponentFacts,
  type ComponentResult,
  componentResult,
  type Measurement,
  measurement,
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';

/**
 * Scores whether the service is the same on every channel the customer used: three consistent
 * channels beat eight fickle ones.
 *
 * @remarks
 * Per case (an inbound dialogue message opening a thread, inside the look-back window), a score:
 * the mean of its opening message's response score (1 within the channel's target `T`, else
 * `0.5^((t − T)/T)`, unanswered past `T` 0, pending not known) and its resolution (resolved 1,
 * unresolved 0, no outcome not known). Per channel with at least
 * `config.consistency.minCasesPerChannel` (default 2) measured cases, a quality `q` = the
 * recency-weighted mean of its case scores. Value: `1 − σ(q) / 0.5`, clamped to [0, 1], where σ is
 * the population standard deviation of the channels' qualities (0.5 is the largest σ possible in
 * [0, 1]). Equal quality everywhere, good or bad, scores 1: the level of service is the
 * efficiency rule's business, its evenness this one's. O(n · c) over the history, c the channels with cases.
 *
 * `facts`: `channels` (compared), `cases` (measured, in compared channels), `thinChannels`
 * (channels with too few measured cases), `lowestQuality` and `highestQuality` (when scored).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when fewer than two channels have
 *   enough measured cases.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, crossChannel } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'q1', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r1', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:03:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'q1' },
 *     { id: 'q2', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'r2', customerId: 'c1', channel: 'mail', at: '2026-05-03T10:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q2' },
 *   ],
 * });
 * // chat: on time (1) and resolved (1) → q = 1; email: 48 h for a 24 h target → 0.5^1, no outcome → q = 0.5
 * // σ(1, 0.5) = 0.25 → 1 − 0.25 / 0.5 = 0.5
 * const result = crossChannel(history, { asOf: '2026-06-01T00:00:00Z', config: { consistency: { minCasesPerChannel: 1 } } });
 * result.value //=> 0.5
 * result.facts //=> { channels: 2, cases: 2, thinChannels: 0, lowestQuality: 0.5, highestQuality: 1 }
 * crossChannel(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> null
 * @category Consistency
 */
export function crossChannel(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['crossChannel']> {
  const { asOf, config } = readRuleOptions('crossChannel', history, options);
  const view = historyView(history, asOf, config);
  return componentResult(measureCrossChannel(view, config));
}

/** No cases. */
const NO_CASES: readonly CaseSummary[] = [];

/**
 * Measures {@link crossChannel} over a {@link HistoryView}, from its cases and messages.
 *
 * @remarks
 * A case's score is the mean of what is known of it: the response score of its opening message
 * ({@link responseScore}) and its resolution (1 resolved, 0 unresolved). A case with neither is
 * not measured. Per channel (the channel the case was opened on) `q` is the recency-weighted mean
 * of its case scores; channels with fewer than `minCasesPerChannel` measured cases are left out.
 * The value is `1 − σ(q) / 0.5` (population standard deviation across channels), clamped to [0, 1].
 * O(cases + messages).
 * @internal
 */
export function measureCrossChannel(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['crossChannel']> {
  const basis: number[] = [];
  const messages = messagesOf(view).messages;
  // Cases open at dialogue messages: without any, there is nothing to thread.
  const cases = messages.length === 0 ? NO_CASES : casesOf(view).summaries;
  // Per channel, in the order first seen: the recency-weighted mean of its case scores, by case
  // order. Per case: the number of its channel (−1 when not measured).
  const slots = new Map<string, number>();
  const means: RecencyMean[] = [];
  const slotOf: number[] = new Array(cases.length);
  let m = 0;
  for (let c = 0; c < cases.length; c++) {
    const kase = cases[c] as CaseSummary;
    const root = kase.message;
    // Case roots are a subsequence of the messages, both in history order.
    while (m < messages.length && (messages[m] as DialogueMessage).message !== root) m++;
    const message = messages[m];
    const response = message === undefined ? null : responseScore(message);
    const resolution = kase.outcome === 'resolved' ? 1 : kase.outcome === 'unresolved' ? 0 : null;
    const score = response === null ? resolution : resolution === null ? response : (response + resolution) / 2;
    if (score === null) {
      slotOf[c] = -1;
      continue;
    }
    let slot = slots.get(root.channel);
    if (slot === undefined) {
      slot = means.length;
      slots.set(root.channel, slot);
      means.push(new RecencyMean(config.halfLife));
    }
    slotOf[c] = slot;
    (means[slot] as RecencyMean).add(root.at, score);
  }

  const min = config.consistency.minCasesPerChannel;
  let channels = 0;
  let thinChannels = 0;
  let measuredCases = 0;
  let total = 0;
  let lowest = 1;
  let highest = 0;
  const qualities: number[] = new Array(means.length);
  const compared: boolean[] = new Array(means.length);
  for (let slot = 0; slot < means.length; slot++) {
    const quality = means[slot] as RecencyMean;
    compared[slot] = quality.count >= min;
    if (quality.count < min) {
      thinChannels++;
      continue;
    }
    const q = quality.value() as number;
    qualities[channels++] = q;
    measuredCases += quality.count;
    total += q;
    if (q < lowest) lowest = q;
    if (q > highest) highest = q;
  }
  if (channels < 2) {
    return measurement(null, 0, { channels, cases: measuredCases, thinChannels }, basis, {
      code: 'too-few-channels',
      params: { channels, minCases: min },
    });
  }
  const mean = total / channels;
  let squares = 0;
  for (let k = 0; k < channels; k++) {
    const deviation = (qualities[k] as number) - mean;
    squares += deviation * deviation;
  }
  const spread = Math.sqrt(squares / channels);
  for (let c = 0; c < cases.length; c++) {
    const slot = slotOf[c] as number;
    if (slot >= 0 && compared[slot] === true) basis.push((cases[c] as CaseSummary).root);
  }
  return measurement(
    Math.min(1, Math.max(0, 1 - spread / 0.5)),
    measuredCases,
    { channels, cases: measuredCases, thinChannels, lowestQuality: lowest, highestQuality: highest },
    basis,
  );
}
