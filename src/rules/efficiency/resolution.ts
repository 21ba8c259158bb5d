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
 * Scores whether the customer's cases get resolved: the share of cases with a known outcome that
 * were resolved.
 *
 * @remarks
 * A case is an inbound dialogue message opened in the look-back window with everything threaded
 * under it (cases as docs/scoring.md describes them). It is resolved once a member has `outcome: 'resolved'` or is
 * a `resolve` interaction; unresolved when the last recorded outcome is `unresolved`. Cases with no
 * recorded outcome are not counted (a question that was simply answered often never gets one).
 * Value: the recency-weighted mean over cases, `wᵢ` by the age of the opening message. O(n).
 *
 * Facts: `resolved`, `unresolved`, `judged`, `open` (no outcome yet).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no case has an outcome.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, resolution } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'a', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'request' },
 *     { id: 'a1', customerId: 'c1', channel: 'mail', at: '2026-05-02T10:00:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'a' },
 *     { id: 'b', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'complaint', outcome: 'unresolved' },
 *     { id: 'c', customerId: 'c1', channel: 'mail', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *   ],
 * });
 * const result = resolution(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { resolved: 1, unresolved: 1, judged: 2, open: 1 }
 * @category Efficiency
 */
export function resolution(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['resolution']> {
  const { asOf, config } = readRuleOptions('resolution', history, options);
  const view = historyView(history, asOf, config);
  return componentResult(measureResolution(view, config));
}

/** Measures {@link resolution} over a {@link HistoryView}: the value and the positions it rests on. @internal */
export function measureResolution(view: HistoryView, config: ScoringConfig): Measurement<ComponentFacts['resolution']> {
  const basis: number[] = [];
  const cases = casesOf(view).summaries;
  const mean = new RecencyMean(config.halfLife);
  let resolved = 0;
  let open = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as CaseSummary;
    if (c.outcome === undefined) {
      open++;
      continue;
    }
    const isResolved = c.outcome === 'resolved';
    if (isResolved) resolved++;
    mean.add(c.message.at, isResolved ? 1 : 0);
    basis.push(c.root);
  }
  const judged = mean.count;
  const facts = { resolved, unresolved: judged - resolved, judged, open };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = open > 0 ? { code: 'cases-open', params: { open } } : NO_CASES;
  return measurement(null, 0, facts, basis, reason);
}
