import { scoreActivityOf } from '../activity/score-activity.js';
import type { ScoringConfig } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { type HistoryView, historyView } from '../history/view.js';
import { classifyLevelOf } from '../pyramid/classify-level.js';
import { collectEvidence } from '../pyramid/level-evidence.js';
import { levelMovementOf } from '../pyramid/level-movement.js';
import { nextStepOf } from '../pyramid/next-step.js';
import { measureConsistency } from '../rules/consistency/consistency.js';
import { measureControl } from '../rules/control/control.js';
import { measureEfficiency } from '../rules/efficiency/efficiency.js';
import { measureRelevancy } from '../rules/relevancy/relevancy.js';
import { type Flag, type RuleName, type RuleOptions, type RuleScore, readRuleOptions } from '../rules/rule-score.js';
import { measureTrust } from '../rules/trust/trust.js';
import { measureValue } from '../rules/value/value.js';
import { scoreBand } from './band.js';
import { type Composite, compositeConfidence, compositeScore } from './composite.js';
import type { BandedRuleScore, EngagementProfile } from './engagement-profile.js';

const FN = 'scoreCustomer';

/**
 * Scores one customer on everything: the six rules, the composite, the pyramid and the flags.
 *
 * @remarks
 * Measures the customer's own engagement ({@link scoreActivity}, from the same view), runs {@link scoreValue}, {@link scoreEfficiency}, {@link scoreTrust}, {@link scoreConsistency},
 * {@link scoreRelevancy} and {@link scoreControl}; the composite is their weighted mean over the rules
 * that could be scored (equal weights by default, `config.composite.weights`), with `coverage` (share
 * of the weight scored), `evidenceCount` (interactions inside the window) and `confidence`
 * `n / (n + k)`, n the customer-side and dialogue interactions in the window (inbound, or outbound
 * answering something; broadcasts do not count), k = `config.composite.confidenceHalfEvidence`, default 20. Each score gets a band
 * (red < 50 ≤ yellow < 75 ≤ green by default). Adds the pyramid level ({@link classifyLevel}),
 * its movement over `config.pyramid.movementPeriod` ({@link levelMovement}), the next step
 * ({@link nextStep}) and every flag. O(n log n) in the customer's interactions.
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional configuration (parse it once with {@link resolveConfig} for many calls).
 * @returns The customer's {@link EngagementProfile}: plain, JSON-serialisable data.
 * @throws {@link EngagementInputError} for a missing `asOf` or an invalid configuration.
 * @example
 * import { createHistory, scoreCustomer } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:03:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *   ],
 * });
 * const profile = scoreCustomer(history, { asOf: '2026-03-02T00:00:00Z' });
 * profile.rules.efficiency.components[0].value //=> 1
 * profile.composite.evidenceCount //=> 2
 * @category Profile
 */
export function scoreCustomer(history: CustomerHistory, options: RuleOptions): EngagementProfile {
  const { asOf, config, recordsBusinessSide } = readRuleOptions(FN, history, options);
  return scoreCustomerOf(historyView(history, asOf, config, recordsBusinessSide), config);
}

/**
 * Scores the history of a {@link HistoryView} made with `config` (the batch path): one view serves
 * every rule and the pyramid, and holds the threads and the consent timeline they share.
 * @internal
 */
export function scoreCustomerOf(view: HistoryView, config: ScoringConfig): EngagementProfile {
  const { history, asOf } = view;
  const bands = config.composite.bands;
  const value = banded(measureValue(view, config), bands);
  const efficiency = banded(measureEfficiency(view, config), bands);
  const trust = banded(measureTrust(view, config), bands);
  const consistency = banded(measureConsistency(view, config), bands);
  const relevancy = banded(measureRelevancy(view, config), bands);
  const control = banded(measureControl(view, config), bands);
  const rules: EngagementProfile['rules'] = { value, efficiency, trust, consistency, relevancy, control };
  const composite = compositeScore(
    {
      value: value.score,
      efficiency: efficiency.score,
      trust: trust.score,
      consistency: consistency.score,
      relevancy: relevancy.score,
      control: control.score,
    },
    config.composite.weights,
    { minCoverage: config.composite.minCoverage },
  );
  const flags = flagsInTimeOrder([value, efficiency, trust, consistency, relevancy, control]);

  const evidenceCount = view.end - view.start;
  const levelEvidence = collectEvidence(view, config);
  const level = classifyLevelOf(view, config, levelEvidence);
  const movement = levelMovementOf(view, config, config.pyramid.movementPeriod, level.rank - 1, levelEvidence);

  return {
    customerId: history.customer.id,
    asOf,
    activity: scoreActivityOf(view.interactions, asOf, config, view.roles),
    composite: profileComposite(
      composite,
      scoreBand(printed(composite.score), bands),
      evidenceCount,
      compositeConfidence(confidenceEvidence(view), config.composite.confidenceHalfEvidence),
    ),
    rules,
    level,
    movement,
    nextStep: nextStepOf(level.level, config),
    flags,
    ignoredAfterAsOf: history.interactions.length - view.end,
  };
}

/** The profile's composite: the score with its band, evidence and confidence, and `reason` only when null. */
function profileComposite(
  composite: Composite,
  band: EngagementProfile['composite']['band'],
  evidenceCount: number,
  confidence: number,
): EngagementProfile['composite'] {
  const { score, coverage, scoredRules, reason } = composite;
  return reason === undefined
    ? { score, band, coverage, evidenceCount, confidence, scoredRules }
    : { score, band, coverage, evidenceCount, confidence, scoredRules, reason };
}

/**
 * The evidence confidence rests on: what the customer did (inbound interactions in the window)
 * and the business's side of a dialogue (outbound interactions answering something) — not
 * broadcast volume, so 200 newsletters and nothing else give confidence 0. O(window).
 */
function confidenceEvidence(view: HistoryView): number {
  const { interactions: all, parent, start, end } = view;
  let count = 0;
  for (let i = start; i < end; i++) {
    if ((all[i] as (typeof all)[number]).direction === 'inbound' || (parent[i] as number) >= 0) count++;
  }
  return count;
}

/**
 * The score as explanations print it (rounded to a whole number): bands are taken from it, so
 * "Engagement 75" is never yellow and "Efficiency 50" never red.
 */
function printed(score: number | null): number | null {
  return score === null ? null : Math.round(score);
}

/** A rule's score with its band, keys in the order profiles list them (`band` before `reason`). */
function banded<R extends RuleName>(
  rule: RuleScore<R>,
  bands: ScoringConfig['composite']['bands'],
): BandedRuleScore<R> {
  const { components, evidence, evidenceCount, flags } = rule;
  const band = scoreBand(printed(rule.score), bands);
  if (rule.status === 'scored') {
    const { score, status } = rule;
    return { rule: rule.rule, score, status, components, evidence, evidenceCount, flags, band };
  }
  const { score, status } = rule;
  return { rule: rule.rule, score, status, components, evidence, evidenceCount, flags, band, reason: rule.reason };
}

/** Every rule's flags in one new list, by time then interaction id (usually already in that order). */
function flagsInTimeOrder(scores: readonly RuleScore[]): Flag[] {
  const flags: Flag[] = [];
  let ordered = true;
  for (let r = 0; r < scores.length; r++) {
    const list = (scores[r] as RuleScore).flags;
    for (let i = 0; i < list.length; i++) {
      const flag = list[i] as Flag;
      const previous = flags[flags.length - 1];
      if (previous !== undefined && compareFlags(previous, flag) > 0) ordered = false;
      flags.push(flag);
    }
  }
  if (!ordered) flags.sort(compareFlags);
  return flags;
}

function compareFlags(a: Flag, b: Flag): number {
  return a.at - b.at || (a.interactionId < b.interactionId ? -1 : a.interactionId > b.interactionId ? 1 : 0);
}
