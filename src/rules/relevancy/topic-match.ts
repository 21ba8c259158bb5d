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
import { Interests } from './interests.js';

/** Reasons without parameters: shared, frozen values. */
const NO_MARKETING = /* @__PURE__ */ bareReason('no-marketing');

/**
 * Scores whether the business's marketing was about the customer's interests rather than product
 * spam.
 *
 * @remarks
 * Share of outbound marketing in the look-back window whose topics meet the customer's interests
 * at the moment it was sent: declared `customer.interests` ∪ topics of the customer's inbound
 * interactions strictly before it (any time in the history, withdrawals excepted). Recency-weighted
 * (`0.5^(age / halfLife)`). Topics are compared ignoring case and surrounding spaces; one shared
 * topic is a match. A message without topics, or sent while no interest was known, cannot be
 * judged and is left out (counted in `facts`).
 *
 * Learned interests are profiling, which the customer controls ("We Collaborate #2 – Egosystem"): the topics of an
 * inbound interaction are used only while `profiling` consent for its channel (id, kind or `'*'`)
 * stands at the moment of the marketing message. Without profiling records,
 * `config.control.consentPolicy` decides: `'opt-out'` (default) uses them, `'opt-in'` uses only
 * declared interests. O(n · topics).
 *
 * `facts`: `matched`, `judged`, `marketing`, `untagged`, `unknownInterests`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns The component in [0, 1], or `null` (with a reason) when no marketing message can be judged.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, topicMatch } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1', interests: ['Travel'] },
 *   channels: [{ id: 'mail', kind: 'email' }, { id: 'web', kind: 'web' }],
 *   interactions: [
 *     { id: 'n1', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'newsletter', topics: ['garden'] },
 *     { id: 'v1', customerId: 'c1', channel: 'web', at: '2026-05-02T00:00:00Z', direction: 'inbound', type: 'view', topics: ['garden'] },
 *     { id: 'n2', customerId: 'c1', channel: 'mail', at: '2026-05-03T00:00:00Z', direction: 'outbound', type: 'offer', topics: ['garden'] },
 *     { id: 'n3', customerId: 'c1', channel: 'mail', at: '2026-05-03T00:00:00Z', direction: 'outbound', type: 'offer', topics: ['travel'] },
 *     { id: 'n4', customerId: 'c1', channel: 'mail', at: '2026-05-03T00:00:00Z', direction: 'outbound', type: 'offer', topics: ['shoes'] },
 *   ],
 * });
 * // n1: garden, not yet an interest → miss; n2: garden learned from v1 → hit; n3: declared → hit; n4: miss
 * // weights: n1 0.5^(31/90), the others 0.5^(29/90) each
 * const result = topicMatch(history, { asOf: '2026-06-01T00:00:00Z' });
 * const w1 = 0.5 ** (31 / 90);
 * const w2 = 0.5 ** (29 / 90);
 * result.value //=> (2 * w2) / (w1 + 3 * w2)
 * result.facts //=> { matched: 2, judged: 4, marketing: 4, untagged: 0, unknownInterests: 0 }
 * // Under an opt-in policy with no profiling grant, only the declared interest counts: 1 of 4
 * topicMatch(history, { asOf: '2026-06-01T00:00:00Z', config: { control: { consentPolicy: 'opt-in' } } }).facts.matched //=> 1
 * @category Relevancy
 */
export function topicMatch(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['topicMatch']> {
  const { asOf, config } = readRuleOptions('topicMatch', history, options);
  return componentResult(measureTopicMatch(historyView(history, asOf, config), config));
}

/**
 * Measures {@link topicMatch} over the look-back window of a {@link HistoryView}.
 *
 * @remarks
 * One pass with two pointers: interests learned from inbound topics are absorbed strictly before
 * each marketing message's moment, so ties never depend on the order of ids. O(n · topics).
 * @internal
 */
export function measureTopicMatch(view: HistoryView, config: ScoringConfig): Measurement<ComponentFacts['topicMatch']> {
  const { interactions: all, roles, start, end } = view;
  let interests: Interests | undefined; // built at the first marketing message with topics
  let marketing = 0;
  let untagged = 0;
  let unknownInterests = 0;
  let judged = 0;
  let matched = 0;
  const share = new RecencyMean(config.halfLife);
  let k = 0;
  for (let i = start; i < end; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'outbound' || purposeOf(message, roles[i]) !== 'marketing') continue;
    marketing++;
    const topics = message.topics;
    if (topics === undefined || topics.length === 0) {
      untagged++;
      continue;
    }
    interests ??= new Interests(view.history, view.asOf, config);
    for (; k < end && (all[k] as Interaction).at < message.at; k++)
      interests.learnFrom(all[k] as Interaction, roles[k]);
    if (!interests.known(message.at)) {
      unknownInterests++;
      continue;
    }
    const hit = interests.meets(topics, message.at);
    judged++;
    if (hit) matched++;
    share.add(message.at, hit ? 1 : 0);
  }
  const facts = { matched, judged, marketing, untagged, unknownInterests };
  const value = share.value();
  if (value === null) {
    return measurement(
      null,
      0,
      facts,
      NO_BASIS,
      marketing === 0
        ? NO_MARKETING
        : { code: 'marketing-not-judged', params: { marketing, untagged, unknownInterests } },
    );
  }
  return measurement(value, judged, facts, NO_BASIS);
}
