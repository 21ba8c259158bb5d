import type { ScoringConfig } from '../../config/scoring-config.js';
import { ConsentSweep } from '../../history/consent.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { purposeOf } from '../../history/roles.js';
import { consentTimelineOf, type HistoryView, historyView } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import type { Interaction } from '../../model/interaction.js';
import { bareReason } from '../bare-reason.js';
import {
  type ComponentFacts,
  type ComponentResult,
  type Flag,
  type Measurement,
  type RuleOptions,
  readRuleOptions,
} from '../rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const NO_MARKETING = /* @__PURE__ */ bareReason('no-marketing');

/** The counts behind {@link consentRespected}: marketing messages judged, and how many lacked consent. @category Control */
export type ConsentRespectedFacts = ComponentFacts['consentRespected'];

/**
 * What {@link consentRespected} returns: the component and one flag per violation.
 *
 * @category Control
 */
export interface ConsentRespectedResult extends ComponentResult<ConsentRespectedFacts> {
  /** One `consent-violation` flag per marketing message sent without consent, in time order. */
  readonly flags: readonly Flag[];
}

/** What {@link measureConsentRespected} returns: the measurement and one flag per violation. @internal */
export interface ConsentMeasurement extends Measurement<ConsentRespectedFacts> {
  readonly flags: readonly Flag[];
}

/**
 * Scores whether marketing respected the customer's consent, and reports every message that did not.
 *
 * @remarks
 * `1 − violations ÷ outbound marketing` over the look-back window, recency-weighted
 * (`0.5^(age / halfLife)`). A violation is outbound marketing sent at a moment when the consent
 * timeline ({@link consentTimeline}: the customer's consent records merged with `opt-in`,
 * `opt-out` and `unsubscribe` interactions) does not allow marketing on that channel: the latest
 * matching event (channel id, channel kind or `'*'`; purpose `marketing`; at or before the
 * message; a withdrawal wins a tie) is a withdrawal, or — under
 * `config.control.consentPolicy: 'opt-in'` — there is no grant at all. Under the default
 * `'opt-out'` policy marketing is allowed until withdrawn. Each violation is returned as a
 * `consent-violation` flag with its interaction id: nothing about consent is only a number.
 * O(marketing · consent events).
 *
 * `facts`: `violations`, `marketing`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1] with its `flags`; `value: null` (with a reason, no flags) when
 *   the window holds no outbound marketing.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid (e.g. an unknown `consentPolicy`).
 * @example
 * import { consentRespected, createHistory } from 'engagement-scoring';
 * const at = '2026-05-20T00:00:00Z';
 * const history = createHistory({
 *   customer: { id: 'c1', consents: [{ channel: 'sms', granted: true, at: '2026-01-01T00:00:00Z' }] },
 *   channels: [{ id: 'mail', kind: 'email' }, { id: 'txt', kind: 'sms' }],
 *   interactions: [
 *     { id: 'u', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'unsubscribe' },
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at, direction: 'outbound', type: 'newsletter' },
 *     { id: 'n2', customerId: 'c1', channel: 'txt', at, direction: 'outbound', type: 'offer' },
 *   ],
 * });
 * // n1 went to a channel the customer unsubscribed from; n2 has an sms grant → 1 − 1/2
 * const result = consentRespected(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { violations: 1, marketing: 2 }
 * result.flags //=> [{ code: 'consent-violation', interactionId: 'n1', channel: 'mail', purpose: 'marketing', at: Date.parse(at) }]
 * @category Control
 */
export function consentRespected(history: CustomerHistory, options: RuleOptions): ConsentRespectedResult {
  const { asOf, config } = readRuleOptions('consentRespected', history, options);
  const { value, evidence, reason, facts, flags } = measureConsentRespected(historyView(history, asOf, config), config);
  return reason === undefined ? { value, evidence, facts, flags } : { value, evidence, reason, facts, flags };
}

/**
 * Measures {@link consentRespected} over the look-back window: the measurement (resting on the
 * marketing it judged) and one flag per violation. The consent timeline is read only when there
 * is marketing to check. O(n + marketing · consent events).
 * @internal
 */
export function measureConsentRespected(view: HistoryView, config: ScoringConfig): ConsentMeasurement {
  const basis: number[] = [];
  const flags: Flag[] = [];
  const { history, interactions: all, roles, start, end } = view;
  const policy = config.control.consentPolicy;
  let consent: ConsentSweep | undefined; // built at the first marketing message
  let marketing = 0;
  const share = new RecencyMean(config.halfLife);
  for (let i = start; i < end; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'outbound' || purposeOf(message, roles[i]) !== 'marketing') continue;
    marketing++;
    const channel = history.channels.get(message.channel) ?? { id: message.channel, kind: 'other' as const };
    consent ??= new ConsentSweep(consentTimelineOf(view));
    const allowed = consent.allowed({ channel, purpose: 'marketing', at: message.at }, policy);
    share.add(message.at, allowed ? 1 : 0);
    if (!allowed) {
      flags.push({
        code: 'consent-violation',
        interactionId: message.id,
        channel: message.channel,
        purpose: 'marketing',
        at: message.at,
      });
    }
    basis.push(i);
  }
  const violations = flags.length;
  const facts = { violations, marketing };
  const value = share.value();
  if (value === null) return { value: null, evidence: 0, reason: NO_MARKETING, facts, positions: basis, flags };
  return { value, evidence: marketing, facts, positions: basis, flags };
}
