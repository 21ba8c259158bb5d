/**
 * Unit tests of the digit-by-digit fast path of `readTimestamp` (`fastIso` and `digits`). Through
 * the public API the fast path is invisible: whatever it declines, the general parser reads to the
 * same instant. So these tests call it directly and pin both halves of its contract: for each shape
 * it accepts, the exact epoch ms; for each shape it leaves to the general parser, `undefined`.
 *
 * Day numbers are days since 1970-01-01: 2026-03-01 is day 20 513, 2024-02-29 day 19 782,
 * 2000-02-29 day 11 016, 0000-03-01 day −719 468, 2026-01-01 day 20 454, 2026-12-31 day 20 818,
 * 1999-09-09 day 10 843. A day is 86 400 000 ms, an hour 3 600 000, a minute 60 000.
 */
import { describe, expect, it } from 'vitest';
import { digits, fastIso, readSingleTimestamp } from './timestamp.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('fastIso: the shapes it reads', () => {
  it.each([
    // The shortest shape it reads, 20 characters: day 20 513 at 10:00.
    ['2026-03-01T10:00:00Z', 20_513 * DAY + 10 * HOUR],
    // A space for the T.
    ['2026-03-01 10:00:00Z', 20_513 * DAY + 10 * HOUR],
    // Three fractional digits are milliseconds.
    ['2026-03-01T10:00:00.123Z', 20_513 * DAY + 10 * HOUR + 123],
    ['2026-03-01T10:00:00.000Z', 20_513 * DAY + 10 * HOUR],
    ['2026-03-01T10:00:00.999Z', 20_513 * DAY + 10 * HOUR + 999],
    // An offset east of UTC is subtracted, one west of it added.
    ['2026-03-01T10:00:00+01:00', 20_513 * DAY + 9 * HOUR],
    ['2026-03-01T10:00:00-05:30', 20_513 * DAY + 15 * HOUR + 30 * MINUTE],
    ['2026-03-01T10:00:00+00:00', 20_513 * DAY + 10 * HOUR],
    ['2026-03-01T10:00:00-00:00', 20_513 * DAY + 10 * HOUR],
    // The longest shape, 29 characters, with every field at its top: 2024-02-29 (a leap day,
    // day 19 782) 23:59:59.999 at +23:59 is 23 h 59 min earlier in UTC.
    ['2024-02-29T23:59:59.999+23:59', 19_782 * DAY + 23 * HOUR + 59 * MINUTE + 59_999 - (23 * HOUR + 59 * MINUTE)],
    ['2024-02-29T23:59:59.999-23:59', 19_782 * DAY + 23 * HOUR + 59 * MINUTE + 59_999 + 23 * HOUR + 59 * MINUTE],
    // 2000 is a leap year (divisible by 400).
    ['2000-02-29T00:00:00Z', 11_016 * DAY],
    // Year 0000 (proleptic Gregorian, not mapped to 1900): day −719 468.
    ['0000-03-01T00:00:00Z', -719_468 * DAY],
    // Month 01 and 12, day 01 and 31, hour, minute and second 00.
    ['2026-01-01T00:00:00Z', 20_454 * DAY],
    ['2026-12-31T00:00:00Z', 20_818 * DAY],
    // Every digit 9 somewhere: 1999-09-09 09:59:59.999 at -09:59.
    ['1999-09-09T09:59:59.999-09:59', 10_843 * DAY + 9 * HOUR + 59 * MINUTE + 59_999 + 9 * HOUR + 59 * MINUTE],
    // The canonical output of Date.prototype.toISOString.
    [new Date(Date.UTC(2026, 2, 1, 10, 0, 0, 1)).toISOString(), 20_513 * DAY + 10 * HOUR + 1],
  ])('%s is %d', (text, ms) => {
    expect(fastIso(text)).toBe(ms);
    expect(readSingleTimestamp(text)).toEqual({ ok: true, ms });
  });
});

describe('fastIso: the shapes it leaves to the general parser', () => {
  it.each([
    // Too short or too long.
    ['', 'empty'],
    ['2026-03-01T10:00Z', 'no seconds (17 characters)'],
    ['2026-03-01T10:00:0Z', '19 characters'],
    ['2026-03-01T10:00:00.123+01:00x', '30 characters'],
    ['2026-03-01T10:00:00.123456+01:00', 'six fractional digits, 32 characters'],
    // Lower case t and z, and offsets without a colon: valid, but general-parser shapes.
    ['2026-03-01t10:00:00Z', 'lower-case t'],
    ['2026-03-01T10:00:00z', 'lower-case z'],
    ['2026-03-01T10:00:00+0100', '±hhmm offset'],
    ['2026-03-01T10:00:00.123-0530', '±hhmm offset after a fraction'],
    // Fractions of other than three digits.
    ['2026-03-01T10:00:00.1Z', 'one fractional digit'],
    ['2026-03-01T10:00:00.12Z', 'two fractional digits'],
    ['2026-03-01T10:00:00.1234Z', 'four fractional digits'],
    ['2026-03-01T10:00:00.123456789Z', 'nine fractional digits'],
    ['2026-03-01T10:00:00.Z', 'a point without digits'],
    // 24:00 ending a day.
    ['2026-03-01T24:00:00Z', '24:00'],
    // Wrong separators.
    ['2026/03-01T10:00:00Z', 'slash for the first dash'],
    ['2026-03/01T10:00:00Z', 'slash for the second dash'],
    ['2026-03-01X10:00:00Z', 'X for T'],
    ['2026-03-01T10-00:00Z', 'dash for the first colon'],
    ['2026-03-01T10:00-00Z', 'dash for the second colon'],
    ['2026-03-01T10:00:00+01-00', 'dash inside the offset'],
    ['2026-03-01T10:00:00#01:00', 'neither + nor -'],
    // Trailing characters.
    ['2026-03-01T10:00:00Zx', 'a character after Z'],
    ['2026-03-01T10:00:00.123Zx', 'a character after Z after a fraction'],
    ['2026-03-01T10:00:00+01:0', 'an offset one digit short'],
    ['2026-03-01T10:00:00+01:00Z', 'Z after an offset'],
    // Fields out of range.
    ['2026-00-01T10:00:00Z', 'month 00'],
    ['2026-13-01T10:00:00Z', 'month 13'],
    ['2026-03-00T10:00:00Z', 'day 00'],
    ['2026-03-32T10:00:00Z', 'day 32'],
    ['2026-04-31T10:00:00Z', '31 April'],
    ['2023-02-29T10:00:00Z', '29 February 2023'],
    ['2100-02-29T10:00:00Z', '29 February 2100 (divisible by 100, not 400)'],
    ['2026-03-01T25:00:00Z', 'hour 25'],
    ['2026-03-01T10:60:00Z', 'minute 60'],
    ['2026-03-01T10:00:60Z', 'second 60'],
    ['2026-03-01T10:00:00+24:00', 'offset hour 24'],
    ['2026-03-01T10:00:00+00:60', 'offset minute 60'],
    // A character just below '0' ('/') or just above '9' (':') in each digit field.
    ['/026-03-01T10:00:00Z', 'year'],
    ['2026-0:-01T10:00:00Z', 'month'],
    ['2026-03-/1T10:00:00Z', 'day'],
    ['2026-03-01T:0:00:00Z', 'hour'],
    ['2026-03-01T10:/0:00Z', 'minute'],
    ['2026-03-01T10:00:0:Z', 'second'],
    ['2026-03-01T10:00:00.1/3Z', 'fraction'],
    ['2026-03-01T10:00:00+0::00', 'offset hour'],
    ['2026-03-01T10:00:00+00:/0', 'offset minute'],
  ])('%s (%s)', (text) => {
    expect(fastIso(text)).toBeUndefined();
  });

  it('leaves to the general parser shapes it reads to the same instant', () => {
    // Each declined shape that is valid: the general parser reads it.
    expect(readSingleTimestamp('2026-03-01t10:00:00z')).toEqual({ ok: true, ms: 20_513 * DAY + 10 * HOUR });
    expect(readSingleTimestamp('2026-03-01T10:00:00+0100')).toEqual({ ok: true, ms: 20_513 * DAY + 9 * HOUR });
    expect(readSingleTimestamp('2026-03-01T10:00:00.123456789Z')).toEqual({
      ok: true,
      ms: 20_513 * DAY + 10 * HOUR + 123,
    });
    expect(readSingleTimestamp('2026-03-01T24:00:00Z')).toEqual({ ok: true, ms: 20_514 * DAY });
  });
});

describe('fastIso agrees with the general parser', () => {
  const samples = [
    '2026-03-01T10:00:00Z',
    '2026-03-01 23:59:59.999+05:45',
    '1970-01-01T00:00:00.000Z',
    '1969-12-31T23:59:59.999Z',
    '2024-02-29T12:34:56.789-11:30',
    '9999-12-31T23:59:59.999Z',
    '0001-01-01T00:00:00Z',
  ];
  it.each(samples)('%s', (text) => {
    const fast = fastIso(text);
    expect(fast).toBeDefined();
    expect(readSingleTimestamp(text)).toEqual({ ok: true, ms: fast });
  });

  it('answers for canonical toISOString output', () => {
    // A spread of instants: every 37 days and 7 minutes 13.007 s from 1900 to 2200.
    const step = 37 * DAY + 7 * MINUTE + 13_007;
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2200, 0, 1); ms += step) {
      expect(fastIso(new Date(ms).toISOString())).toBe(ms);
    }
  });
});

describe('digits', () => {
  it('reads the decimal number in a slice', () => {
    expect(digits('0123456789', 0, 10)).toBe(123_456_789);
    expect(digits('x2026-', 1, 4)).toBe(2026);
    expect(digits('09', 0, 2)).toBe(9);
    expect(digits('90', 0, 2)).toBe(90);
    expect(digits('abc', 1, 0)).toBe(0);
  });

  it('is −1 when a character in the slice is not a digit', () => {
    expect(digits('1/', 0, 2)).toBe(-1); // '/' is just below '0'
    expect(digits('1:', 0, 2)).toBe(-1); // ':' is just above '9'
    expect(digits('/1', 0, 2)).toBe(-1);
    expect(digits(':1', 0, 2)).toBe(-1);
  });

  it('reads only the slice', () => {
    expect(digits('12x', 0, 2)).toBe(12);
    expect(digits('x12', 1, 2)).toBe(12);
  });
});
