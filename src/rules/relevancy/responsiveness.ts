import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { purposeOf } from '../../history/roles.js';
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
  NO_BASIS,
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const NO_MARKETING = /* @__PURE__ */ bareReason('no-marketing');

/**
 * Scores whether the customer acts on the business's marketing: relevant messages get a reaction,
 * spam gets none.
 *
 * @remarks
 * Share of outbound marketing in the look-back window followed by any inbound interaction of the
 * customer within `config.relevancy.responsivenessWindow` (default 7 days; the interval
 * `(sent, sent + window]`), recency-weighted (`0.5^(age / halfLife)`). An unsubscribe or opt-out is
 * a reaction, but not the one a relevant message earns: withdrawals do not count. A message with
 * no reaction yet whose window is still open at `asOf` is pending and left out. O(n).
 *
 * `facts`: `responded`, `judged`, `marketing`, `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when no marketing message can be judged.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, responsiveness } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'newsletter' },
 *     { id: 'o1', customerId: 'c1', channel: 'mail', at: '2026-05-02T00:00:00Z', direction: 'inbound', type: 'open' },
 *     { id: 'n2', customerId: 'c1', channel: 'mail', at: '2026-05-10T00:00:00Z', direction: 'outbound', type: 'newsletter' },
 *     { id: 'u2', customerId: 'c1', channel: 'mail', at: '2026-05-11T00:00:00Z', direction: 'inbound', type: 'unsubscribe' },
 *     { id: 'n3', customerId: 'c1', channel: 'mail', at: '2026-05-30T00:00:00Z', direction: 'outbound', type: 'offer' },
 *   ],
 * });
 * // n1 opened the next day → 1; n2 drew only an unsubscribe → 0; n3 is 2 days old → pending
 * const result = responsiveness(history, { asOf: '2026-06-01T00:00:00Z' });
 * const w1 = 0.5 ** (31 / 90);
 * const w2 = 0.5 ** (22 / 90);
 * result.value //=> w1 / (w1 + w2)
 * result.facts //=> { responded: 1, judged: 2, marketing: 3, pending: 1 }
 * @category Relevancy
 */
export function responsiveness(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['responsiveness']> {
  const { asOf, config } = readRuleOptions('responsiveness', history, options);
  return componentResult(measureResponsiveness(historyView(history, asOf, config), config));
}

/**
 * Measures {@link responsiveness} over the look-back window of a {@link HistoryView}.
 *
 * @remarks
 * Two pointers: the next qualifying inbound after each marketing message only moves forward. O(n).
 * @internal
 */
export function measureResponsiveness(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['responsiveness']> {
  const { interactions: all, roles, start, end, asOf } = view;
  const windowMs = config.relevancy.responsivenessWindow;
  let marketing = 0;
  let pending = 0;
  let judged = 0;
  let responded = 0;
  const share = new RecencyMean(config.halfLife);
  let k = start;
  for (let i = start; i < end; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'outbound' || purposeOf(message, roles[i]) !== 'marketing') continue;
    marketing++;
    // The first inbound strictly after the message that is not a withdrawal.
    for (; k < end; k++) {
      const next = all[k] as Interaction;
      if (next.at > message.at && next.direction === 'inbound' && roles[k] !== 'withdrawal') break;
    }
    const response = k < end ? (all[k] as Interaction) : undefined;
    const hit = response !== undefined && response.at - message.at <= windowMs;
    if (!hit && asOf - message.at < windowMs) {
      pending++;
      continue;
    }
    judged++;
    if (hit) responded++;
    share.add(message.at, hit ? 1 : 0);
  }
  const facts = { responded, judged, marketing, pending };
  const value = share.value();
  if (value === null) {
    return measurement(
      null,
      0,
      facts,
      NO_BASIS,
      marketing === 0 ? NO_MARKETING : { code: 'marketing-too-recent', params: { marketing } },
    );
  }
  return measurement(value, judged, facts, NO_BASIS);
}
