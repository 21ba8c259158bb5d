import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { combineComponents, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureAdvocacy } from './advocacy.js';
import { measureComplaintResolution } from './complaint-resolution.js';
import { measurePromiseKeeping } from './promise-keeping.js';
import { measureSentiment } from './sentiment.js';
import { scanTrust } from './trust-scan.js';

/**
 * Scores the third rule of engagement, trust: does the business stand by what it says — keeping
 * promises, resolving complaints — and does the customer trust it enough to recommend it?
 *
 * @remarks
 * `100 · Σ wₖ·vₖ / Σ wₖ` over the components that have evidence (the weight of a `null` component
 * is redistributed):
 * - {@link promiseKeeping} (0.3): fulfilled ÷ (fulfilled + broken + overdue) promises;
 * - {@link complaintResolution} (0.3): complaints resolved ÷ complaints with an outcome or older
 *   than the resolution horizon (14 days);
 * - {@link advocacy} (0.2): `1 − 0.5^n`, `n` the recency-weighted count of endorsements;
 * - {@link sentiment} (0.2): recency-weighted mean inbound sentiment mapped to [0, 1].
 *
 * Weights, the horizon and the complaint types are in `config.trust`. Every mean is
 * recency-weighted (`config.halfLife`) over the look-back window (`config.window`); interactions
 * after `asOf` are ignored. A few passes over the window, O(n).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore}; `score` is `null` with `status: 'insufficient-data'` when no
 *   component has evidence.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreTrust } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'k', customerId: 'c1', channel: 'mail', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'complaint', sentiment: -1 },
 *     { id: 'p', customerId: 'c1', channel: 'mail', at: '2026-06-01T00:00:00Z', direction: 'outbound', type: 'promise', inReplyTo: 'k', outcome: 'fulfilled' },
 *     { id: 'r', customerId: 'c1', channel: 'mail', at: '2026-06-01T00:00:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'k' },
 *   ],
 * });
 * const trust = scoreTrust(history, { asOf: '2026-06-01T00:00:00Z' });
 * // promise kept 1 (0.3), complaint resolved 1 (0.3), no endorsement (null), sentiment -1 → 0 (0.2)
 * trust.components.map((c) => c.value) //=> [1, 1, null, 0]
 * trust.score //=> 100 * 0.6 / 0.8
 * @category Trust
 */
export function scoreTrust(history: CustomerHistory, options: RuleOptions): RuleScore<'trust'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreTrust', history, options);
  return measureTrust(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreTrust} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureTrust(view: HistoryView, config: ScoringConfig): RuleScore<'trust'> {
  const weights = config.trust.weights;
  return combineComponents('trust', view, [
    {
      name: 'promiseKeeping',
      weight: weights.promiseKeeping,
      measured: measurePromiseKeeping(scanTrust(view), config),
    },
    {
      name: 'complaintResolution',
      weight: weights.complaintResolution,
      measured: measureComplaintResolution(view, config),
    },
    { name: 'advocacy', weight: weights.advocacy, measured: measureAdvocacy(view, config) },
    { name: 'sentiment', weight: weights.sentiment, measured: measureSentiment(view, config) },
  ]);
}
