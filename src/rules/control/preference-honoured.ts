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
const NO_PREFERRED_CHANNELS = /* @__PURE__ */ bareReason('no-preferred-channels');
const NO_PROACTIVE = /* @__PURE__ */ bareReason('no-proactive');

/**
 * Scores whether the business reached out on the channels the customer chose.
 *
 * @remarks
 * Share of proactive outbound (outbound in the look-back window that answers no message of the
 * customer: newsletters, offers, notifications, rewards, promises …) sent on one of the customer's
 * `preferredChannels`. Recency-weighted (`0.5^(age / halfLife)`).
 * O(n · thread depth).
 *
 * `facts`: `onPreferred`, `proactive`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when the customer declared no
 *   preferred channel or the window holds no proactive outbound.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, preferenceHonoured } from 'engagement-scoring';
 * const at = '2026-05-01T00:00:00Z';
 * const history = createHistory({
 *   customer: { id: 'c1', preferredChannels: ['txt'] },
 *   channels: [{ id: 'mail', kind: 'email' }, { id: 'txt', kind: 'sms' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'txt', at, direction: 'outbound', type: 'notification' },
 *     { id: 'n2', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'newsletter' },
 *     { id: 'n3', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'offer' },
 *     { id: 'n4', customerId: 'c1', channel: 'txt', at, direction: 'outbound', type: 'reward' },
 *   ],
 * });
 * // 2 of 4 proactive messages on sms, the preferred channel
 * preferenceHonoured(history, { asOf: '2026-06-01T00:00:00Z' }).value //=> 0.5
 * preferenceHonoured(history, { asOf: '2026-06-01T00:00:00Z' }).facts //=> { onPreferred: 2, proactive: 4 }
 * @category Control
 */
export function preferenceHonoured(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['preferenceHonoured']> {
  const { asOf, config } = readRuleOptions('preferenceHonoured', history, options);
  return componentResult(measurePreferenceHonoured(historyView(history, asOf, config), config));
}

/**
 * Measures {@link preferenceHonoured} over a {@link HistoryView}: the value and the positions it rests on (the proactive outbound). O(n · thread depth).
 * @internal
 */
export function measurePreferenceHonoured(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['preferenceHonoured']> {
  const basis: number[] = [];
  const preferred = preferredSet(view);
  if (preferred.size === 0) {
    return measurement(null, 0, { onPreferred: 0, proactive: 0 }, basis, NO_PREFERRED_CHANNELS);
  }
  const { interactions: all, start, end } = view;
  let proactive = 0;
  let onPreferred = 0;
  const share = new RecencyMean(config.halfLife);
  for (let i = start; i < end; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.direction !== 'outbound') continue;
    if (interaction.inReplyTo !== undefined && customerMessageOf(view, i) >= 0) continue;
    proactive++;
    const honoured = preferred.has(interaction.channel);
    if (honoured) onPreferred++;
    share.add(interaction.at, honoured ? 1 : 0);
    basis.push(i);
  }
  const facts = { onPreferred, proactive };
  const value = share.value();
  if (value === null) return measurement(null, 0, facts, basis, NO_PROACTIVE);
  return measurement(value, proactive, facts, basis);
}
