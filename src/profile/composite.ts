import { bareReason } from '../rules/bare-reason.js';
import type { Reason } from '../rules/reason.js';
import type { RuleName } from '../rules/rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const NO_RULE_SCORED = /* @__PURE__ */ bareReason('no-rule-scored');

/**
 * Why the composite is `null`: `no-rule-scored`, or `coverage-below-minimum` with `rules` (how many
 * were scored), `coverage` and `minCoverage` (shares in [0, 1]).
 *
 * @category Profile
 */
export type CompositeReason = Reason<'no-rule-scored' | 'coverage-below-minimum'>;

/**
 * The composite engagement score and how much it rests on.
 *
 * @category Profile
 */
export interface Composite {
  /** Weighted mean of the scored rules, 0–100, or `null` when no rule could be scored or coverage is below the minimum. */
  readonly score: number | null;
  /** Share of the rule weight that was scored, in [0, 1]. */
  readonly coverage: number;
  /** Rules that contributed. */
  readonly scoredRules: readonly RuleName[];
  /** Why the score is `null`; absent when scored. */
  readonly reason?: CompositeReason | undefined;
}

/** Options of {@link compositeScore}. @category Profile */
export interface CompositeOptions {
  /** Least `coverage` for a score (default 0, any scored rule counts); below it the score is `null`. */
  readonly minCoverage?: number | undefined;
}

/**
 * Combines rule scores into the composite: the weighted mean of the non-null ones.
 *
 * @remarks
 * `score = Σ wᵣ·sᵣ / Σ wᵣ` over rules with a score and `wᵣ > 0`; `coverage = Σ wᵣ (scored) / Σ wᵣ (all)`.
 * The composite always lies between the lowest and the highest scored rule. With
 * `options.minCoverage` (profiles use `config.composite.minCoverage`, default 0.5), a coverage below
 * it gives `null` with a reason: a verdict on one rule out of six is not an engagement score. O(rules).
 *
 * @param scores - Each rule's score (0–100) or `null`.
 * @param weights - Each rule's weight (non-negative).
 * @param options - `minCoverage`, in [0, 1].
 * @returns The composite score, coverage and the rules that counted.
 * @internal
 */
export function compositeScore(
  scores: Readonly<Record<RuleName, number | null>>,
  weights: Readonly<Record<RuleName, number>>,
  options: CompositeOptions = {},
): Composite {
  let weightAll = 0;
  let weightScored = 0;
  let sum = 0;
  const scoredRules: RuleName[] = [];
  for (const rule of Object.keys(weights) as RuleName[]) {
    const weight = weights[rule];
    weightAll += weight;
    const score = scores[rule];
    if (score === null || score === undefined || weight <= 0) continue;
    weightScored += weight;
    sum += weight * score;
    scoredRules.push(rule);
  }
  if (weightScored === 0) {
    return { score: null, coverage: 0, scoredRules, reason: NO_RULE_SCORED };
  }
  const coverage = weightAll > 0 ? weightScored / weightAll : 0;
  const minCoverage = options.minCoverage ?? 0;
  if (coverage < minCoverage) {
    const reason: CompositeReason = {
      code: 'coverage-below-minimum',
      params: { rules: scoredRules.length, coverage, minCoverage },
    };
    return { score: null, coverage, scoredRules, reason };
  }
  return { score: Math.min(100, Math.max(0, sum / weightScored)), coverage, scoredRules };
}

/**
 * How far a score can be trusted, from the amount of evidence behind it: `n / (n + k)`.
 *
 * @remarks
 * 0 with no evidence, 0.5 at `k` pieces of evidence (default 20), approaching 1 as evidence grows —
 * a score from two interactions is visibly weaker than one from two hundred. O(1).
 *
 * @param evidence - How many interactions the scores rest on.
 * @param halfEvidence - `k`: the evidence count at which confidence is 0.5 (> 0).
 * @returns A confidence in [0, 1).
 * @internal
 */
export function compositeConfidence(evidence: number, halfEvidence: number): number {
  if (!(evidence > 0)) return 0;
  return evidence / (evidence + halfEvidence);
}
