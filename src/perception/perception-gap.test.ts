import { describe, expect, it } from 'vitest';
import { EngagementInputError } from '../model/errors.js';
import { perceptionGap } from './perception-gap.js';
import type { PerceptionSide } from './side.js';

function codes(fn: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error('expected an EngagementInputError');
}

describe('perceptionGap — worked examples', () => {
  it('three reasons with percentages, computed by hand', () => {
    const business = { percentages: { a: 40, b: 30, c: 10 } };
    const customer = { percentages: { a: 45, b: 20, c: 30 } };
    const { rows, summary } = perceptionGap(business, customer);
    // gaps (business − customer): a 40 − 45 = −5 (|−5| ≤ 5: aligned, the boundary), b 30 − 20 = 10 (over),
    // c 10 − 30 = −20 (under). Ranks: business a1 b2 c3; customer a1 c2 b3.
    expect(rows).toEqual([
      {
        reason: 'a',
        business: 40,
        customer: 45,
        gap: -5,
        businessRank: 1,
        customerRank: 1,
        rankGap: 0,
        direction: 'aligned',
        basis: 'percentage',
        onlyIn: null,
      },
      {
        reason: 'c',
        business: 10,
        customer: 30,
        gap: -20,
        businessRank: 3,
        customerRank: 2,
        rankGap: -1,
        direction: 'underestimated',
        basis: 'percentage',
        onlyIn: null,
      },
      {
        reason: 'b',
        business: 30,
        customer: 20,
        gap: 10,
        businessRank: 2,
        customerRank: 3,
        rankGap: 1,
        direction: 'overestimated',
        basis: 'percentage',
        onlyIn: null,
      },
    ]);
    // mean |gap| = (5 + 10 + 20) / 3 = 35 / 3.
    expect(summary.meanAbsoluteGap).toBeCloseTo(35 / 3, 12);
    expect(summary.largestOverestimation?.reason).toBe('b');
    expect(summary.largestUnderestimation?.reason).toBe('c');
    // Spearman: d = rank_b − rank_c = a 0, b −1, c 1 → Σd² = 2; ρ = 1 − 6·2 / (3·(9 − 1)) = 1 − 12/24 = 0.5.
    expect(summary.spearman).toBeCloseTo(0.5, 12);
    expect(summary.counts).toEqual({
      reasons: 3,
      shared: 3,
      onlyBusiness: 0,
      onlyCustomer: 0,
      withGap: 3,
      rankedOnBoth: 3,
      overestimated: 1,
      underestimated: 1,
      aligned: 1,
      undetermined: 0,
    });
  });

  it('a tighter tolerance turns the boundary case into an underestimation', () => {
    const result = perceptionGap({ percentages: { a: 40 } }, { percentages: { a: 45 } }, { tolerance: 4.99 });
    expect(result.rows[0]?.direction).toBe('underestimated');
    expect(
      perceptionGap({ percentages: { a: 40 } }, { percentages: { a: 45 } }, { tolerance: 5 }).rows[0]?.direction,
    ).toBe('aligned');
  });

  it('does not let floating-point noise cross the tolerance', () => {
    // 55.1 − 50.1 is 5.000000000000002 in binary floating point: still within 5 pp.
    const row = perceptionGap({ percentages: { a: 55.1 } }, { percentages: { a: 50.1 } }).rows[0];
    expect(row?.direction).toBe('aligned');
  });

  it('ties in percentages get average ranks, on each side', () => {
    const business = { percentages: { a: 50, b: 50, c: 20, d: 10 } };
    const customer = { percentages: { a: 40, b: 30, c: 30, d: 5 } };
    const { rows, summary } = perceptionGap(business, customer);
    // business ranks a 1.5, b 1.5, c 3, d 4; customer ranks a 1, b 2.5, c 2.5, d 4.
    expect(rows.map((r) => [r.reason, r.businessRank, r.customerRank, r.gap, r.direction])).toEqual([
      ['a', 1.5, 1, 10, 'overestimated'],
      ['b', 1.5, 2.5, 20, 'overestimated'],
      ['c', 3, 2.5, -10, 'underestimated'],
      ['d', 4, 4, 5, 'aligned'],
    ]);
    // mean |gap| = (10 + 20 + 10 + 5) / 4 = 11.25.
    expect(summary.meanAbsoluteGap).toBe(11.25);
    // Pearson of the rank vectors (mean 2.5): dx = −1 −1 .5 1.5, dy = −1.5 0 0 1.5;
    // Σdxdy = 1.5 + 0 + 0 + 2.25 = 3.75, Σdx² = 4.5, Σdy² = 4.5 → ρ = 3.75 / 4.5 = 5/6.
    expect(summary.spearman).toBeCloseTo(5 / 6, 12);
    expect(summary.largestOverestimation?.reason).toBe('b');
  });

  it('reports reasons on one side only, without a verdict', () => {
    const { rows, summary } = perceptionGap({ ranks: { a: 1, b: 2, x: 3 } }, { ranks: { b: 1, a: 2, y: 3 } });
    expect(rows.map((r) => [r.reason, r.businessRank, r.customerRank, r.rankGap, r.direction, r.onlyIn])).toEqual([
      // customer ranks first, then the business-only reason (no customer rank) last.
      ['b', 2, 1, -1, 'aligned', null],
      ['a', 1, 2, 1, 'aligned', null],
      ['y', null, 3, null, null, 'customer'],
      ['x', 3, null, null, null, 'business'],
    ]);
    // Over the shared reasons a, b: business a1 b2, customer a2 b1 → ρ = −1.
    expect(summary.spearman).toBe(-1);
    expect(summary.meanAbsoluteGap).toBeNull();
    expect(summary.largestOverestimation).toBeNull();
    expect(summary.largestUnderestimation).toBeNull();
    expect(summary.counts).toMatchObject({
      reasons: 4,
      shared: 2,
      onlyBusiness: 1,
      onlyCustomer: 1,
      withGap: 0,
      rankedOnBoth: 2,
      aligned: 2,
      undetermined: 2,
    });
  });

  it('ranks only: the verdict comes from the rank difference beyond rankTolerance', () => {
    const business = { ranks: { a: 1, b: 2, c: 3, d: 4, e: 5 } };
    const customer = { ranks: { e: 1, b: 2, d: 3, a: 4, c: 5 } };
    const { rows, summary } = perceptionGap(business, customer);
    // rankGap = customerRank − businessRank: e 1 − 5 = −4, b 0, d 3 − 4 = −1, a 4 − 1 = 3, c 5 − 3 = 2.
    expect(rows.map((r) => [r.reason, r.rankGap, r.direction, r.basis])).toEqual([
      ['e', -4, 'underestimated', 'rank'],
      ['b', 0, 'aligned', 'rank'],
      ['d', -1, 'aligned', 'rank'],
      ['a', 3, 'overestimated', 'rank'],
      ['c', 2, 'overestimated', 'rank'],
    ]);
    expect(summary.largestOverestimation?.reason).toBe('a');
    expect(summary.largestUnderestimation?.reason).toBe('e');
    // Σd² = 16 + 0 + 1 + 9 + 4 = 30; ρ = 1 − 6·30 / (5·24) = 1 − 1.5 = −0.5.
    expect(summary.spearman).toBeCloseTo(-0.5, 12);
    // rankTolerance 2: c (2) becomes aligned; rankTolerance 0: d (−1) becomes underestimated.
    expect(perceptionGap(business, customer, { rankTolerance: 2 }).rows.find((r) => r.reason === 'c')?.direction).toBe(
      'aligned',
    );
    expect(perceptionGap(business, customer, { rankTolerance: 0 }).rows.find((r) => r.reason === 'd')?.direction).toBe(
      'underestimated',
    );
  });

  it('percentages on one side, ranks on the other: compared by rank', () => {
    const { rows, summary } = perceptionGap({ percentages: { a: 70, b: 20, c: 50 } }, { ranks: { b: 1, c: 2, a: 3 } });
    // business ranks from shares: a 1, c 2, b 3.
    expect(
      rows.map((r) => [r.reason, r.business, r.customer, r.gap, r.businessRank, r.customerRank, r.direction]),
    ).toEqual([
      ['b', 20, null, null, 3, 1, 'underestimated'],
      ['c', 50, null, null, 2, 2, 'aligned'],
      ['a', 70, null, null, 1, 3, 'overestimated'],
    ]);
    expect(summary.meanAbsoluteGap).toBeNull();
  });

  it('both ranks and percentages: given ranks win, gaps only where both shares are known', () => {
    const business = { ranks: { a: 1, b: 2, c: 3 }, percentages: { a: null, b: 64, c: 61 } };
    const customer = { ranks: { c: 1, a: 2, b: 3 }, percentages: { c: 61, a: null, b: 33 } };
    const { rows, summary } = perceptionGap(business, customer);
    expect(rows.map((r) => [r.reason, r.gap, r.rankGap, r.direction, r.basis])).toEqual([
      ['c', 0, -2, 'aligned', 'percentage'],
      ['a', null, 1, 'aligned', 'rank'],
      ['b', 31, 1, 'overestimated', 'percentage'],
    ]);
    // Only c and b have gaps: (0 + 31) / 2.
    expect(summary.meanAbsoluteGap).toBe(15.5);
    expect(summary.largestOverestimation?.reason).toBe('b');
    expect(summary.largestUnderestimation).toBeNull();
  });

  it('a reason with an unknown share and no ranks is listed, not judged', () => {
    const { rows, summary } = perceptionGap({ percentages: { a: 10, b: null } }, { percentages: { a: 20, b: 30 } });
    expect(rows.find((r) => r.reason === 'b')).toEqual({
      reason: 'b',
      business: null,
      customer: 30,
      gap: null,
      businessRank: null,
      customerRank: 1,
      rankGap: null,
      direction: null,
      basis: null,
      onlyIn: null,
    });
    expect(summary.spearman).toBeNull();
    expect(summary.counts.undetermined).toBe(1);
  });

  it('works with __proto__ and constructor as reason ids', () => {
    const business = JSON.parse('{ "percentages": { "__proto__": 40, "constructor": 10, "toString": 5 } }');
    const customer = {
      ranks: Object.fromEntries([
        ['__proto__', 2],
        ['constructor', 1],
      ]),
    };
    const { rows } = perceptionGap(business, customer);
    expect(rows.map((r) => [r.reason, r.businessRank, r.customerRank, r.onlyIn])).toEqual([
      ['constructor', 2, 1, null],
      ['__proto__', 1, 2, null],
      ['toString', 3, null, 'business'],
    ]);
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
  });

  it('accepts the result of reasonShares as a side (extra properties ignored)', () => {
    const observed = { percentages: { a: 50 }, counts: { a: 2 }, customers: 4 };
    expect(perceptionGap({ percentages: { a: 60 } }, observed).rows[0]?.gap).toBe(10);
  });
});

describe('perceptionGap — bad input', () => {
  it('lists every problem in one error, with paths and codes', () => {
    const business = { ranks: { a: 1, b: 1, c: 1.5, d: 0, e: '2' } } as unknown as PerceptionSide;
    const customer = {
      percentages: { a: -1, b: 101, c: Number.NaN, d: Number.POSITIVE_INFINITY, e: '5', f: null, g: 100, h: 0 },
    } as unknown as PerceptionSide;
    expect(codes(() => perceptionGap(business, customer, { tolerance: -1 }))).toEqual([
      { path: ['business', 'ranks', 'c'], code: 'invalid-rank' },
      { path: ['business', 'ranks', 'd'], code: 'invalid-rank' },
      { path: ['business', 'ranks', 'e'], code: 'invalid-type' },
      { path: ['business', 'ranks', 'a'], code: 'duplicate-rank' },
      { path: ['business', 'ranks', 'b'], code: 'duplicate-rank' },
      { path: ['customer', 'percentages', 'a'], code: 'invalid-percentage' },
      { path: ['customer', 'percentages', 'b'], code: 'invalid-percentage' },
      { path: ['customer', 'percentages', 'c'], code: 'invalid-percentage' },
      { path: ['customer', 'percentages', 'd'], code: 'invalid-percentage' },
      { path: ['customer', 'percentages', 'e'], code: 'invalid-type' },
      { path: ['tolerance'], code: 'invalid-option' },
    ]);
  });

  it('the message names the function', () => {
    expect(() => perceptionGap({ ranks: {} }, { ranks: { a: 1 } })).toThrow(/^perceptionGap: /);
  });

  it('refuses empty maps, sides with neither map, and non-objects', () => {
    expect(codes(() => perceptionGap({ ranks: {} }, { percentages: {} }))).toEqual([
      { path: ['business', 'ranks'], code: 'empty-input' },
      { path: ['customer', 'percentages'], code: 'empty-input' },
    ]);
    expect(codes(() => perceptionGap({}, null as unknown as PerceptionSide))).toEqual([
      { path: ['business'], code: 'invalid-type' },
      { path: ['customer'], code: 'invalid-type' },
    ]);
    expect(
      codes(() =>
        perceptionGap({ percentage: { a: 1 } } as PerceptionSide, { ranks: [1, 2] } as unknown as PerceptionSide),
      ),
    ).toEqual([
      { path: ['business'], code: 'invalid-type' },
      { path: ['customer', 'ranks'], code: 'invalid-type' },
    ]);
  });

  it('needs a rank for every reason with a percentage when both are given', () => {
    const business = { ranks: { a: 1 }, percentages: { a: 10, b: 20 } };
    expect(codes(() => perceptionGap(business, { ranks: { a: 1 } }))).toEqual([
      { path: ['business', 'ranks', 'b'], code: 'missing-field' },
    ]);
  });

  it('refuses empty reason ids and bad options', () => {
    expect(codes(() => perceptionGap({ ranks: { '': 1 } }, { ranks: { a: 1 } }))).toEqual([
      { path: ['business', 'ranks', ''], code: 'invalid-id' },
    ]);
    expect(
      codes(() =>
        perceptionGap({ ranks: { a: 1 } }, { ranks: { a: 1 } }, {
          tolerance: Number.NaN,
          rankTolerance: '1',
        } as never),
      ),
    ).toEqual([
      { path: ['tolerance'], code: 'invalid-option' },
      { path: ['rankTolerance'], code: 'invalid-option' },
    ]);
    expect(codes(() => perceptionGap({ ranks: { a: 1 } }, { ranks: { a: 1 } }, null as never))).toEqual([
      { path: ['options'], code: 'invalid-option' },
    ]);
  });

  it('does not change its input', () => {
    const business = { ranks: { a: 1, b: 2 }, percentages: { a: 30, b: null } };
    const customer = { percentages: { a: 10, b: 40 } };
    const before = structuredClone([business, customer]);
    perceptionGap(business, customer);
    expect([business, customer]).toEqual(before);
  });
});
