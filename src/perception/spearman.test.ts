import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from './spearman.js';

describe('averageRanks', () => {
  it('ranks smallest first and averages ties', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    // Three-way tie over positions 2, 3, 4: (2 + 3 + 4) / 3 = 3.
    expect(averageRanks([0, 7, 7, 7])).toEqual([1, 3, 3, 3]);
    expect(averageRanks([5, 5])).toEqual([1.5, 1.5]);
    expect(averageRanks([])).toEqual([]);
  });

  it('keeps the sum of ranks n(n + 1) / 2 and does not change its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (values) => {
        const copy = values.slice();
        const ranks = averageRanks(values);
        expect(values).toEqual(copy);
        const n = values.length;
        expect(ranks.reduce((a, b) => a + b, 0)).toBe((n * (n + 1)) / 2);
      }),
    );
  });
});

describe('spearman', () => {
  it('is 1 for the same order, −1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it('matches 1 − 6Σd² / (n(n² − 1)) without ties', () => {
    // x = 1 2 3 4 5, y = 2 1 4 3 5: d = −1 1 −1 1 0, Σd² = 4, ρ = 1 − 24 / 120 = 0.8.
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 25 })
          .chain((n) =>
            fc.tuple(fc.shuffledSubarray(range(n), { minLength: n }), fc.shuffledSubarray(range(n), { minLength: n })),
          ),
        ([x, y]) => {
          const n = x.length;
          let d2 = 0;
          for (let i = 0; i < n; i++) d2 += ((x[i] as number) - (y[i] as number)) ** 2;
          expect(spearman(x, y)).toBeCloseTo(1 - (6 * d2) / (n * (n * n - 1)), 12);
        },
      ),
    );
  });

  it('uses average ranks for ties (Pearson of the rank vectors)', () => {
    // x ranks 1.5 1.5 3 4, y ranks 1 2.5 2.5 4; deviations from 2.5: dx = −1 −1 .5 1.5, dy = −1.5 0 0 1.5;
    // Σdxdy = 1.5 + 2.25 = 3.75, Σdx² = 4.5, Σdy² = 4.5 → ρ = 3.75 / 4.5 = 5/6.
    expect(spearman([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(5 / 6, 12);
  });

  it('is null with fewer than two pairs or no variance', () => {
    expect(spearman([], [])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearman([1, 2, 3], [7, 7, 7])).toBeNull();
    expect(spearman([1, 2], [1])).toBeNull();
  });

  it('stays in [−1, 1] and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          maxLength: 40,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const rho = spearman(x, y);
          expect(spearman(y, x)).toBe(rho);
          if (rho !== null) {
            expect(rho).toBeGreaterThanOrEqual(-1);
            expect(rho).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
