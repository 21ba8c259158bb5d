import { EngagementInputError, type InputIssue } from '../model/errors.js';
import { compareIds, type PerceptionSide, readSide, type SideEntry } from './side.js';
import { spearman } from './spearman.js';

/**
 * Options of {@link perceptionGap}.
 *
 * @category Perception
 */
export interface PerceptionGapOptions {
  /** Largest |gap| in percentage points still called `aligned`. Default 5. */
  readonly tolerance?: number | undefined;
  /** Largest |rank difference| still called `aligned` when only ranks can be compared. Default 1. */
  readonly rankTolerance?: number | undefined;
}

/** How the business's belief about a reason compares with the customers'. @category Perception */
export type PerceptionDirection = 'overestimated' | 'underestimated' | 'aligned';

/**
 * One reason in a {@link PerceptionGap}: both sides' values, the gaps and the verdict.
 *
 * @category Perception
 */
export interface PerceptionGapRow {
  /** The reason id. */
  readonly reason: string;
  /** The business's percentage, or `null` when it gave none for this reason. */
  readonly business: number | null;
  /** The customers' percentage, or `null`. */
  readonly customer: number | null;
  /** `business − customer` in percentage points when both percentages exist, else `null`. */
  readonly gap: number | null;
  /** Rank on the business side: given, or derived from its percentages (average ranks for ties). */
  readonly businessRank: number | null;
  /** Rank on the customer side, likewise. */
  readonly customerRank: number | null;
  /** `customerRank − businessRank` when both exist: positive when the business ranks the reason higher. */
  readonly rankGap: number | null;
  /** The verdict; `null` when the two sides cannot be compared for this reason. */
  readonly direction: PerceptionDirection | null;
  /** What the verdict rests on: the percentage `gap`, else the `rankGap`; `null` without a verdict. */
  readonly basis: 'percentage' | 'rank' | null;
  /** The one side that lists this reason, or `null` when both do. */
  readonly onlyIn: 'business' | 'customer' | null;
}

/** Counts over the rows of a {@link PerceptionGap}. @category Perception */
export interface PerceptionGapCounts {
  /** All reasons (rows). */
  readonly reasons: number;
  /** Reasons listed on both sides. */
  readonly shared: number;
  readonly onlyBusiness: number;
  readonly onlyCustomer: number;
  /** Reasons with a percentage on both sides (a `gap`). */
  readonly withGap: number;
  /** Reasons with a rank on both sides (the pairs behind `spearman`). */
  readonly rankedOnBoth: number;
  readonly overestimated: number;
  readonly underestimated: number;
  readonly aligned: number;
  /** Rows without a verdict: one-sided reasons and shared ones with nothing comparable. */
  readonly undetermined: number;
}

/** The summary of a {@link PerceptionGap}. @category Perception */
export interface PerceptionGapSummary {
  /** Mean of |gap| over the reasons with a percentage on both sides; `null` when there are none. */
  readonly meanAbsoluteGap: number | null;
  /** The row the business overestimates most (see {@link perceptionGap}); `null` when none is overestimated. */
  readonly largestOverestimation: PerceptionGapRow | null;
  /** The row the business underestimates most; `null` when none is underestimated. */
  readonly largestUnderestimation: PerceptionGapRow | null;
  /** Spearman's rank correlation over the reasons ranked on both sides; `null` when undefined. */
  readonly spearman: number | null;
  readonly counts: PerceptionGapCounts;
}

/** Result of {@link perceptionGap}. @category Perception */
export interface PerceptionGap {
  /** One row per reason on either side, by customer rank, then business rank, then reason id. */
  readonly rows: readonly PerceptionGapRow[];
  readonly summary: PerceptionGapSummary;
}

const FN = 'perceptionGap';
/** Slack for floating-point noise when comparing a gap with the tolerance (55.1 − 50.1 is 5.000000000000002). */
const EPSILON = 1e-9;

/**
 * Compares what a business believes motivates its customers with what the customers say (or do),
 * reason by reason: gaps in percentage points, ranks on each side, a verdict per reason and a summary.
 *
 * @remarks
 * Each side is `{ percentages }` (multi-select shares, 0–100, `null` = unknown), `{ ranks }` (1 = most
 * cited) or both. A side's rank for a reason is the given rank, or, with percentages only, its place by
 * share, highest first, tied shares taking the average of the places they occupy.
 *
 * Per reason listed on both sides:
 * - `gap = business − customer` (percentage points) when both percentages are known; the verdict is
 *   `overestimated` when `gap > tolerance`, `underestimated` when `gap < −tolerance`, else `aligned`
 *   (`basis: 'percentage'`).
 * - Otherwise, when both ranks are known, `rankGap = customerRank − businessRank`: `overestimated`
 *   when `rankGap > rankTolerance` (the business places the reason higher than customers do),
 *   `underestimated` when `rankGap < −rankTolerance`, else `aligned` (`basis: 'rank'`). Ranks are
 *   compared as given, so they mean most when both sides rank the same list.
 * - Otherwise no verdict (`direction: null`): nothing is guessed.
 *
 * A reason on one side only is kept with `onlyIn` and no verdict: absent from a list is not 0 %.
 *
 * Summary: `meanAbsoluteGap = Σ|gap| / k` over the k reasons with a gap. The largest over- and
 * underestimation are the rows with the largest `gap` (resp. most negative) among overestimated
 * (resp. underestimated) rows with `basis: 'percentage'`; when there is none, the largest `rankGap`
 * among rank-based rows; ties go to the earlier row. `spearman` is Spearman's ρ over the n reasons
 * ranked on both sides: each side's ranks are re-ranked among those n reasons (average ranks for
 * ties) and ρ is the Pearson correlation of the two rank vectors,
 * `ρ = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²)`, which without ties equals `1 − 6Σd² / (n(n² − 1))`.
 * `null` when n < 2 or when one side ranks them all equal. +1: same order, −1: reversed, ≈ 0: unrelated.
 *
 * Rows are sorted by customer rank, then business rank (unranked last), then reason id by UTF-16 code
 * units, so the output does not depend on the order of keys in the input. O(r log r) for r reasons.
 *
 * @param business - What the business believes: {@link PerceptionSide}.
 * @param customer - What customers say (a survey) or do ({@link reasonShares}): {@link PerceptionSide}.
 * @param options - `tolerance` in percentage points (default 5), `rankTolerance` in places (default 1).
 * @returns `{ rows, summary }`: see {@link PerceptionGap}.
 * @throws {@link EngagementInputError} listing every problem: `invalid-percentage` (negative, > 100 or not
 *   finite), `invalid-rank` (not a positive integer), `duplicate-rank`, `empty-input` (an empty map),
 *   `invalid-type` (a side with neither map, or a value of the wrong type), `missing-field` (a reason with a
 *   percentage but no rank when ranks are given), `invalid-id` (an empty reason id), `invalid-option`.
 * @example
 * import { perceptionGap } from 'engagement-scoring';
 * const business = { percentages: { 'feel-connected': 64, purchase: 20, 'get-discounts': 30 } };
 * const customer = { percentages: { 'feel-connected': 33, purchase: 55, 'get-discounts': 61 } };
 * const { rows, summary } = perceptionGap(business, customer);
 * rows.map((row) => [row.reason, row.gap, row.direction])
 * //=> [['get-discounts', -31, 'underestimated'], ['purchase', -35, 'underestimated'], ['feel-connected', 31, 'overestimated']]
 * summary.meanAbsoluteGap //=> 32.33333333
 * summary.largestUnderestimation.reason //=> 'purchase'
 * summary.spearman //=> -0.5
 * @example
 * import { perceptionGap } from 'engagement-scoring';
 * // Only orderings known: verdicts come from rank differences beyond rankTolerance (default 1).
 * const result = perceptionGap({ ranks: { a: 1, b: 2, c: 3 } }, { ranks: { c: 1, b: 2, a: 3 } });
 * result.rows.map((row) => `${row.reason}: ${row.rankGap} ${row.direction}`)
 * //=> ['c: -2 underestimated', 'b: 0 aligned', 'a: 2 overestimated']
 * result.summary.spearman //=> -1
 * result.summary.meanAbsoluteGap //=> null
 * @category Perception
 */
export function perceptionGap(
  business: PerceptionSide,
  customer: PerceptionSide,
  options: PerceptionGapOptions = {},
): PerceptionGap {
  const issues: InputIssue[] = [];
  const b = readSide(FN, 'business', business, issues);
  const c = readSide(FN, 'customer', customer, issues);
  const tolerance = readTolerance(options, 'tolerance', 5, issues);
  const rankTolerance = readTolerance(options, 'rankTolerance', 1, issues);
  if (issues.length > 0 || !b || !c) throw new EngagementInputError(FN, issues);

  const rows: PerceptionGapRow[] = [];
  for (const reason of new Set([...b.keys(), ...c.keys()])) {
    rows.push(row(reason, b.get(reason), c.get(reason), tolerance, rankTolerance));
  }
  rows.sort(compareRows);
  return { rows, summary: summarise(rows) };
}

function row(
  reason: string,
  b: SideEntry | undefined,
  c: SideEntry | undefined,
  tolerance: number,
  rankTolerance: number,
): PerceptionGapRow {
  const business = b?.percentage ?? null;
  const customer = c?.percentage ?? null;
  const businessRank = b?.rank ?? null;
  const customerRank = c?.rank ?? null;
  const gap = business !== null && customer !== null ? business - customer : null;
  const rankGap = businessRank !== null && customerRank !== null ? customerRank - businessRank : null;
  let direction: PerceptionDirection | null = null;
  let basis: PerceptionGapRow['basis'] = null;
  if (gap !== null) {
    direction = verdict(gap, tolerance);
    basis = 'percentage';
  } else if (rankGap !== null) {
    direction = verdict(rankGap, rankTolerance);
    basis = 'rank';
  }
  const onlyIn = b === undefined ? 'customer' : c === undefined ? 'business' : null;
  return { reason, business, customer, gap, businessRank, customerRank, rankGap, direction, basis, onlyIn };
}

function verdict(difference: number, tolerance: number): PerceptionDirection {
  if (Math.abs(difference) <= tolerance + EPSILON) return 'aligned';
  return difference > 0 ? 'overestimated' : 'underestimated';
}

function compareRows(x: PerceptionGapRow, y: PerceptionGapRow): number {
  return (
    compareRanks(x.customerRank, y.customerRank) ||
    compareRanks(x.businessRank, y.businessRank) ||
    compareIds(x.reason, y.reason)
  );
}

function compareRanks(x: number | null, y: number | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y;
}

function summarise(rows: readonly PerceptionGapRow[]): PerceptionGapSummary {
  let gapSum = 0;
  let withGap = 0;
  const ranksB: number[] = [];
  const ranksC: number[] = [];
  const counts = {
    reasons: rows.length,
    shared: 0,
    onlyBusiness: 0,
    onlyCustomer: 0,
    withGap: 0,
    rankedOnBoth: 0,
    overestimated: 0,
    underestimated: 0,
    aligned: 0,
    undetermined: 0,
  };
  for (const r of rows) {
    if (r.onlyIn === 'business') counts.onlyBusiness++;
    else if (r.onlyIn === 'customer') counts.onlyCustomer++;
    else counts.shared++;
    if (r.gap !== null) {
      gapSum += Math.abs(r.gap);
      withGap++;
    }
    if (r.businessRank !== null && r.customerRank !== null) {
      ranksB.push(r.businessRank);
      ranksC.push(r.customerRank);
    }
    if (r.direction === null) counts.undetermined++;
    else counts[r.direction]++;
  }
  counts.withGap = withGap;
  counts.rankedOnBoth = ranksB.length;
  return {
    meanAbsoluteGap: withGap > 0 ? gapSum / withGap : null,
    largestOverestimation: extreme(rows, 'overestimated'),
    largestUnderestimation: extreme(rows, 'underestimated'),
    spearman: spearman(ranksB, ranksC),
    counts,
  };
}

/** The most extreme row of one direction: percentage-based rows first, then rank-based. */
function extreme(rows: readonly PerceptionGapRow[], direction: PerceptionDirection): PerceptionGapRow | null {
  const sign = direction === 'overestimated' ? 1 : -1;
  for (const basis of ['percentage', 'rank'] as const) {
    let best: PerceptionGapRow | null = null;
    let bestSize = -Infinity;
    for (const r of rows) {
      if (r.direction !== direction || r.basis !== basis) continue;
      const size = sign * ((basis === 'percentage' ? r.gap : r.rankGap) as number);
      if (size > bestSize) {
        best = r;
        bestSize = size;
      }
    }
    if (best) return best;
  }
  return null;
}

function readTolerance(
  options: PerceptionGapOptions,
  key: 'tolerance' | 'rankTolerance',
  fallback: number,
  issues: InputIssue[],
): number {
  if (typeof options !== 'object' || options === null) {
    if (key === 'tolerance') {
      issues.push({ path: ['options'], code: 'invalid-option', message: `${FN}: options must be an object` });
    }
    return fallback;
  }
  const value: unknown = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    issues.push({
      path: [key],
      code: 'invalid-option',
      message: `${FN}: ${key} must be a finite number ≥ 0`,
    });
    return fallback;
  }
  return value;
}
