import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CaseSummary } from '../../history/case-threads.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { casesOf, type HistoryView, historyView } from '../../history/view.js';
import { filled } from '../../internal/filled.js';
import { RecencyMean } from '../../internal/recency-mean.js';
import type { Interaction } from '../../model/interaction.js';
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
import { threadRoot } from './thread-root.js';
import { isComplaint } from './trust-scan.js';

/** Reasons without parameters: shared, frozen values. */
const NO_COMPLAINTS = /* @__PURE__ */ bareReason('no-complaints');

/**
 * Scores whether the business stands by the customer when they complain: complaints resolved ÷
 * complaints with an outcome or older than the resolution horizon.
 *
 * @remarks
 * Per inbound complaint (types in `config.trust.complaintTypes`, default `complaint`) in the
 * look-back window, judged within its case — the same cases as efficiency judges:
 * two complaints sent in reply to one newsletter are two cases. The
 * complaint is resolved when it, or a later interaction of its case (by `asOf`), has
 * `outcome: 'resolved'` or is a `resolve` without outcome; it is known unresolved when such an
 * interaction says `unresolved` instead. Resolved → 1; known unresolved → 0; no outcome and older
 * than `config.trust.resolutionHorizon` (default 14 days) → 0; no outcome and younger → pending,
 * not counted. Value: the recency-weighted mean by the age of the complaint. O(n) in the window.
 *
 * Facts: `resolved`, `unresolved` (known or past the horizon), `judged`, `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no complaint can be judged.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { complaintResolution, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'tel', kind: 'phone' }],
 *   interactions: [
 *     { id: 'k1', customerId: 'c1', channel: 'tel', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'r1', customerId: 'c1', channel: 'tel', at: '2026-05-02T00:00:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'k1' },
 *     { id: 'k2', customerId: 'c1', channel: 'tel', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'k3', customerId: 'c1', channel: 'tel', at: '2026-05-30T00:00:00Z', direction: 'inbound', type: 'complaint' },
 *   ],
 * });
 * // k1 resolved; k2 open for 31 days (past the 14-day horizon); k3 open for 2 days: pending
 * const result = complaintResolution(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { resolved: 1, unresolved: 1, judged: 2, pending: 1 }
 * @category Trust
 */
export function complaintResolution(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['complaintResolution']> {
  const { asOf, config } = readRuleOptions('complaintResolution', history, options);
  return componentResult(measureComplaintResolution(historyView(history, asOf, config), config));
}

/** Measures {@link complaintResolution} over a {@link HistoryView}: the value and the positions it rests on. @internal */
export function measureComplaintResolution(
  view: HistoryView,
  config: ScoringConfig,
): Measurement<ComponentFacts['complaintResolution']> {
  const basis: number[] = [];
  const { interactions: all, start, end } = view;
  const complaintTypes = config.trust.complaintTypes;
  const mean = new RecencyMean(config.halfLife);
  let resolved = 0;
  let pending = 0;
  let first = start;
  while (first < end && !isComplaint(view, first, complaintTypes)) first++;
  if (first < end) {
    // Latest resolving and latest unresolving moment per thread root: a complaint is settled by a
    // mark at or after it. Per position: 1 + its root; 1 + the latest resolving mark; the latest unresolving time.
    const n = all.length;
    const roots = filled(n, 0);
    // Each complaint is its own case, as in efficiency: its case root is the key; an interaction
    // outside the window's cases falls back to the top of its thread.
    const { summaries, caseOf } = casesOf(view);
    const keyOf = (p: number): number => {
      const c = (caseOf[p] as number | undefined) ?? 0;
      return c !== 0 ? (summaries[c - 1] as CaseSummary).root : threadRoot(p, view.parent, roots);
    };
    const lastResolved = filled(n, 0);
    const lastUnresolved = filled(n, Number.NEGATIVE_INFINITY);
    for (let m = start; m < end; m++) {
      const mark = all[m] as Interaction;
      const outcome = mark.outcome;
      const settles =
        outcome === 'resolved' || outcome === 'unresolved' || (outcome === undefined && mark.type === 'resolve');
      if (!settles) continue;
      const root = keyOf(m);
      if (mark.outcome === 'unresolved') lastUnresolved[root] = mark.at;
      else lastResolved[root] = m + 1;
    }
    const horizon = config.trust.resolutionHorizon;
    for (let c = first; c < end; c++) {
      if (!isComplaint(view, c, complaintTypes)) continue;
      const complaint = all[c] as Interaction;
      const root = keyOf(c);
      const resolution = (lastResolved[root] as number) - 1;
      if (resolution >= 0 && (all[resolution] as Interaction).at >= complaint.at) {
        resolved++;
        mean.add(complaint.at, 1);
        basis.push(c, resolution);
      } else if ((lastUnresolved[root] as number) >= complaint.at || view.asOf - complaint.at > horizon) {
        mean.add(complaint.at, 0);
        basis.push(c);
      } else {
        pending++;
      }
    }
  }
  const judged = mean.count;
  const facts = { resolved, unresolved: judged - resolved, judged, pending };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = pending > 0 ? { code: 'complaints-pending', params: { pending } } : NO_COMPLAINTS;
  return measurement(null, 0, facts, basis, reason);
}
