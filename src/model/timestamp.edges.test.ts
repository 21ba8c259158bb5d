/**
 * The refusals of `readTimestamp` at their edges: the plausible range of numbers (inclusive
 * `from`, exclusive `to`), the hints an implausible number gets (a `YYYYMMDD` date or epoch
 * seconds, each only inside its own range of values), which kind of value a non-finite input was
 * expected to be, and the anchors of the patterns. Written to kill the mutants the worked examples
 * in `timestamp.test.ts` and `timestamp.boundaries.test.ts` let live.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMESTAMP_RANGE, readTimestamp, TIMESTAMP_PATTERN, type TimestampRange } from './timestamp.js';

const FROM = 631_152_000_000; // 1990-01-01T00:00:00Z
const TO = 4_102_444_800_000; // 2100-01-01T00:00:00Z

function refusal(value: unknown, range?: TimestampRange): { code: string; message: string } {
  const result = readTimestamp(value, range);
  if (result.ok) throw new Error(`expected ${String(value)} to be refused`);
  return { code: result.code, message: result.message };
}

describe('the plausible range of numbers', () => {
  it('runs from 1990-01-01 (inclusive) to 2100-01-01 (exclusive)', () => {
    expect(DEFAULT_TIMESTAMP_RANGE).toEqual({ from: FROM, to: TO });
    expect(FROM).toBe(Date.UTC(1990, 0, 1));
    expect(TO).toBe(Date.UTC(2100, 0, 1));
  });

  it('accepts its first and last millisecond, as numbers and as Dates', () => {
    const range = DEFAULT_TIMESTAMP_RANGE;
    expect(readTimestamp(FROM, range)).toEqual({ ok: true, ms: FROM });
    expect(readTimestamp(TO - 1, range)).toEqual({ ok: true, ms: TO - 1 });
    expect(readTimestamp(new Date(FROM), range)).toEqual({ ok: true, ms: FROM });
  });

  it('refuses the millisecond before it and its end', () => {
    const range = DEFAULT_TIMESTAMP_RANGE;
    expect(readTimestamp(FROM - 1, range)).toMatchObject({ ok: false, code: 'implausible-timestamp' });
    expect(readTimestamp(TO, range)).toMatchObject({ ok: false, code: 'implausible-timestamp' });
    expect(readTimestamp(new Date(TO), range)).toMatchObject({ ok: false, code: 'implausible-timestamp' });
  });

  it('names the range by its days, and an unbounded end as it is', () => {
    expect(refusal(5, DEFAULT_TIMESTAMP_RANGE).message).toContain('(1990-01-01 to 2100-01-01)');
    expect(refusal(-1, { from: 0, to: Number.POSITIVE_INFINITY }).message).toContain('(1970-01-01 to Infinity)');
  });

  it('gives no hint for a number that is neither a date nor epoch seconds', () => {
    const { message } = refusal(5, DEFAULT_TIMESTAMP_RANGE);
    expect(message.startsWith('5 ')).toBe(true);
    expect(message.endsWith('2100-01-01)')).toBe(true);
  });
});

describe('the YYYYMMDD hint for a number', () => {
  it.each([
    [20_260_630, '2026-06-30'],
    [20_260_130, '2026-01-30'], // month 01
    [20_261_230, '2026-12-30'], // month 12
    [20_260_601, '2026-06-01'], // day 01
    [20_260_131, '2026-01-31'], // day 31
  ])('%d looks like %s', (value, day) => {
    const { message } = refusal(value, DEFAULT_TIMESTAMP_RANGE);
    expect(message).toContain('YYYYMMDD');
    expect(message).toContain(`"${day}T00:00:00Z"`);
  });

  it.each([
    [20_260_030, 'month 00'],
    [20_261_330, 'month 13'],
    [20_260_600, 'day 00'],
    [20_260_132, 'day 32'],
    [120_260_630, 'nine digits ending in a date'],
    [202_606_301, 'nine digits starting with a date'],
  ])('%d (%s) gets no hint', (value) => {
    const { message } = refusal(value, DEFAULT_TIMESTAMP_RANGE);
    expect(message).not.toContain('YYYYMMDD');
    expect(message).not.toContain('epoch seconds');
    expect(message.endsWith(')')).toBe(true);
  });
});

describe('the epoch-seconds hint', () => {
  // Epoch seconds are hinted when the value × 1000 lies in the range: 631 152 000 (1990-01-01) up
  // to 4 102 444 799 (the last second of 2099).
  it.each([631_152_000, 1_780_000_000, 4_102_444_799])('%d looks like epoch seconds', (value) => {
    const { code, message } = refusal(value, DEFAULT_TIMESTAMP_RANGE);
    expect(code).toBe('implausible-timestamp');
    expect(message).toContain('epoch seconds');
    expect(message).not.toContain('YYYYMMDD');
  });

  it.each([631_151_999, 4_102_444_800])('%d does not', (value) => {
    const { message } = refusal(value, DEFAULT_TIMESTAMP_RANGE);
    expect(message).not.toContain('epoch seconds');
  });
});

describe('refusals of strings and other values', () => {
  it('quotes a string that is not a real date and time', () => {
    expect(refusal('2026-02-30T00:00:00Z')).toMatchObject({
      code: 'invalid-timestamp',
      message: expect.stringContaining('"2026-02-30T00:00:00Z"'),
    });
  });

  it('hints at the ISO form of a string written as YYYYMMDD, and only then', () => {
    expect(refusal('20260630').message).toContain('write 2026-06-30T00:00:00Z');
    expect(refusal('2026063').message).not.toContain('YYYYMMDD');
    expect(refusal('202606301').message).not.toContain('YYYYMMDD');
    expect(refusal('x20260630').message).not.toContain('YYYYMMDD');
    expect(refusal('2026x630').message).not.toContain('YYYYMMDD');
    expect(refusal('202606x0').message).not.toContain('YYYYMMDD');
    expect(refusal('x20260630').message.endsWith('e.g. 2026-03-01T10:00:00Z')).toBe(true);
  });

  it('refuses an ISO date-time with something before it', () => {
    expect(refusal('x2026-03-01T10:00:00Z').code).toBe('invalid-timestamp');
  });

  it('says which kind of value a non-finite input should have been', () => {
    expect(refusal(Number.NaN).message).toContain('a finite epoch-millisecond number');
    expect(refusal(Number.POSITIVE_INFINITY).message).not.toContain('Date');
    expect(refusal(new Date(Number.NaN)).message).toContain('a valid Date');
    expect(refusal(new Date(Number.NaN)).message).not.toContain('epoch');
  });

  it('names what it expects for a value of another type', () => {
    expect(refusal(null)).toMatchObject({ code: 'invalid-timestamp', message: expect.stringContaining('ISO-8601') });
  });
});

describe('TIMESTAMP_PATTERN', () => {
  it('is anchored at both ends', () => {
    expect(TIMESTAMP_PATTERN.test('2026-03-01T10:00:00Z')).toBe(true);
    expect(TIMESTAMP_PATTERN.test('26-03-01T10:00:00Z')).toBe(false);
    expect(TIMESTAMP_PATTERN.test('2026-03-01T10:00:00')).toBe(false);
    expect(TIMESTAMP_PATTERN.test('2026-03-01T10:00')).toBe(false);
  });
});
