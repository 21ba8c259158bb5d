/**
 * A recency-weighted share `hitWeight / totalWeight`, in [0, 1], or `null` without anything judged.
 *
 * @remarks
 * When every weight underflowed to 0 (a half-life far shorter than the ages involved) the share
 * falls back to the plain counts `hits / count`, so the result is never NaN. O(1).
 * @internal
 */
export function weightedShare(hitWeight: number, totalWeight: number, hits: number, count: number): number | null {
  if (count === 0) return null;
  if (totalWeight > 0) return Math.min(1, Math.max(0, hitWeight / totalWeight));
  return hits / count;
}
