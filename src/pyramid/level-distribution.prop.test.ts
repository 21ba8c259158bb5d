import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../../test/support/arbitraries.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';
import { levelDistribution } from './level-distribution.js';

const levelArb: fc.Arbitrary<PyramidLevel | null> = fc.option(fc.constantFrom(...PYRAMID_LEVELS), { nil: null });
const itemArb = fc.oneof(
  levelArb,
  levelArb.map((level) => ({ level })),
);

describe('levelDistribution properties', () => {
  it('counts add up; shares sum to 1 over the classified; cumulative shares fall from 1', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 300 }), (items) => {
        const d = levelDistribution(items);
        const counts = d.levels.map((row) => row.count);
        const classified = counts.reduce((a, b) => a + b, 0);
        expect(d.total).toBe(items.length);
        expect(d.classified).toBe(classified);
        expect(d.classified + d.unclassified).toBe(d.total);
        const shareSum = d.levels.reduce((sum, row) => sum + row.share, 0);
        expect(Math.abs(shareSum - (classified > 0 ? 1 : 0))).toBeLessThan(1e-9);
        for (const row of d.levels) {
          expect(row.share).toBeGreaterThanOrEqual(0);
          expect(row.share).toBeLessThanOrEqual(1);
        }
        if (classified > 0) expect(d.levels[0]?.shareAtOrAbove).toBe(1);
        for (let i = 1; i < d.levels.length; i++) {
          expect(d.levels[i]?.shareAtOrAbove).toBeLessThanOrEqual(d.levels[i - 1]?.shareAtOrAbove as number);
        }
      }),
    );
  });

  it('does not depend on order and does not change its input', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 100 }), fc.nat(), (items, seed) => {
        const copy = structuredClone(items);
        const d = levelDistribution(items);
        expect(levelDistribution(shuffled(items, seed))).toEqual(d);
        expect(items).toEqual(copy);
      }),
    );
  });
});
