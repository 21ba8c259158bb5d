import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecencyMean } from './recency-mean.js';

const DAY = 86_400_000;
const HALF_LIFE = 90 * DAY;

describe('RecencyMean', () => {
  it('is null until something is added', () => {
    expect(new RecencyMean(HALF_LIFE).value()).toBeNull();
  });

  it('weights by 0.5^(age / half-life), relative to the newest item', () => {
    const mean = new RecencyMean(HALF_LIFE);
    mean.add(0, 0); // 90 days before the newest: weight 0.5
    mean.add(90 * DAY, 1); // weight 1
    // (0.5·0 + 1·1) / 1.5
    expect(mean.value()).toBeCloseTo(2 / 3, 15);
    expect(mean.count).toBe(2);
  });

  it('gives the same mean in any order (items may arrive newest first)', () => {
    const a = new RecencyMean(HALF_LIFE);
    const b = new RecencyMean(HALF_LIFE);
    a.add(90 * DAY, 1);
    a.add(0, 0);
    b.add(0, 0);
    b.add(90 * DAY, 1);
    expect(a.value()).toBeCloseTo(b.value() as number, 15);
  });

  it('stays finite when absolute weights would underflow', () => {
    const mean = new RecencyMean(1); // half-life of 1 ms
    mean.add(0, 0.2);
    mean.add(10 * DAY, 0.7);
    mean.add(10 * DAY, 0.9);
    // the first item weighs 0.5^(10 days / 1 ms) = 0 next to the newest two
    expect(mean.value()).toBeCloseTo(0.8, 15);
  });

  it('matches Σ wᵢxᵢ / Σ wᵢ with weights against any asOf, and stays in [0, 1]', () => {
    const itemArb = fc.record({
      age: fc.integer({ min: 0, max: 365 * DAY }),
      x: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 30 }), (items) => {
        const asOf = 400 * DAY;
        const mean = new RecencyMean(HALF_LIFE);
        let num = 0;
        let den = 0;
        for (const { age, x } of items) {
          mean.add(asOf - age, x);
          const w = 0.5 ** (age / HALF_LIFE);
          num += w * x;
          den += w;
        }
        const value = mean.value() as number;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(value).toBeCloseTo(num / den, 10);
      }),
      { numRuns: 200 },
    );
  });
});
