import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type WindowView, windowView } from '../../history/window.js';
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

/** Reasons without parameters: shared, frozen values. */
const NO_SENTIMENT = /* @__PURE__ */ bareReason('no-sentiment');

/**
 * Scores how the customer feels about the business: the recency-weighted mean sentiment of what
 * they said, mapped from [-1, 1] to [0, 1].
 *
 * @remarks
 * Per inbound interaction with a `sentiment` `s` in the look-back window: `(s + 1) / 2`, so -1 → 0,
 * neutral 0 → 0.5, +1 → 1. Value: `Σ wᵢ·(sᵢ + 1) / 2 / Σ wᵢ`, `wᵢ = 0.5^(ageᵢ / halfLife)`.
 * Interactions without a sentiment are not counted. O(n) in the window.
 *
 * Facts: `positive` (s > 0), `neutral` (s = 0), `negative` (s < 0), `judged`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when nothing the customer said carries a sentiment.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, sentiment } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'forum', kind: 'forum' }],
 *   interactions: [
 *     { id: 'a', customerId: 'c1', channel: 'forum', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'post', sentiment: 0.6 },
 *     { id: 'b', customerId: 'c1', channel: 'forum', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'complaint', sentiment: -0.2 },
 *   ],
 * });
 * // mean sentiment 0.2 → (0.2 + 1) / 2
 * sentiment(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> 0.6
 * @category Trust
 */
export function sentiment(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['sentiment']> {
  const { asOf, config } = readRuleOptions('sentiment', history, options);
  return componentResult(measureSentiment(windowView(history, asOf, config.window), config));
}

/**
 * Measures {@link sentiment} over the window of a history (a {@link WindowView}, or a whole
 * `HistoryView`): the value and the positions it rests on. @internal
 */
export function measureSentiment(view: WindowView, config: ScoringConfig): Measurement<ComponentFacts['sentiment']> {
  const basis: number[] = [];
  const mean = new RecencyMean(config.halfLife);
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  const { interactions: all, start, end } = view;
  for (let position = start; position < end; position++) {
    const interaction = all[position] as Interaction;
    const s = interaction.sentiment;
    if (s === undefined || interaction.direction !== 'inbound') continue;
    if (s > 0) positive++;
    else if (s < 0) negative++;
    else neutral++;
    mean.add(interaction.at, (s + 1) / 2);
    basis.push(position);
  }
  const judged = mean.count;
  const facts = { positive, neutral, negative, judged };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  return measurement(null, 0, facts, basis, NO_SENTIMENT);
}
