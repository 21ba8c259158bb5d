import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { combineComponents, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureAcknowledgedContributions } from './acknowledged-contributions.js';
import { measurePersonalResponse } from './personal-response.js';
import { measurePersonalTouch } from './personal-touch.js';
import { scanValue } from './value-scan.js';

/**
 * Scores the first rule of engagement, value: does the customer feel valued — answered by a
 * person, addressed one to one, thanked for what they give?
 *
 * @remarks
 * `100 · Σ wₖ·vₖ / Σ wₖ` over the components that have evidence (the weight of a `null` component
 * is redistributed):
 * - {@link personalResponse} (0.4): share of the customer's messages that got a personal reply;
 * - {@link personalTouch} (0.3): share of outbound interactions that were personal, not broadcast;
 * - {@link acknowledgedContributions} (0.3): share of endorsements and contributions recognised
 *   within 30 days (reward, thank-you, personal reply).
 *
 * Weights and the recognition window are in `config.value`. Every share is recency-weighted
 * (`config.halfLife`) over the look-back window (`config.window`); interactions after `asOf` are
 * ignored. A few passes over the window, O(n).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore}; `score` is `null` with `status: 'insufficient-data'` when no
 *   component has evidence.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreValue } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *     { id: 'n', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'outbound', type: 'newsletter' },
 *   ],
 * });
 * const value = scoreValue(history, { asOf: '2026-05-03T00:00:00Z' });
 * // personalResponse 1 (weight 0.4), personalTouch 1/2 (0.3), acknowledgedContributions null
 * value.score //=> 100 * (0.4 * 1 + 0.3 * 0.5) / 0.7
 * value.components.map((c) => c.value) //=> [1, 0.5, null]
 * @category Value
 */
export function scoreValue(history: CustomerHistory, options: RuleOptions): RuleScore<'value'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreValue', history, options);
  return measureValue(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreValue} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureValue(view: HistoryView, config: ScoringConfig): RuleScore<'value'> {
  const scan = scanValue(view);
  const weights = config.value.weights;
  return combineComponents('value', view, [
    { name: 'personalResponse', weight: weights.personalResponse, measured: measurePersonalResponse(scan, config) },
    { name: 'personalTouch', weight: weights.personalTouch, measured: measurePersonalTouch(view, config) },
    {
      name: 'acknowledgedContributions',
      weight: weights.acknowledgedContributions,
      measured: measureAcknowledgedContributions(scan, config),
    },
  ]);
}
