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
import { isLoyaltyRecognition, scanValue, type ValueScan } from './value-scan.js';

/** Reasons without parameters: shared, frozen values. */
const NO_CONTRIBUTIONS = /* @__PURE__ */ bareReason('no-contributions');

/**
 * Scores whether the customer's endorsements and contributions were recognised: the share
 * followed, within the recognition window, by a reward, a thank-you or a personal reply.
 *
 * @remarks
 * Per inbound endorsement or contribution `c` (like, share, review, purchase, idea, …) in the
 * look-back window, 1 when recognised within `value.recognitionWindow` `W` (default 30 days):
 * - an outbound recognition (`reward`, `thank`) or personal reply that answers `c` (`inReplyTo`)
 *   no later than `c.at + W`; or
 * - an outbound recognition that answers nothing in particular (a loyalty reward), sent in
 *   `[c.at, c.at + W]` — it recognises every contribution before it in that span.
 *
 * A recognition that answers one interaction recognises only that one. Unrecognised: 0 once `W`
 * has passed; pending (not counted) before. Value: the recency-weighted mean `Σ wᵢ·xᵢ / Σ wᵢ`.
 * O(n) in the window (two pointers over the time-ordered window).
 *
 * Facts: `acknowledged`, `judged`, `pending`.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A component value in [0, 1], or `null` (with a `reason`) when no contribution can be judged.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { acknowledgedContributions, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'web', kind: 'web' }],
 *   interactions: [
 *     { id: 'p1', customerId: 'c1', channel: 'web', at: '2026-03-01T00:00:00Z', direction: 'inbound', type: 'review' },
 *     { id: 't1', customerId: 'c1', channel: 'web', at: '2026-03-05T00:00:00Z', direction: 'outbound', type: 'thank', inReplyTo: 'p1' },
 *     { id: 'p2', customerId: 'c1', channel: 'web', at: '2026-03-01T00:00:00Z', direction: 'inbound', type: 'idea' },
 *   ],
 * });
 * const result = acknowledgedContributions(history, { asOf: '2026-05-01T00:00:00Z' });
 * result.value //=> 0.5
 * result.facts //=> { acknowledged: 1, judged: 2, pending: 0 }
 * @category Value
 */
export function acknowledgedContributions(
  history: CustomerHistory,
  options: RuleOptions,
): ComponentResult<ComponentFacts['acknowledgedContributions']> {
  const { asOf, config } = readRuleOptions('acknowledgedContributions', history, options);
  return componentResult(measureAcknowledgedContributions(scanValue(historyView(history, asOf, config)), config));
}

/** Measures {@link acknowledgedContributions} from the view's {@link ValueScan}: the value and the positions it rests on. @internal */
export function measureAcknowledgedContributions(
  scan: ValueScan,
  config: ScoringConfig,
): Measurement<ComponentFacts['acknowledgedContributions']> {
  const basis: number[] = [];
  const windowMs = config.value.recognitionWindow;
  const { view, personalReply, targetedRecognition } = scan;
  const { interactions: all, roles, start, end } = view;
  const mean = new RecencyMean(config.halfLife);
  let acknowledged = 0;
  let pending = 0;
  let next = start; // first untargeted recognition at or after the current contribution
  for (let c = start; c < end; c++) {
    const contribution = all[c] as Interaction;
    const role = roles[c];
    if (contribution.direction !== 'inbound' || (role !== 'endorsement' && role !== 'contribution')) continue;
    const by = contribution.at + windowMs;
    while (next < end && (!isLoyaltyRecognition(view, next) || (all[next] as Interaction).at < contribution.at)) next++;
    let recognition = earliestWithin(
      all,
      personalReply === undefined ? 0 : (personalReply[c] as number),
      targetedRecognition === undefined ? 0 : (targetedRecognition[c] as number),
      by,
    );
    if (recognition < 0 && next < end && (all[next] as Interaction).at <= by) recognition = next;
    if (recognition >= 0) {
      acknowledged++;
      mean.add(contribution.at, 1);
      basis.push(c, recognition);
    } else if (view.asOf > by) {
      mean.add(contribution.at, 0);
      basis.push(c);
    } else {
      pending++;
    }
  }
  const judged = mean.count;
  const value = mean.value();
  const facts = { acknowledged, judged, pending };
  if (value !== null) return measurement(value, judged, facts, basis);
  const reason: Reason = pending > 0 ? { code: 'contributions-pending', params: { pending } } : NO_CONTRIBUTIONS;
  return measurement(null, 0, facts, basis, reason);
}

/** The earlier of two replies given as position + 1 (0: none), if it came by `by`; its position, or −1. */
function earliestWithin(all: readonly Interaction[], a: number, b: number, by: number): number {
  const first = a === 0 ? b : b === 0 || (all[a - 1] as Interaction).at <= (all[b - 1] as Interaction).at ? a : b;
  return first !== 0 && (all[first - 1] as Interaction).at <= by ? first - 1 : -1;
}
