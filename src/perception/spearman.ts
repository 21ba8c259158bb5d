/**
 * Average ranks of `values`, smallest first: the smallest value gets rank 1, and tied values
 * share the mean of the positions they occupy (`[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`).
 * O(n log n). The input is not changed.
 *
 * @internal
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, index) => index).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const value = values[order[start] as number];
    while (end < order.length && values[order[end] as number] === value) end++;
    // Positions start+1 … end (1-based) share their mean.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's rank correlation of two paired samples: the Pearson correlation of their average
 * ranks, so ties are handled exactly. `null` with fewer than two pairs or when either sample has
 * no variance (every value tied). Clamped to [-1, 1] against rounding. O(n log n).
 *
 * @internal
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  // Average ranks always have mean (n + 1) / 2, and deviations are multiples of 0.5: exact sums.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.min(1, Math.max(-1, r));
}
