import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CaseSummary } from '../../history/case-threads.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { casesOf, type HistoryView, historyView } from '../../history/view.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import { bareReason } from '../bare-reason.js';
import type { Reason } from '../reason.js';
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
const NO_CASES = /* @__PURE__ */ bareReason('no-cases');

/**
 * Scores how little effort the customer's cases cost them: the "call-centre jungle" penalty for
 * being sent from one channel to another.
 *
 * @remarks
 * Per case opened in the look-back window (cases as docs/scoring.md describes them) that has gone beyond its
 * opening message: `1 / (1 + s)`, `s` the channel switches between consecutive members up to
 * resolution (to `asOf` while open). A case answered on the channel it was raised on scores 1, one
 * switch 0.5, two switches 1/3. A case that is still just the opening message shows no path yet and
 * is not counted (an unanswered message is penalised by {@link responseTime}, not here).
 * Value: the recency-weighted mean over cases, by the age of the opening message. O(n).
 *
 * Facts: `judged` (cases), `switched` (cases with at least one switch), `switches` (in total).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in (0, 1], or `null` (with a `reason`) when no case has a reply or follow-up.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, effort } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'tel', kind: 'phone' }],
 *   interactions: [
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'request' },
 *     { id: 'a1', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:02:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'a' },
 *     { id: 'b', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'b1', customerId: 'c1', channel: 'tel', at: '2026-05-01T11:00:00Z', direction: 'outbound', type: 'call', inReplyTo: 'b' },
 *   ],
 * });
 * const result = effort(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> (1 + 1 / 2) / 2
 * result.facts //=> { judged: 2, switched: 1, switches: 1 }
 * @category Efficiency
 */
export function effort(history: CustomerHistory, options: RuleOptions): ComponentResult<ComponentFacts['effort']> {
  const { asOf, config } = readRuleOptions('effort', history, options);
  const view = historyView(history, asOf, config);
  return componentResult(measureEffort(view, config));
}

/** Measures {@link effort} over a {@link HistoryView}: the value and the positions it rests on (every member of a judged case). @internal */
export function measureEffort(view: HistoryView, config: ScoringConfig): Measurement<ComponentFacts['effort']> {
  const basis: number[] = [];
  const { summaries: cases, caseOf } = casesOf(view);
  const mean = new RecencyMean(config.halfLife);
  let switched = 0;
  let switches = 0;
  let waiting = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as CaseSummary;
    if (c.size < 2) {
      waiting++;
      continue;
    }
    if (c.channelSwitches > 0) switched++;
    switches += c.channelSwitches;
    mean.add(c.message.at, 1 / (1 + c.channelSwitches));
  }
  if (mean.count > 0) {
    for (let i = 0; i < caseOf.length; i++) {
      const c = caseOf[i] as number;
      if (c !== 0 && (cases[c - 1] as CaseSummary).size >= 2) basis.push(i);
    }
  }
  const judged = mean.count;
  const facts = { judged, switched, switches };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = waiting > 0 ? { code: 'cases-waiting', params: { waiting } } : NO_CASES;
  return measurement(null, 0, facts, basis, reason);
}
