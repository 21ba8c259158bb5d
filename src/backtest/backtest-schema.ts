import * as z from 'zod';
import { PYRAMID_LEVELS } from '../model/vocabulary.js';

const Count = z.int().nonnegative();
const Share = z.number().min(0).max(1);

/** One decile of a score: decile 1 holds the highest scores. @category Backtest */
export const BacktestDecileSchema = z.object({
  decile: z.int().min(1).max(10),
  customers: Count,
  positives: Count,
  /** Share of positives, or `null` for an empty decile. */
  rate: Share.nullable(),
  /** `rate / baseRate`, or `null` for an empty decile or a base rate of 0. */
  lift: z.number().nonnegative().nullable(),
});

/** How well one score (or baseline) ranked the customers by their outcome. @category Backtest */
export const BacktestScoreResultSchema = z.object({
  /** `activity`, `composite`, `level`, a rule name, or a baseline: `interactionCount`, `daysSinceLast`, `totalAmount`. */
  name: z.string(),
  kind: z.enum(['score', 'baseline']),
  /** `lower` for a measure where less predicts more (days since last interaction): ranked negated. */
  better: z.enum(['higher', 'lower']),
  /** Share of customers with a value (not `null`); customers without one rank lowest. */
  coverage: Share,
  /** Area under the ROC curve for the binary outcome, ties one half; `null` when one class is empty. */
  auc: Share.nullable(),
  /** Spearman correlation with the outcome value; `null` when either side has no variance. */
  spearman: z.number().min(-1).max(1).nullable(),
  /** Outcome rate and lift per decile, highest scores first. */
  deciles: z.array(BacktestDecileSchema),
});

/** Outcome rate of the customers on one pyramid level at the cutoff. @category Backtest */
export const BacktestLevelRowSchema = z.object({
  level: z.enum([...PYRAMID_LEVELS, 'unclassified']),
  customers: Count,
  positives: Count,
  rate: Share.nullable(),
});

/**
 * The result of {@link backtest}, for JSON consumers and JSON Schema generation.
 *
 * @category Backtest
 */
export const BacktestResultSchema = z.object({
  /** Epoch ms: scores are as of this moment. */
  cutoff: z.number(),
  /** Epoch ms: outcomes are observed in `(cutoff, horizonEnd]`. */
  horizonEnd: z.number(),
  /** Which outcome was observed: the default, a `where` predicate or a `value` per customer. */
  outcome: z.enum(['default', 'where', 'value']),
  /** Customers with at least one interaction at or before the cutoff: the ones scored. */
  customers: Count,
  /** Customers of the dataset left out because nothing of theirs precedes the cutoff. */
  excluded: Count,
  /** Customers with a positive outcome. */
  positives: Count,
  /** `positives / customers`, or `null` without customers. */
  baseRate: Share.nullable(),
  /** The requested scores, then the baselines. */
  scores: z.array(BacktestScoreResultSchema),
  /** Outcome rate by pyramid level at the cutoff (empty when `scores` is empty: then nobody is profiled). */
  byLevel: z.array(BacktestLevelRowSchema),
});

// Interfaces rather than aliases of the inferred types, so that the API docs show their names (and
// the rows by name where a result lists them).

/** One decile row of a {@link BacktestResult}. @category Backtest */
export interface BacktestDecile extends z.output<typeof BacktestDecileSchema> {}
/** One score's row of a {@link BacktestResult}. @category Backtest */
export interface BacktestScoreResult extends z.output<typeof BacktestScoreResultSchema> {
  /** Outcome rate and lift per decile, highest scores first. */
  deciles: BacktestDecile[];
}
/** One level's row of a {@link BacktestResult}. @category Backtest */
export interface BacktestLevelRow extends z.output<typeof BacktestLevelRowSchema> {}
/** The result of {@link backtest}. @category Backtest */
export interface BacktestResult extends z.output<typeof BacktestResultSchema> {
  /** The requested scores, then the baselines. */
  scores: BacktestScoreResult[];
  /** Outcome rate by pyramid level at the cutoff (empty when `scores` is empty: then nobody is profiled). */
  byLevel: BacktestLevelRow[];
}
