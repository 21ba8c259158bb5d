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
import { isPersonal } from './personal.js';

/** Reasons without parameters: shared, frozen values. */
const NOTHING_SENT = /* @__PURE__ */ bareReason('nothing-sent');

/**
 * Scores how personal the business's outreach is: the share of outbound interactions that were a
 * one-to-one touch rather than a broadcast.
 *
 * @remarks
 * Every outbound interaction in the look-back window counts: 1 when personal, else 0.
 * Personal: `personalized: true`; or, without the flag, a reply to something (`inReplyTo`) or an
 * interaction of role `reply` (`reply`, `call`, `resolve`). `personalized: false` always wins.
 * Value: the recency-weighted mean `Σ wᵢ·xᵢ / Σ wᵢ`, `wᵢ = 0.5^(ageᵢ / halfLife)`. O(n) in the window.
 *
 * Facts: `personal`, `judged` (outbound interactions).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when nothing outbound was sent.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, personalTouch } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }, { id: 'tel', kind: 'phone' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'outbound', type: 'newsletter' },
 *     { id: 'n2', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'outbound', type: 'offer' },
 *     { id: 'o1', customerId: 'c1', channel: 'mail', at: '2026-05-01T09:00:00Z', direction: 'outbound', type: 'offer', personalized: true },
 *     { id: 'k1', customerId: 'c1', channel: 'tel', at: '2026-05-01T09:00:00Z', direction: 'outbound', type: 'call' },
 *   ],
 * });
 * personalTouch(history, { asOf: '2026-05-02T00:00:00Z' }).value //=> 0.5
 * @category Value
 */
export function personalTouch(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['personalTouch']> {
  const { asOf, config } = readRuleOptions('personalTouch', history, options);
  return componentResult(measurePersonalTouch(historyView(history, asOf, config), config));
}

/** Measures {@link personalTouch} over a {@link HistoryView}: the value and the positions it rests on. @internal */
export function measurePersonalTouch(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['personalTouch']> {
  const basis: number[] = [];
  const mean = new RecencyMean(config.halfLife);
  let personal = 0;
  const { interactions: all, roles, start, end } = view;
  for (let o = start; o < end; o++) {
    const interaction = all[o] as Interaction;
    if (interaction.direction !== 'outbound') continue;
    const personalTouch = isPersonal(interaction, roles[o]);
    if (personalTouch) personal++;
    mean.add(interaction.at, personalTouch ? 1 : 0);
    basis.push(o);
  }
  const judged = mean.count;
  const value = mean.value();
  const facts = { personal, judged };
  if (value !== null) return measurement(value, judged, facts, basis);
  return measurement(null, 0, facts, basis, NOTHING_SENT);
}
