import type { ActivityScore } from '../activity/score-activity.js';
import type { LevelClassification } from '../pyramid/classify-level.js';
import type { LevelMovement } from '../pyramid/level-movement.js';
import type { NextStep } from '../pyramid/next-step.js';
import type { Flag, RuleName, RuleScore } from '../rules/rule-score.js';
import type { Band } from './band.js';
import type { CompositeReason } from './composite.js';

/** A rule's score with its band, taken from the score rounded to a whole number (as explanations print it). @category Profile */
export type BandedRuleScore<R extends RuleName = RuleName> = RuleScore<R> & { readonly band: Band | null };

/**
 * Everything the library knows about one customer's engagement at one moment: plain,
 * JSON-serialisable data (numbers are finite; scores are 0–100 or `null`).
 *
 * @category Profile
 */
export interface EngagementProfile {
  readonly customerId: string;
  /** The moment of scoring, epoch ms. */
  readonly asOf: number;
  /**
   * How engaged the customer is right now: their own recent, frequent, deep engagement, 0–100
   * ({@link scoreActivity}). The first of the three measures; the composite says how well the
   * business engages them, the level how deep the relationship goes.
   */
  readonly activity: ActivityScore;
  /** How well the business engages the customer: the six rules of engagement combined. */
  readonly composite: {
    /** Weighted mean of the scored rules, 0–100, or `null` when too few could be scored. */
    readonly score: number | null;
    /** Band of the score rounded to a whole number, as printed. */
    readonly band: Band | null;
    /** Share of the rule weight that was scored, in [0, 1]. */
    readonly coverage: number;
    /** Interactions inside the look-back window at `asOf`. */
    readonly evidenceCount: number;
    /** `n / (n + k)`, in [0, 1): n the customer-side and dialogue interactions in the window (inbound, or outbound answering something), not broadcasts. */
    readonly confidence: number;
    readonly scoredRules: readonly RuleName[];
    /** Why the score is `null` (no rule scored, or coverage below `config.composite.minCoverage`); absent when scored. */
    readonly reason?: CompositeReason | undefined;
  };
  /** The six rules of engagement, each with its band. */
  readonly rules: { readonly [R in RuleName]: BandedRuleScore<R> };
  /** The customer's place on the Engagement Pyramid at `asOf`. */
  readonly level: LevelClassification;
  /** Movement on the pyramid over `config.pyramid.movementPeriod` (default 90 days). */
  readonly movement: LevelMovement;
  /** The suggested next engagement for the customer's level. */
  readonly nextStep: NextStep;
  /** Every flag raised by the rules (consent violations, …), in time order. */
  readonly flags: readonly Flag[];
  /** Interactions after `asOf`: ignored by every score, counted here. */
  readonly ignoredAfterAsOf: number;
}
