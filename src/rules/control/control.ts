import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { type HistoryView, historyView } from '../../history/view.js';
import { combineComponents, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureChannelChoice } from './channel-choice.js';
import { measureConsentRespected } from './consent-respected.js';
import { measurePreferenceHonoured } from './preference-honoured.js';

/**
 * Scores control: the customer chooses the channel and can opt in and out.
 *
 * @remarks
 * `score = 100 · Σ wᵢvᵢ / Σ wᵢ` over the scored components, with the weight of a `null` component
 * redistributed: {@link consentRespected} (0.5: `1 − violations ÷ outbound marketing`),
 * {@link channelChoice} (0.3: replies on the customer's channel or a preferred one) and
 * {@link preferenceHonoured} (0.2: proactive outbound on preferred channels). Weights from
 * `config.control.weights`; consent policy from `config.control.consentPolicy` (`'opt-out'`
 * default, or `'opt-in'`). Every consent violation is in `flags`. O(n · consent events).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore} with one `consent-violation` flag per violation; `score: null`
 *   with `status: 'insufficient-data'` when no component has evidence.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreControl } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'newsletter' },
 *     { id: 'q1', customerId: 'c1', channel: 'mail', at: '2026-05-02T00:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'r1', customerId: 'c1', channel: 'mail', at: '2026-05-02T01:00:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
 *   ],
 * });
 * // Default 'opt-out' policy: n1 is allowed (1); r1 answers on the customer's channel (1);
 * // no preferred channels → preferenceHonoured null → score 100
 * scoreControl(history, { asOf: '2026-06-01T00:00:00Z' }).score //=> 100
 * // 'opt-in' policy: n1 was sent without a grant → consentRespected 0 → 100 · (0.5 · 0 + 0.3 · 1) / 0.8
 * const strict = scoreControl(history, { asOf: '2026-06-01T00:00:00Z', config: { control: { consentPolicy: 'opt-in' } } });
 * strict.score //=> 37.5
 * strict.flags.map((f) => [f.code, f.interactionId]) //=> [['consent-violation', 'n1']]
 * @category Control
 */
export function scoreControl(history: CustomerHistory, options: RuleOptions): RuleScore<'control'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreControl', history, options);
  return measureControl(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreControl} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureControl(view: HistoryView, config: ScoringConfig): RuleScore<'control'> {
  const consent = measureConsentRespected(view, config);
  const weights = config.control.weights;
  return combineComponents(
    'control',
    view,
    [
      { name: 'consentRespected', weight: weights.consentRespected, measured: consent },
      { name: 'channelChoice', weight: weights.channelChoice, measured: measureChannelChoice(view, config) },
      {
        name: 'preferenceHonoured',
        weight: weights.preferenceHonoured,
        measured: measurePreferenceHonoured(view, config),
      },
    ],
    consent.flags,
  );
}
