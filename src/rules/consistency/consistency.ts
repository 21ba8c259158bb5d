import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { combineComponents, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureAnsweredChannels } from './answered-channels.js';
import { measureCrossChannel } from './cross-channel.js';

/**
 * Scores consistency: the same service on every channel ("three consistent channels beat eight
 * fickle ones").
 *
 * @remarks
 * `score = 100 · Σ wᵢvᵢ / Σ wᵢ` over the scored components, with the weight of a `null` component
 * redistributed: {@link crossChannel} (0.6: `1 − σ(channel quality) / 0.5`) and
 * {@link answeredChannels} (0.4: channels answered ÷ channels written on). Weights from
 * `config.consistency.weights`. Threads the history once for both components. O(n · c) over the
 * history, c the channels with cases.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore}; `score: null` with `status: 'insufficient-data'` and a reason when
 *   neither component has evidence.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreConsistency } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'tw', kind: 'social' }],
 *   interactions: [
 *     { id: 'q1', customerId: 'c1', channel: 'chat', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r1', customerId: 'c1', channel: 'chat', at: '2026-06-01T00:01:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *     { id: 'q2', customerId: 'c1', channel: 'tw', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'mention' },
 *   ],
 * });
 * // crossChannel: one case per channel, fewer than the 2 needed → null, its weight moves to
 * // answeredChannels = 1 of 2 channels → score 50
 * const result = scoreConsistency(history, { asOf: '2026-06-01T02:00:00Z' });
 * result.score //=> 50
 * result.components.map((c) => [c.name, c.value]) //=> [['crossChannel', null], ['answeredChannels', 0.5]]
 * result.evidence //=> ['q1', 'q2', 'r1']
 * @category Consistency
 */
export function scoreConsistency(history: CustomerHistory, options: RuleOptions): RuleScore<'consistency'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreConsistency', history, options);
  return measureConsistency(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreConsistency} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureConsistency(view: HistoryView, config: ScoringConfig): RuleScore<'consistency'> {
  const weights = config.consistency.weights;
  return combineComponents('consistency', view, [
    {
      name: 'crossChannel',
      weight: weights.crossChannel,
      measured: measureCrossChannel(view, config),
    },
    {
      name: 'answeredChannels',
      weight: weights.answeredChannels,
      measured: measureAnsweredChannels(view, config),
    },
  ]);
}
