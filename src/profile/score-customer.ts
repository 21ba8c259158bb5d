import type { ScoringConfig } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { historyView } from '../history/view.js';
import { classifyLevel } from '../pyramid/classify-level.js';
import { levelMovement } from '../pyramid/level-movement.js';
import { nextStep } from '../pyramid/next-step.js';
import { scoreConsistencyOf } from '../rules/consistency/consistency.js';
import { scoreControlOf } from '../rules/control/control.js';
import { scoreEfficiencyOf } from '../rules/efficiency/efficiency.js';
import { scoreRelevancyOf } from '../rules/relevancy/relevancy.js';
import { type Flag, type RuleName, type RuleOptions, type RuleScore, readRuleOptions } from '../rules/rule-score.js';
import { scoreTrustOf } from '../rules/trust/trust.js';
import { scoreValueOf } from '../rules/value/value.js';
import { bandOf } from './band.js';
import { compositeScore, confidenceOf } from './composite.js';
import type { BandedRuleScore, EngagementProfile } from './engagement-profile.js';

const FN = 'scoreCustomer';

/**
 * Scores one customer on everything: the six rules, the composite, the pyramid and the flags.
 *
 * @remarks
 * Runs {@link scoreValue}, {@link scoreEfficiency}, {@link scoreTrust}, {@link scoreConsistency},
 * {@link scoreRelevancy} and {@link scoreControl}; the composite is their weighted mean over the rules
 * that could be scored (equal weights by default, `config.composite.weights`), with `coverage` (share
 * of the weight scored), `evidenceCount` (interactions inside the window) and `confidence`
 * `n / (n + k)` (k = `config.composite.confidenceHalfEvidence`, default 20). Each score gets a band
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
  const { asOf, config } = readRuleOptions(FN, options);
  return profileOf(history, asOf, config);
}

/** Scores a history with `asOf` and `config` already read (the batch path). @internal */
export function profileOf(history: CustomerHistory, asOf: number, config: ScoringConfig): EngagementProfile {
  const ruleOptions = { asOf, config };
  const bands = config.composite.bands;
  const view = historyView(history, asOf, config);
  const scored: Record<RuleName, RuleScore> = {
    value: scoreValueOf(view, config),
    efficiency: scoreEfficiencyOf(history, asOf, config),
    trust: scoreTrustOf(view, config),
    consistency: scoreConsistencyOf(history, asOf, config),
    relevancy: scoreRelevancyOf(view, config),
    control: scoreControlOf(view, config),
  };
  const rules = {} as Record<RuleName, BandedRuleScore>;
  const scores = {} as Record<RuleName, number | null>;
  const flags: Flag[] = [];
  for (const rule of Object.keys(scored) as RuleName[]) {
    const score = scored[rule];
    rules[rule] = withBand(score, bandOf(score.score, bands));
    scores[rule] = score.score;
    for (const flag of score.flags) flags.push(flag);
  }
  flags.sort(
    (a, b) => a.at - b.at || (a.interactionId < b.interactionId ? -1 : a.interactionId > b.interactionId ? 1 : 0),
  );

  const end = view.end;
  const evidenceCount = end - view.start;
  const composite = compositeScore(scores, config.composite.weights);
  const level = classifyLevel(history, ruleOptions);
  const movement = levelMovement(history, ruleOptions);

  return {
    customerId: history.customer.id,
    asOf,
    composite: {
      score: composite.score,
      band: bandOf(composite.score, bands),
      coverage: composite.coverage,
      evidenceCount,
      confidence: confidenceOf(evidenceCount, config.composite.confidenceHalfEvidence),
      scoredRules: composite.scoredRules,
    },
    rules,
    level,
    movement,
    nextStep: nextStep(level.level, { config }),
    flags,
    ignoredAfterAsOf: history.interactions.length - end,
  };
}

/** A rule score with its band, built as one literal (no spread on the batch path). */
function withBand(score: RuleScore, band: ReturnType<typeof bandOf>): BandedRuleScore {
  const banded: { -readonly [K in keyof BandedRuleScore]: BandedRuleScore[K] } = {
    rule: score.rule,
    score: score.score,
    status: score.status,
    components: score.components,
    evidence: score.evidence,
    evidenceCount: score.evidenceCount,
    flags: score.flags,
    band,
  };
  if (score.reason !== undefined) banded.reason = score.reason;
  return banded;
}
