import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recencyWeight } from './recency.js';

const DAY = 86_400_000;
const timeArb = fc.integer({ min: 0, max: 4_000 * DAY });
const halfLifeArb = fc.integer({ min: 1, max: 1_000 * DAY });

describe('recencyWeight (properties)', () => {
  it('stays in [0, 1] and is never NaN', () => {
    fc.assert(
      fc.property(timeArb, timeArb, halfLifeArb, (at, asOf, halfLife) => {
        const weight = recencyWeight(at, asOf, halfLife);
        expect(weight).toBeGreaterThanOrEqual(0);
        expect(weight).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('grows as the event gets closer to asOf', () => {
    fc.assert(
      fc.property(timeArb, timeArb, timeArb, halfLifeArb, (a, b, asOf, halfLife) => {
        fc.pre(a <= b && b <= asOf);
        expect(recencyWeight(a, asOf, halfLife)).toBeLessThanOrEqual(recencyWeight(b, asOf, halfLife));
      }),
    );
  });

  it('halves with each further half-life', () => {
    fc.assert(
      fc.property(timeArb, fc.integer({ min: DAY, max: 400 * DAY }), (age, halfLife) => {
        const asOf = 5_000 * DAY;
        const now = recencyWeight(asOf - age, asOf, halfLife);
        const older = recencyWeight(asOf - age - halfLife, asOf, halfLife);
        expect(older).toBeCloseTo(now / 2, 12);
      }),
    );
  });

  it('is 0 after asOf', () => {
    fc.assert(
      fc.property(timeArb, fc.integer({ min: 1, max: DAY }), halfLifeArb, (asOf, later, halfLife) => {
        expect(recencyWeight(asOf + later, asOf, halfLife)).toBe(0);
      }),
    );
  });
});
