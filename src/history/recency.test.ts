import { describe, expect, it } from 'vitest';
import { recencyWeight } from './recency.js';

const DAY = 86_400_000;
const HALF_LIFE = 90 * DAY;
const AS_OF = 1_772_323_200_000; // 2026-03-01T00:00:00Z

describe('recencyWeight', () => {
  it('is 1 at asOf and halves every half-life', () => {
    expect(recencyWeight(AS_OF, AS_OF, HALF_LIFE)).toBe(1);
    expect(recencyWeight(AS_OF - 90 * DAY, AS_OF, HALF_LIFE)).toBe(0.5);
    expect(recencyWeight(AS_OF - 180 * DAY, AS_OF, HALF_LIFE)).toBe(0.25);
    expect(recencyWeight(AS_OF - 360 * DAY, AS_OF, HALF_LIFE)).toBe(0.0625); // 0.5^4
  });

  it('follows 0.5^(age / halfLife) between half-lives', () => {
    // 45 days with a 90-day half-life: 0.5^0.5 = 1/√2 ≈ 0.70711.
    expect(recencyWeight(AS_OF - 45 * DAY, AS_OF, HALF_LIFE)).toBeCloseTo(Math.SQRT1_2, 12);
    // 30 days with a 30-day half-life is one half-life.
    expect(recencyWeight(AS_OF - 30 * DAY, AS_OF, 30 * DAY)).toBe(0.5);
    // 1 day with a 7-day half-life: 0.5^(1/7) ≈ 0.905724.
    expect(recencyWeight(AS_OF - DAY, AS_OF, 7 * DAY)).toBeCloseTo(0.905724, 6);
  });

  it('is 0 for what has not happened yet', () => {
    expect(recencyWeight(AS_OF + 1, AS_OF, HALF_LIFE)).toBe(0);
  });

  it('stays in [0, 1] even for very old events', () => {
    const weight = recencyWeight(0, AS_OF, 1);
    expect(weight).toBe(0);
    expect(Number.isNaN(weight)).toBe(false);
  });
});
