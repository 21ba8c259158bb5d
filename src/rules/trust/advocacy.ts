import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { recencyWeight } from '../../history/recency.js';
import { type HistoryView, historyView } from '../../history/view.js';
import type { Interaction } from '../../model/interaction.js';
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
 * Scores the customer's advocacy — customers who trust recommend: `1 − 0.5^n`, `n` their
 * recency-weighted count of endorsements.
 *
 * @remarks
 * `n = Σ 0.5^(ageᵢ / halfLife)` over the customer's inbound endorsements (like, share, review,
 * recommend, refer, testimonial, or custom types with role `endorsement`) in the look-back window.
 * One endorsement today gives 0.5, two 0.75, three 0.875: each further one adds half of what is
 * left, so a handful of recent endorsements is near 1 and old ones fade. An endorsement with a
 * negative `sentiment` (a one-star review) is not advocacy and is left out; it still counts in
 * {@link sentiment}. O(n) in the window.
 *
 * Facts: `endorsements` (counted), `negative` (left out for their negative sentiment).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1), or `null` (with a `reason`) when the customer endorsed nothing in the window.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { advocacy, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'social', kind: 'social' }],
 *   interactions: [
 *     { id: 'e1', customerId: 'c1', channel: 'social', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'share' },
 *     { id: 'e2', customerId: 'c1', channel: 'social', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'recommend' },
 *     { id: 'e3', customerId: 'c1', channel: 'social', at: '2026-03-03T00:00:00Z', direction: 'inbound', type: 'review', sentiment: 0.8 },
 *   ],
 * });
 * // n = 1 + 1 + 0.5^(90 days / 90 days) = 2.5
 * advocacy(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> 1 - 0.5 ** 2.5
 * @category Trust
 */
export function advocacy(history: CustomerHistory, options: RuleOptions): ComponentResult<ComponentFacts['advocacy']> {
  const { asOf, config } = readRuleOptions('advocacy', history, options);
  return componentResult(measureAdvocacy(historyView(history, asOf, config), config));
}

/** Measures {@link advocacy} over a {@link HistoryView}: the value and the positions it rests on. @internal */
export function measureAdvocacy(view: HistoryView, config: ScoringConfig): Measurement<ComponentFacts['advocacy']> {
  const basis: number[] = [];
  let n = 0;
  let endorsements = 0;
  let negative = 0;
  const { interactions: all, roles, start, end } = view;
  const complaintTypes = config.trust.complaintTypes;
  for (let position = start; position < end; position++) {
    const endorsement = all[position] as Interaction;
    // A complaint type is a complaint even when its role is endorsement.
    if (endorsement.direction !== 'inbound' || roles[position] !== 'endorsement') continue;
    if (complaintTypes.includes(endorsement.type)) continue;
    if (endorsement.sentiment !== undefined && endorsement.sentiment < 0) {
      negative++;
      continue;
    }
    endorsements++;
    n += recencyWeight(endorsement.at, view.asOf, config.halfLife);
    basis.push(position);
  }
  const facts = { endorsements, negative };
  if (endorsements > 0) return measurement(1 - 0.5 ** n, endorsements, facts, basis);
  return measurement(null, 0, facts, basis, { code: 'no-endorsements', params: { negative } });
}
