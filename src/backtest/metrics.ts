import { averageRanks } from '../perception/spearman.js';

/**
 * Scores ready for ranking: `null` (no score) becomes one less than the smallest score, so customers
 * without a score rank below every scored customer and tie among themselves. With no score at all,
 * every value is 0. The input is not changed.
 * @internal
 */
export function nullsLowest(values: readonly (number | null)[]): number[] {
  let min = Number.POSITIVE_INFINITY;
  for (const value of values) if (value !== null && value < min) min = value;
  const floor = min === Number.POSITIVE_INFINITY ? 0 : min - 1;
  return values.map((value) => value ?? floor);
}

/**
 * The area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting one half (the Mann–Whitney U statistic over `n₊ · n₋`).
 *
 * @remarks
 * `AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊ · n₋)`, where `R₊` is the sum of the positives' average ranks
 * (smallest first). `null` when either class is empty. O(n log n).
 * @internal
 */
export function auc(values: readonly number[], positive: readonly boolean[]): number | null {
  const ranks = averageRanks(values);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < values.length; i++) {
    if (positive[i] === true) {
      positives++;
      rankSum += ranks[i] as number;
    }
  }
  const negatives = values.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const u = rankSum - (positives * (positives + 1)) / 2;
  return Math.min(1, Math.max(0, u / (positives * negatives)));
}

/** One tenth of the customers, by score: decile 1 holds the highest scores. @internal */
export interface DecileRow {
  readonly decile: number;
  readonly customers: number;
  readonly positives: number;
  /** Share of positives, or `null` for an empty decile. */
  readonly rate: number | null;
  /** `rate / baseRate`, or `null` for an empty decile or a base rate of 0. */
  readonly lift: number | null;
}

/**
 * Outcome rate and lift per decile of score, highest scores first.
 *
 * @remarks
 * A customer's decile is `⌊10 · (r − 1) / n⌋ + 1`, where `r` is the customer's average rank from
 * the top (1 = highest score). Tied customers share an average rank and so land in the same decile:
 * a score that cannot tell customers apart fills one decile and leaves the others empty, rather than
 * splitting ties by input order. O(n log n).
 * @internal
 */
export function decileLift(values: readonly number[], positive: readonly boolean[]): DecileRow[] {
  const n = values.length;
  const ranks = averageRanks(values);
  const customers = new Array<number>(10).fill(0);
  const positives = new Array<number>(10).fill(0);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) {
    const fromTop = n + 1 - (ranks[i] as number);
    const d = Math.min(9, Math.floor((10 * (fromTop - 1)) / n));
    customers[d] = (customers[d] as number) + 1;
    if (positive[i] === true) {
      positives[d] = (positives[d] as number) + 1;
      totalPositives++;
    }
  }
  const baseRate = n === 0 ? 0 : totalPositives / n;
  return customers.map((count, d) => {
    const hits = positives[d] as number;
    const rate = count === 0 ? null : hits / count;
    return {
      decile: d + 1,
      customers: count,
      positives: hits,
      rate,
      lift: rate === null || baseRate === 0 ? null : rate / baseRate,
    };
  });
}
