import { describe, expect, it } from 'vitest';
import { withTimeZone } from '../../test/support/arbitraries.js';
import { readTimestamp } from './timestamp.js';

// 2026-03-01T00:00:00Z: 56 years since 1970 with 14 leap days (1972…2024) = 20 454 days, plus
// January (31) and February 2026 (28) = 20 513 days × 86 400 000 ms.
const MARCH_1 = 20_513 * 86_400_000; // 1 772 323 200 000

function ms(value: unknown): number {
  const result = readTimestamp(value);
  if (!result.ok) throw new Error(`expected a timestamp, got ${result.code}`);
  return result.ms;
}

function code(value: unknown): string | undefined {
  const result = readTimestamp(value);
  return result.ok ? undefined : result.code;
}

describe('readTimestamp', () => {
  it('passes finite epoch milliseconds through', () => {
    expect(ms(MARCH_1)).toBe(1_772_323_200_000);
    expect(ms(0)).toBe(0);
    expect(ms(-86_400_000)).toBe(-86_400_000); // 1969-12-31
    expect(ms(1.5)).toBe(1.5);
  });

  it('reads a Date', () => {
    expect(ms(new Date(MARCH_1))).toBe(MARCH_1);
  });

  it('reads ISO strings with Z', () => {
    expect(ms('2026-03-01T00:00:00Z')).toBe(MARCH_1);
    expect(ms('2026-03-01T00:00:00z')).toBe(MARCH_1);
    expect(ms('2026-03-01T00:00Z')).toBe(MARCH_1); // seconds are optional
    expect(ms('2026-03-01T09:30:15Z')).toBe(MARCH_1 + (9 * 3600 + 30 * 60 + 15) * 1000);
  });

  it('reads positive and negative offsets', () => {
    // 01:30 at +01:30 is midnight UTC.
    expect(ms('2026-03-01T01:30:00+01:30')).toBe(MARCH_1);
    // 19:00 on 28 February at −05:00 is midnight UTC on 1 March.
    expect(ms('2026-02-28T19:00:00-05:00')).toBe(MARCH_1);
    // 05:30 at +0530 (no colon) is midnight UTC.
    expect(ms('2026-03-01T05:30:00+0530')).toBe(MARCH_1);
    expect(ms('2026-03-01T00:00:00+00:00')).toBe(MARCH_1);
    expect(ms('2026-03-01T00:00:00-00:00')).toBe(MARCH_1);
    // The widest offsets: 23:59 either way.
    expect(ms('2026-03-01T23:59:00+23:59')).toBe(MARCH_1);
  });

  it('reads fractional seconds, truncating below the millisecond', () => {
    expect(ms('2026-03-01T00:00:00.250Z')).toBe(MARCH_1 + 250);
    expect(ms('2026-03-01T00:00:00.5Z')).toBe(MARCH_1 + 500); // .5 s = 500 ms
    expect(ms('2026-03-01T00:00:00.07Z')).toBe(MARCH_1 + 70);
    expect(ms('2026-03-01T00:00:00.123456789Z')).toBe(MARCH_1 + 123);
    expect(ms('2026-03-01T00:00:00.999999+00:00')).toBe(MARCH_1 + 999);
  });

  it('reads 24:00 as the end of the day', () => {
    expect(ms('2026-02-28T24:00:00Z')).toBe(MARCH_1);
    expect(code('2026-02-28T24:00:01Z')).toBe('invalid-timestamp');
  });

  it('knows leap years', () => {
    // 29 February 2024 is the day before 1 March 2024.
    expect(ms('2024-02-29T00:00:00Z')).toBe(ms('2024-03-01T00:00:00Z') - 86_400_000);
    expect(ms('2000-02-29T00:00:00Z')).toBe(ms('2000-03-01T00:00:00Z') - 86_400_000); // divisible by 400
    expect(code('1900-02-29T00:00:00Z')).toBe('invalid-timestamp'); // divisible by 100, not 400
    expect(code('2025-02-29T00:00:00Z')).toBe('invalid-timestamp');
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(code('2026-02-30T10:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-04-31T10:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-03-32T10:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-03-00T10:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-13-01T10:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-00-01T10:00:00Z')).toBe('invalid-timestamp');
  });

  it('refuses out-of-range times and offsets', () => {
    expect(code('2026-03-01T25:00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-03-01T10:60:00Z')).toBe('invalid-timestamp');
    expect(code('2026-03-01T23:59:60Z')).toBe('invalid-timestamp');
    expect(code('2026-03-01T10:00:00+24:00')).toBe('invalid-timestamp');
    expect(code('2026-03-01T10:00:00+12:60')).toBe('invalid-timestamp');
  });

  it('keeps years 0–99 as they are written', () => {
    expect(new Date(ms('0050-06-15T00:00:00Z')).getUTCFullYear()).toBe(50);
  });

  it('refuses strings without an offset as offset-less-timestamp', () => {
    expect(code('2026-03-01T10:00:00')).toBe('offset-less-timestamp');
    expect(code('2026-03-01T10:00')).toBe('offset-less-timestamp');
    expect(code('2026-03-01T10:00:00.123')).toBe('offset-less-timestamp');
    expect(code('2026-03-01 10:00:00')).toBe('offset-less-timestamp');
    expect(code('2026-03-01')).toBe('offset-less-timestamp');
  });

  it('refuses garbage as invalid-timestamp', () => {
    for (const value of [
      'yesterday',
      '',
      'Sun, 01 Mar 2026 10:00:00 GMT',
      '2026-03-01T10:00:00+5',
      '2026-03-01T10:00:00.1234567891Z',
      '1772323200000',
    ]) {
      expect(code(value), value).toBe('invalid-timestamp');
    }
  });

  it('refuses non-finite numbers and invalid Dates', () => {
    expect(code(Number.NaN)).toBe('invalid-timestamp');
    expect(code(Number.POSITIVE_INFINITY)).toBe('invalid-timestamp');
    expect(code(Number.NEGATIVE_INFINITY)).toBe('invalid-timestamp');
    expect(code(new Date('not a date'))).toBe('invalid-timestamp');
  });

  it('refuses values of other types', () => {
    for (const value of [null, undefined, true, {}, [], 10n]) expect(code(value)).toBe('invalid-timestamp');
  });

  it('does not depend on the process time zone', () => {
    const inputs = ['2026-03-01T10:00:00+01:00', '2026-10-25T01:30:00Z', '2026-03-29T02:30:00+02:00'];
    const utc = withTimeZone('UTC', () => inputs.map(ms));
    for (const tz of ['America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/London']) {
      expect(withTimeZone(tz, () => inputs.map(ms))).toEqual(utc);
      expect(withTimeZone(tz, () => code('2026-03-01T10:00:00'))).toBe('offset-less-timestamp');
    }
  });

  it('quotes long garbage only in part', () => {
    const result = readTimestamp('x'.repeat(100));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toContain('x'.repeat(41));
  });
});
