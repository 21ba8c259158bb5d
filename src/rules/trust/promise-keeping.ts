import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { historyView } from '../../history/view.js';
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
import { scanTrust, type TrustScan } from './trust-scan.js';

/** Reasons without parameters: shared, frozen values. */
const NO_PROMISES = /* @__PURE__ */ bareReason('no-promises');

/**
 * Scores whether the business keeps its promises: fulfilled ÷ (fulfilled + broken + overdue).
 *
 * @remarks
 * Per outbound promise (type `promise`, or a custom type with role `commitment`) made in the
 * look-back window. Its outcome is the latest `fulfilled` / `broken` recorded, by `asOf`, on an
 * interaction answering it (`inReplyTo`), else the promise's own `outcome`:
 * - `fulfilled` → 1; `broken` → 0 (even before `dueAt`: a promise withdrawn early is broken);
 * - no outcome and `dueAt` passed → 0 (overdue);
 * - no outcome and not yet due, or no `dueAt` → pending, not counted.
 *
 * Value: the recency-weighted mean by the age of the promise. O(n) in the window.
 *
 * Facts: `kept`, `broken`, `overdue`, `judged` (= the three), `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no promise can be judged yet.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, promiseKeeping } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'p1', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'promise', dueAt: '2026-05-08T00:00:00Z' },
 *     { id: 'd1', customerId: 'c1', channel: 'mail', at: '2026-05-06T00:00:00Z', direction: 'outbound', type: 'notification', inReplyTo: 'p1', outcome: 'fulfilled' },
 *     { id: 'p2', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'promise', dueAt: '2026-05-15T00:00:00Z' },
 *     { id: 'p3', customerId: 'c1', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'outbound', type: 'promise', dueAt: '2026-07-01T00:00:00Z' },
 *   ],
 * });
 * const result = promiseKeeping(history, { asOf: '2026-06-01T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { kept: 1, broken: 0, overdue: 1, judged: 2, pending: 1 }
 * @category Trust
 */
export function promiseKeeping(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['promiseKeeping']> {
  const { asOf, config } = readRuleOptions('promiseKeeping', history, options);
  return componentResult(measurePromiseKeeping(scanTrust(historyView(history, asOf, config)), config));
}

/** Measures {@link promiseKeeping} from the view's {@link TrustScan}: the value and the positions it rests on. @internal */
export function measurePromiseKeeping(
  scan: TrustScan,
  config: ScoringConfig,
): Measurement<ComponentFacts['promiseKeeping']> {
  const basis: number[] = [];
  const mean = new RecencyMean(config.halfLife);
  let kept = 0;
  let broken = 0;
  let overdue = 0;
  let pending = 0;
  const { view, promiseOutcome } = scan;
  const { interactions: all, roles, start, end } = view;
  for (let p = start; p < end; p++) {
    const promise = all[p] as Interaction;
    if (promise.direction !== 'outbound' || roles[p] !== 'commitment') continue;
    const followUp = promiseOutcome === undefined ? 0 : (promiseOutcome[p] as number);
    const outcome = followUp !== 0 ? (all[followUp - 1] as Interaction).outcome : promise.outcome;
    if (outcome === 'fulfilled') {
      kept++;
      mean.add(promise.at, 1);
    } else if (outcome === 'broken') {
      broken++;
      mean.add(promise.at, 0);
    } else if (promise.dueAt !== undefined && promise.dueAt < view.asOf) {
      overdue++;
      mean.add(promise.at, 0);
    } else {
      pending++;
      continue;
    }
    basis.push(p);
    if (followUp !== 0) basis.push(followUp - 1);
  }
  const judged = mean.count;
  const facts = { kept, broken, overdue, judged, pending };
  const value = mean.value();
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = pending > 0 ? { code: 'promises-pending', params: { pending } } : NO_PROMISES;
  return measurement(null, 0, facts, basis, reason);
}
