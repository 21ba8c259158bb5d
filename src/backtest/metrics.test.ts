import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc, decileLift, nullsLowest } from './metrics.js';

describe('auc', () => {
  it('counts pairs, ties one half', () => {
    // positives score 3 and 1, negatives 2 and 1: pairs (3,2) win, (3,1) win, (1,2) lose, (1,1) tie
    // AUC = (1 + 1 + 0 + 0.5) / 4 = 0.625
    expect(auc([3, 1, 2, 1], [true, true, false, false])).toBe(0.625);
    expect(auc([1, 2, 3], [false, false, true])).toBe(1);
    expect(auc([1, 2, 3], [true, false, false])).toBe(0);
    expect(auc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
  });

  it('is null when one class is empty', () => {
    expect(auc([1, 2], [true, true])).toBeNull();
    expect(auc([1, 2], [false, false])).toBeNull();
    expect(auc([], [])).toBeNull();
  });

  const sample = fc
    .array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.boolean()), { minLength: 2, maxLength: 60 })
    .filter((pairs) => pairs.some(([, p]) => p) && pairs.some(([, p]) => !p));

  it('lies in [0, 1], and negating the score gives 1 − AUC', () => {
    fc.assert(
      fc.property(sample, (pairs) => {
        const values = pairs.map(([v]) => v);
        const positive = pairs.map(([, p]) => p);
        const a = auc(values, positive) as number;
        expect(a >= 0 && a <= 1).toBe(true);
        expect(
          auc(
            values.map((v) => -v),
            positive,
          ) as number,
        ).toBeCloseTo(1 - a, 12);
      }),
    );
  });

  it('equals the pair count, and does not depend on order', () => {
    fc.assert(
      fc.property(sample, fc.nat(), (pairs, seed) => {
        let wins = 0;
        let total = 0;
        for (const [v, p] of pairs) {
          if (!p) continue;
          for (const [w, q] of pairs) {
            if (q) continue;
            total++;
            wins += v > w ? 1 : v === w ? 0.5 : 0;
          }
        }
        const values = pairs.map(([v]) => v);
        const positive = pairs.map(([, p]) => p);
        expect(auc(values, positive) as number).toBeCloseTo(wins / total, 12);
        const rotated = pairs.map((_, i) => pairs[(i + seed) % pairs.length] as [number, boolean]);
        expect(
          auc(
            rotated.map(([v]) => v),
            rotated.map(([, p]) => p),
          ) as number,
        ).toBeCloseTo(wins / total, 12);
      }),
    );
  });
});

describe('nullsLowest', () => {
  it('puts null one below the smallest score', () => {
    expect(nullsLowest([3, null, -2])).toEqual([3, -3, -2]);
    expect(nullsLowest([null, null])).toEqual([0, 0]);
  });
});

describe('decileLift', () => {
  it('ten distinct scores: one per decile, highest first', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const positive = values.map((v) => v >= 8); // base rate 0.2
    const rows = decileLift(values, positive);
    expect(rows.map((r) => r.customers)).toEqual(new Array(10).fill(1));
    expect(rows[0]).toEqual({ decile: 1, customers: 1, positives: 1, rate: 1, lift: 5 }); // 1 / 0.2
    expect(rows[9]).toEqual({ decile: 10, customers: 1, positives: 0, rate: 0, lift: 0 });
  });

  it('a constant score fills one decile', () => {
    // average rank from the top (20 + 1) / 2 = 10.5 → ⌊10 · 9.5 / 20⌋ + 1 = 5
    const rows = decileLift(new Array(20).fill(1), new Array(20).fill(true));
    expect(rows.filter((r) => r.customers > 0).map((r) => [r.decile, r.customers, r.lift])).toEqual([[5, 20, 1]]);
    expect(rows[0]?.rate).toBeNull();
  });
});
