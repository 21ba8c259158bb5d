import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { purposeOf, roleOf } from '../../history/roles.js';
import { type HistoryView, historyView, messagesOf } from '../../history/view.js';
import { combineComponents, type Flag, type RuleOptions, type RuleScore, readRuleOptions } from '../rule-score.js';
import { measureEffort } from './effort.js';
import { measureResolution } from './resolution.js';
import { measureResponseTime } from './response-time.js';

/**
 * Scores the second rule of engagement, efficiency: is the customer's time respected — answered
 * quickly, resolved, and not sent from channel to channel?
 *
 * @remarks
 * `100 · Σ wₖ·vₖ / Σ wₖ` over the components that have evidence (the weight of a `null` component
 * is redistributed):
 * - {@link responseTime} (0.5): 1 within the channel's target `T`, `0.5^((t − T) / T)` after, 0 unanswered;
 * - {@link resolution} (0.3): share of cases with a known outcome that were resolved;
 * - {@link effort} (0.2): per case `1 / (1 + channel switches before resolution)`.
 *
 * Weights are in `config.efficiency.weights`; targets in `config.responseTargets` or on the
 * channels. Every mean is recency-weighted (`config.halfLife`) over the look-back window
 * (`config.window`); interactions after `asOf` are ignored. Messages and cases are threaded once
 * and shared by the three components. O(n).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns A {@link RuleScore}; `score` is `null` with `status: 'insufficient-data'` when no
 *   component has evidence.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreEfficiency } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'tel', kind: 'phone' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-05-01T10:03:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *     { id: 'r', customerId: 'c1', channel: 'tel', at: '2026-05-01T11:00:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'a' },
 *   ],
 * });
 * const efficiency = scoreEfficiency(history, { asOf: '2026-06-01T00:00:00Z' });
 * // answered in 3 of 5 minutes: 1; resolved: 1; one switch (chat → phone): 1/2
 * efficiency.components.map((c) => c.value) //=> [1, 1, 0.5]
 * efficiency.score //=> 100 * (0.5 + 0.3 + 0.2 * 0.5)
 * @category Efficiency
 */
export function scoreEfficiency(history: CustomerHistory, options: RuleOptions): RuleScore<'efficiency'> {
  const { asOf, config, recordsBusinessSide } = readRuleOptions('scoreEfficiency', history, options);
  return measureEfficiency(historyView(history, asOf, config, recordsBusinessSide), config);
}

/** Measures {@link scoreEfficiency} over a {@link HistoryView} made with the same configuration: the rule's score, its evidence the union of its components'. @internal */
export function measureEfficiency(view: HistoryView, config: ScoringConfig): RuleScore<'efficiency'> {
  const weights = config.efficiency.weights;
  return combineComponents(
    'efficiency',
    view,
    [
      {
        name: 'responseTime',
        weight: weights.responseTime,
        measured: measureResponseTime(view, config),
      },
      { name: 'resolution', weight: weights.resolution, measured: measureResolution(view, config) },
      { name: 'effort', weight: weights.effort, measured: measureEffort(view, config) },
    ],
    repliesBeforeMessages(view),
  );
}

/**
 * One `reply-before-message` flag per dialogue message whose first answer is timestamped before
 * it (clock skew or a mislinked reply): such a message is not judged, and a person should look.
 * @internal
 */
export function repliesBeforeMessages(view: HistoryView): Flag[] {
  const flags: Flag[] = [];
  for (const m of messagesOf(view).messages) {
    if (m.status !== 'reply-before-message' || m.firstReply === undefined) continue;
    const reply = m.firstReply;
    flags.push({
      code: 'reply-before-message',
      interactionId: reply.id,
      channel: reply.channel,
      purpose: purposeOf(reply, roleOf(reply.type, view.config.typeRoles)),
      at: reply.at,
    });
  }
  return flags;
}
