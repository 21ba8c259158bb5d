import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../../test/support/arbitraries.js';
import { EngagementInputError } from '../model/errors.js';
import { type PerceptionGap, type PerceptionGapRow, perceptionGap } from './perception-gap.js';
import type { PerceptionSide } from './side.js';

const POOL = ['a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'constructor', 'toString', 'get-discounts', 'ü-42'];

const shareArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 20 }).map((k) => k * 5), // frequent ties
  fc.double({ min: 0, max: 100, noNaN: true }),
);

/** A valid side: percentages, ranks or both, over a random subset of POOL (built with own keys only). */
const sideArb: fc.Arbitrary<PerceptionSide> = fc
  .uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: POOL.length })
  .chain((reasons) =>
    fc.record({
      reasons: fc.constant(reasons),
      kind: fc.constantFrom('percentages', 'ranks', 'both'),
      shares: fc.array(fc.option(shareArb, { nil: null, freq: 5 }), {
        minLength: reasons.length,
        maxLength: reasons.length,
      }),
      ranks: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: reasons.length, maxLength: reasons.length }),
      pctSubset: fc.array(fc.boolean(), { minLength: reasons.length, maxLength: reasons.length }),
    }),
  )
  .map(({ reasons, kind, shares, ranks, pctSubset }) => {
    const percentages = Object.fromEntries(
      reasons.flatMap((reason, i) => (kind === 'both' && !pctSubset[i] ? [] : [[reason, shares[i] ?? null]])),
    );
    const rankMap = Object.fromEntries(reasons.map((reason, i) => [reason, ranks[i] as number]));
    if (kind === 'percentages') return { percentages };
    if (kind === 'ranks') return { ranks: rankMap };
    // With both, every reason with a percentage is ranked; percentages may cover only some.
    return Object.keys(percentages).length > 0 ? { ranks: rankMap, percentages } : { ranks: rankMap };
  });

const optionsArb = fc.record({
  tolerance: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
  rankTolerance: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});

const byReason = (result: PerceptionGap): Map<string, PerceptionGapRow> =>
  new Map(result.rows.map((row) => [row.reason, row]));

const flip = { overestimated: 'underestimated', underestimated: 'overestimated', aligned: 'aligned' } as const;
const flipSide = { business: 'customer', customer: 'business' } as const;

function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbers(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numbers(v, out);
  return out;
}

function shuffleSide(side: PerceptionSide, seed: number): PerceptionSide {
  const shuffle = (map: Readonly<Record<string, unknown>> | undefined) =>
    map === undefined ? undefined : Object.fromEntries(shuffled(Object.entries(map), seed));
  const out: Record<string, unknown> = {};
  // The order of the side's own keys changes too.
  const keys = seed % 2 === 0 ? (['ranks', 'percentages'] as const) : (['percentages', 'ranks'] as const);
  for (const key of keys) if (side[key] !== undefined) out[key] = shuffle(side[key]);
  return out as PerceptionSide;
}

describe('perceptionGap properties', () => {
  it('swapping the sides negates every gap, swaps over and under, keeps |ρ| and the mean |gap|', () => {
    fc.assert(
      fc.property(sideArb, sideArb, optionsArb, (b, c, options) => {
        const forward = perceptionGap(b, c, options);
        const backward = perceptionGap(c, b, options);
        const back = byReason(backward);
        expect(back.size).toBe(forward.rows.length);
        for (const row of forward.rows) {
          const other = back.get(row.reason) as PerceptionGapRow;
          expect(other.business).toBe(row.customer);
          expect(other.customer).toBe(row.business);
          // `+ 0` turns −0 into 0: a zero gap is 0 both ways.
          expect(other.gap).toBe(row.gap === null ? null : -row.gap + 0);
          expect(other.rankGap).toBe(row.rankGap === null ? null : -row.rankGap + 0);
          expect(other.direction).toBe(row.direction === null ? null : flip[row.direction]);
          expect(other.onlyIn).toBe(row.onlyIn === null ? null : flipSide[row.onlyIn]);
          expect(other.basis).toBe(row.basis);
        }
        const { summary: s1 } = forward;
        const { summary: s2 } = backward;
        if (s1.spearman === null) expect(s2.spearman).toBeNull();
        else expect(Math.abs(s2.spearman as number)).toBeCloseTo(Math.abs(s1.spearman), 12);
        if (s1.meanAbsoluteGap === null) expect(s2.meanAbsoluteGap).toBeNull();
        else expect(s2.meanAbsoluteGap).toBeCloseTo(s1.meanAbsoluteGap, 9);
        expect(s2.counts.overestimated).toBe(s1.counts.underestimated);
        expect(s2.counts.underestimated).toBe(s1.counts.overestimated);
        expect(s2.counts.onlyBusiness).toBe(s1.counts.onlyCustomer);
        // The largest overestimation one way is the largest underestimation the other (same size).
        const size = (row: PerceptionGapRow | null) =>
          row === null ? null : [row.basis, Math.abs((row.basis === 'percentage' ? row.gap : row.rankGap) as number)];
        expect(size(s2.largestOverestimation)).toEqual(size(s1.largestUnderestimation));
        expect(size(s2.largestUnderestimation)).toEqual(size(s1.largestOverestimation));
      }),
      { numRuns: 300 },
    );
  });

  it('identical sides: zero gaps, all aligned, ρ = 1 when defined', () => {
    fc.assert(
      fc.property(sideArb, optionsArb, (side, options) => {
        const { rows, summary } = perceptionGap(side, side, options);
        for (const row of rows) {
          expect(row.onlyIn).toBeNull();
          if (row.gap !== null) expect(row.gap).toBe(0);
          if (row.rankGap !== null) expect(row.rankGap).toBe(0);
          if (row.direction !== null) expect(row.direction).toBe('aligned');
        }
        expect(summary.counts.overestimated + summary.counts.underestimated).toBe(0);
        expect(summary.largestOverestimation).toBeNull();
        if (summary.meanAbsoluteGap !== null) expect(summary.meanAbsoluteGap).toBe(0);
        if (summary.spearman !== null) expect(summary.spearman).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of keys in the input', () => {
    fc.assert(
      fc.property(sideArb, sideArb, fc.nat(), fc.nat(), (b, c, seedB, seedC) => {
        expect(perceptionGap(shuffleSide(b, seedB), shuffleSide(c, seedC))).toEqual(perceptionGap(b, c));
      }),
      { numRuns: 300 },
    );
  });

  it('every number is finite and in range; rows cover every reason once', () => {
    fc.assert(
      fc.property(sideArb, sideArb, optionsArb, (b, c, options) => {
        const result = perceptionGap(b, c, options);
        for (const n of numbers(result)) expect(Number.isFinite(n)).toBe(true);
        const reasons = new Set([...Object.keys(b.ranks ?? {}), ...Object.keys(b.percentages ?? {})]);
        for (const key of [...Object.keys(c.ranks ?? {}), ...Object.keys(c.percentages ?? {})]) reasons.add(key);
        expect(result.rows.map((row) => row.reason).sort()).toEqual([...reasons].sort());
        const { summary } = result;
        if (summary.spearman !== null) {
          expect(summary.spearman).toBeGreaterThanOrEqual(-1);
          expect(summary.spearman).toBeLessThanOrEqual(1);
        }
        if (summary.meanAbsoluteGap !== null) {
          expect(summary.meanAbsoluteGap).toBeGreaterThanOrEqual(0);
          expect(summary.meanAbsoluteGap).toBeLessThanOrEqual(100);
        }
        const { counts } = summary;
        expect(counts.overestimated + counts.underestimated + counts.aligned + counts.undetermined).toBe(
          counts.reasons,
        );
        expect(counts.shared + counts.onlyBusiness + counts.onlyCustomer).toBe(counts.reasons);
      }),
      { numRuns: 300 },
    );
  });

  it('does not change its input and gives the same answer twice', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (b, c) => {
        const before = structuredClone([b, c]);
        const first = perceptionGap(b, c);
        expect([b, c]).toEqual(before);
        expect(perceptionGap(b, c)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses bad values with the right code at the right path', () => {
    const badArb = fc.oneof(
      fc.record({
        field: fc.constant('percentages' as const),
        code: fc.constant('invalid-percentage'),
        value: fc.oneof(
          fc.double({ min: -1e9, max: -Number.MIN_VALUE, noNaN: true }),
          fc.double({ min: 100.000001, max: 1e9, noNaN: true }),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        ),
      }),
      fc.record({
        field: fc.constant('ranks' as const),
        code: fc.constant('invalid-rank'),
        value: fc.oneof(
          fc.double({ min: 0.01, max: 50, noNaN: true }).filter((x) => !Number.isInteger(x)),
          fc.integer({ min: -10, max: 0 }),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
        ),
      }),
    );
    fc.assert(
      fc.property(sideArb, sideArb, badArb, fc.boolean(), fc.constantFrom(...POOL), (b, c, bad, onBusiness, reason) => {
        const target = onBusiness ? b : c;
        // Put the bad value on a side that uses that map (percentages alone, or ranks).
        const side: Record<string, unknown> =
          bad.field === 'ranks'
            ? { ranks: Object.fromEntries([...Object.entries(target.ranks ?? { z: 1 }), [reason, bad.value]]) }
            : { percentages: Object.fromEntries([...Object.entries(target.percentages ?? {}), [reason, bad.value]]) };
        const args = onBusiness ? [side, c] : [b, side];
        const name = onBusiness ? 'business' : 'customer';
        try {
          perceptionGap(args[0] as PerceptionSide, args[1] as PerceptionSide);
          expect.unreachable('expected an EngagementInputError');
        } catch (error) {
          expect(error).toBeInstanceOf(EngagementInputError);
          expect((error as EngagementInputError).issues).toContainEqual(
            expect.objectContaining({ path: [name, bad.field, reason], code: bad.code }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses duplicate ranks and empty maps', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('ranks', 'percentages'),
        (reasons, rank, emptyField) => {
          const duplicated = {
            ranks: Object.fromEntries(reasons.map((reason, i) => [reason, i < 2 ? rank : rank + i])),
          };
          const empty = { [emptyField]: {} } as PerceptionSide;
          try {
            perceptionGap(duplicated, empty);
            expect.unreachable('expected an EngagementInputError');
          } catch (error) {
            const issues = (error as EngagementInputError).issues;
            const duplicates = issues.filter((issue) => issue.code === 'duplicate-rank').map((issue) => issue.path[2]);
            expect(duplicates.sort()).toEqual(reasons.slice(0, 2).sort());
            expect(issues).toContainEqual(
              expect.objectContaining({ path: ['customer', emptyField], code: 'empty-input' }),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
