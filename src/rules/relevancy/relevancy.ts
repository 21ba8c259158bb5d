import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { combineComponents, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureListening } from './listening.js';
import { measureResponsiveness } from './responsiveness.js';
import { measureTopicMatch } from './topic-match.js';

/**
 * Scores relevancy: messages about the customer's needs, not product spam; listening over talking.
 *
 * @remarks
 * `score = 100 · Σ wᵢvᵢ / Σ wᵢ` over the scored components, with the weight of a `null` component
 * redistributed: {@link topicMatch} (0.4: marketing on the customer's interests),
 * {@link responsiveness} (0.3: marketing followed by an inbound within 7 days) and
 * {@link listening} (0.3: talk share at or below 25 %). Weights from `config.relevancy.weights`.
 * O(n) over the history.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore}; `score: null` with `status: 'insufficient-data'` and a reason when
 *   the window holds no interaction.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreRelevancy } from 'engagement-scoring';
 * const at = '2026-05-01T00:00:00Z';
 * const history = createHistory({
 *   customer: { id: 'c1', interests: ['travel'] },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'newsletter', topics: ['travel'] },
 *     { id: 'n2', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'offer', topics: ['shoes'] },
 *     { id: 'o1', customerId: 'c1', channel: 'mail', at: '2026-05-02T00:00:00Z', direction: 'inbound', type: 'open' },
 *   ],
 * });
 * // topicMatch 1/2 (equal ages); responsiveness 2/2 (o1 follows both within a day);
 * // listening null: the business never replied (no dialogue on both sides)
 * // score = 100 · (0.4 · 0.5 + 0.3 · 1) / 0.7 ≈ 71
 * const result = scoreRelevancy(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.components.map((c) => c.name) //=> ['topicMatch', 'responsiveness', 'listening']
 * result.components[0].value //=> 0.5
 * result.components[1].value //=> 1
 * result.components[2].value //=> null
 * Math.round(result.score) //=> 71
 * @category Relevancy
 */
export function scoreRelevancy(history: CustomerHistory, options: RuleOptions): RuleScore<'relevancy'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreRelevancy', history, options);
  return measureRelevancy(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreRelevancy} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureRelevancy(view: HistoryView, config: ScoringConfig): RuleScore<'relevancy'> {
  const weights = config.relevancy.weights;
  // Every component reads interactions of the window only, and listening reads them all: the
  // evidence is the window itself (empty when the window is).
  return combineComponents(
    'relevancy',
    view,
    [
      { name: 'topicMatch', weight: weights.topicMatch, measured: measureTopicMatch(view, config) },
      { name: 'responsiveness', weight: weights.responsiveness, measured: measureResponsiveness(view, config) },
      { name: 'listening', weight: weights.listening, measured: measureListening(view, config) },
    ],
    [],
    'window',
  );
}
