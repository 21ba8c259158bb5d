import { recencyWeight } from '../history/recency.js';

/**
 * A running recency-weighted mean: `Σ wᵢ·xᵢ / Σ wᵢ` with `wᵢ = 0.5^((asOf − atᵢ) / halfLife)`.
 *
 * @remarks
 * The common factor `0.5^((asOf − newest) / halfLife)` cancels out of the ratio, so the sums are
 * kept relative to the newest item seen so far (weight 1) and rescaled when a newer one arrives.
 * The newest item therefore never underflows, and the mean is defined for any half-life and any
 * window (a plain `Σ wᵢ` against `asOf` becomes 0, and the mean NaN, once every age exceeds about
 * 1,000 half-lives). Items may arrive in any order. O(1) per item.
 *
 * While every value added is the same 0 or the same 1, the mean is exactly that value: `Σ wᵢ·0` is
 * 0, and `Σ wᵢ·1` is computed by the very same operations as `Σ wᵢ`.
 * @internal
 */
export class RecencyMean {
  private newest = Number.NEGATIVE_INFINITY;
  private weighted = 0;
  private weights = 0;
  /** How many items were added (unweighted). */
  count = 0;

  constructor(private readonly halfLifeMs: number) {}

  /** Adds a value in [0, 1] observed at `at` (epoch ms). */
  add(at: number, value: number): void {
    if (at > this.newest) {
      if (this.newest !== Number.NEGATIVE_INFINITY) {
        const scale = recencyWeight(this.newest, at, this.halfLifeMs);
        this.weighted *= scale;
        this.weights *= scale;
      }
      this.newest = at;
    }
    // 0.5^0 is exactly 1: items at the newest moment skip the power.
    const weight = at === this.newest ? 1 : recencyWeight(at, this.newest, this.halfLifeMs);
    this.weighted += weight * value;
    this.weights += weight;
    this.count++;
  }

  /** The mean, clamped to [0, 1]; `null` when nothing was added. */
  value(): number | null {
    if (this.count === 0 || !(this.weights > 0)) return null;
    return Math.min(1, Math.max(0, this.weighted / this.weights));
  }
}
