import { describe, expect, it } from 'vitest';
import { DurationSchema, durationToMs } from './duration.js';

describe('DurationSchema', () => {
  it('keeps the parts given and drops the rest', () => {
    expect(DurationSchema.parse({ days: 1, hours: 12 })).toEqual({ days: 1, hours: 12 });
    expect(DurationSchema.parse({ minutes: 0 })).toEqual({ minutes: 0 });
    expect(DurationSchema.parse({ hours: 1, unknown: 5 })).toEqual({ hours: 1 });
  });

  it('needs at least one part', () => {
    const result = DurationSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'invalid-duration' } });
    // Only unknown keys: nothing left once they are stripped.
    expect(DurationSchema.safeParse({ fortnights: 2 }).success).toBe(false);
  });

  it('refuses negative, non-finite and non-number parts', () => {
    expect(DurationSchema.safeParse({ days: -1 }).success).toBe(false);
    expect(DurationSchema.safeParse({ days: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(DurationSchema.safeParse({ days: Number.NaN }).success).toBe(false);
    expect(DurationSchema.safeParse({ days: '1' }).success).toBe(false);
    expect(DurationSchema.safeParse('P1D').success).toBe(false);
    expect(DurationSchema.safeParse(86_400_000).success).toBe(false);
  });
});

describe('durationToMs', () => {
  it('adds the parts', () => {
    expect(durationToMs({ seconds: 1 })).toBe(1000);
    expect(durationToMs({ minutes: 5 })).toBe(300_000);
    expect(durationToMs({ hours: 1.5 })).toBe(5_400_000); // 1.5 × 3 600 000
    expect(durationToMs({ weeks: 1 })).toBe(604_800_000); // 7 × 86 400 000
    expect(durationToMs({ days: 90 })).toBe(7_776_000_000);
  });

  it("uses date-fns' average month and year", () => {
    // A year is 365.2425 days: 365.2425 × 86 400 000 = 31 556 952 000 ms; a month a twelfth of that,
    // 2 629 746 000 ms. date-fns truncates the floating-point product, so allow 1 ms below.
    expect(31_556_952_000 - durationToMs({ years: 1 })).toBeGreaterThanOrEqual(0);
    expect(31_556_952_000 - durationToMs({ years: 1 })).toBeLessThanOrEqual(1);
    expect(2_629_746_000 - durationToMs({ months: 1 })).toBeGreaterThanOrEqual(0);
    expect(2_629_746_000 - durationToMs({ months: 1 })).toBeLessThanOrEqual(1);
  });
});
