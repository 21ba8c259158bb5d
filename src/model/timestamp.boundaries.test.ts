/**
 * Timestamp parsing at its boundaries, through the public `InteractionSchema` (every interaction's
 * `at` goes through it). Written to kill the mutants that the plainer examples in
 * `timestamp.test.ts` let live: the general parser (no seconds, a fraction other than three digits,
 * an offset without a colon, lower-case `z`) at month, day, hour, minute, second and offset limits,
 * and the digit-by-digit reader on characters just outside `0`–`9`.
 */
import { describe, expect, it } from 'vitest';
import { InteractionSchema } from '../index.js';
import { readTimestamp } from './timestamp.js';

const base = { id: 'i1', customerId: 'c1', channel: 'web', direction: 'inbound', type: 'visit' } as const;

function at(value: unknown): number {
  const result = InteractionSchema.safeParse({ ...base, at: value });
  if (!result.success) throw new Error(`expected a timestamp for ${String(value)}: ${result.error.message}`);
  return result.data.at;
}

function issue(value: unknown): { code: unknown; message: string } | undefined {
  const result = InteractionSchema.safeParse({ ...base, at: value });
  if (result.success) return undefined;
  const found = result.error.issues.find((i) => i.path[0] === 'at');
  if (found === undefined) return undefined;
  return { code: (found as { params?: { code?: unknown } }).params?.code, message: found.message };
}

const code = (value: unknown) => issue(value)?.code;

/**
 * The parser's reading of a string outside the plausible range of the schemas (1990 to 2100):
 * the day arithmetic across eras is the parser's (the schema reads such strings the same way; only
 * numbers and Dates are held to the range).
 */
function parsed(value: string): number {
  const result = readTimestamp(value);
  if (!result.ok) throw new Error(`expected a timestamp for ${value}: ${result.message}`);
  return result.ms;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
// 2026-01-01T00:00:00Z: 56 years since 1970 with 14 leap days (1972…2024) = 20 454 days.
const JAN_1_2026 = 20_454 * DAY; // 1 767 225 600 000

describe('timestamps at month boundaries (general parser: no seconds)', () => {
  // Cumulative days before each month of 2026 (not a leap year).
  const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const length = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

  it('reads the first and the last day of every month, on both parsers', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const last = length[m - 1] as number;
      const first = JAN_1_2026 + (before[m - 1] as number) * DAY;
      expect(at(`2026-${mm}-01T00:00Z`), `${mm}-01`).toBe(first);
      expect(at(`2026-${mm}-01T00:00:00Z`), `${mm}-01 fast`).toBe(first);
      expect(at(`2026-${mm}-${last}T23:59Z`), `${mm}-${last}`).toBe(first + last * DAY - MINUTE);
      expect(at(`2026-${mm}-${last}T23:59:59.999Z`), `${mm}-${last} fast`).toBe(first + last * DAY - 1);
    }
  });

  it('refuses the 31st of 30-day months and the day after the last on both parsers', () => {
    for (const mm of ['04', '06', '09', '11']) {
      expect(code(`2026-${mm}-31T00:00Z`), mm).toBe('invalid-timestamp');
      expect(code(`2026-${mm}-31T00:00:00Z`), `${mm} fast`).toBe('invalid-timestamp');
      expect(at(`2026-${mm}-30T00:00Z`), `${mm}-30`).toBe(at(`2026-${mm}-30T00:00:00Z`));
    }
    for (const mm of ['01', '03', '05', '07', '08', '10', '12']) {
      expect(code(`2026-${mm}-32T00:00Z`), mm).toBe('invalid-timestamp');
      expect(at(`2026-${mm}-31T00:00Z`) - at(`2026-${mm}-30T00:00Z`), mm).toBe(DAY);
    }
    expect(code('2026-02-29T00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-02-29T00:00:00Z')).toBe('invalid-timestamp');
  });

  it('refuses month 0 and 13 and day 0 on the general parser', () => {
    expect(code('2026-00-10T00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-13-10T00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-05-00T00:00Z')).toBe('invalid-timestamp');
    expect(code('2026-12-00T00:00:00Z')).toBe('invalid-timestamp');
  });

  it('knows the leap-year rule on the general parser', () => {
    // 2024 (÷4), 2000 and 2400 (÷400) have 29 February; 1900 and 2100 (÷100, not ÷400) do not.
    for (const year of ['2024', '2000', '2400', '1600']) {
      expect(parsed(`${year}-03-01T00:00Z`) - parsed(`${year}-02-29T00:00Z`), year).toBe(DAY);
    }
    for (const year of ['1900', '2100', '2023', '1800']) {
      expect(code(`${year}-02-29T00:00Z`), year).toBe('invalid-timestamp');
      expect(code(`${year}-02-29T00:00:00Z`), `${year} fast`).toBe('invalid-timestamp');
      expect(parsed(`${year}-03-01T00:00Z`) - parsed(`${year}-02-28T00:00Z`), year).toBe(DAY);
    }
  });

  it('counts days across eras and before 1970', () => {
    // Date.UTC is a fine oracle for years ≥ 100.
    const cases: [string, number][] = [
      ['1969-12-31T00:00Z', Date.UTC(1969, 11, 31)],
      ['1600-01-01T00:00Z', Date.UTC(1600, 0, 1)],
      ['1600-03-01T00:00Z', Date.UTC(1600, 2, 1)],
      ['1599-12-31T23:59Z', Date.UTC(1599, 11, 31, 23, 59)],
      ['2000-02-29T12:00Z', Date.UTC(2000, 1, 29, 12)],
      ['2400-12-31T00:00Z', Date.UTC(2400, 11, 31)],
      ['0400-03-01T00:00Z', Date.UTC(400, 2, 1)],
      ['9999-12-31T23:59Z', Date.UTC(9999, 11, 31, 23, 59)],
    ];
    for (const [text, expected] of cases) {
      expect(parsed(text), text).toBe(expected);
      expect(parsed(`${text.slice(0, 16)}:00Z`), `${text} fast`).toBe(expected);
    }
    // Year 0 (1 BC, a leap year): 0000-03-01 is 719 468 days before 1970-01-01.
    expect(parsed('0000-03-01T00:00Z')).toBe(-719_468 * DAY);
    expect(parsed('0000-02-29T00:00Z')).toBe(-719_469 * DAY);
    expect(parsed('0000-01-01T00:00:00Z')).toBe(-719_528 * DAY); // 719 468 + 31 + 29
    // The schema reads the same instants inside the plausible range and refuses the others.
    expect(at('2000-02-29T12:00Z')).toBe(Date.UTC(2000, 1, 29, 12));
    // Strings are not held to the plausible range (only numbers and Dates are): same instant.
    expect(at('1969-12-31T00:00Z')).toBe(Date.UTC(1969, 11, 31));
  });
});

describe('timestamps at time-of-day boundaries (general parser)', () => {
  const d = JAN_1_2026;

  it('reads 23:59 and refuses hour 24 except exactly 24:00', () => {
    expect(at('2026-01-01T23:59Z')).toBe(d + 23 * HOUR + 59 * MINUTE);
    expect(at('2026-01-01T23:00Z')).toBe(d + 23 * HOUR);
    expect(at('2025-12-31T24:00Z')).toBe(d); // the end of 31 December is the start of 1 January
    expect(at('2025-12-31T24:00:00.000Z')).toBe(d);
    expect(at('2025-12-31T24:00:00.0Z')).toBe(d);
    expect(code('2025-12-31T24:01Z')).toBe('invalid-timestamp');
    expect(code('2025-12-31T24:00:00.001Z')).toBe('invalid-timestamp');
    expect(code('2025-12-31T24:00:00.5Z')).toBe('invalid-timestamp');
    expect(code('2025-12-31T24:00:01Z')).toBe('invalid-timestamp');
    expect(code('2025-12-31T25:00Z')).toBe('invalid-timestamp');
  });

  it('reads minute 59 and second 59, refuses 60', () => {
    expect(at('2026-01-01T00:59Z')).toBe(d + 59 * MINUTE);
    expect(at('2026-01-01T00:00:59.5Z')).toBe(d + 59_500);
    expect(at('2026-01-01T00:00:59+0000')).toBe(d + 59_000);
    expect(code('2026-01-01T00:60Z')).toBe('invalid-timestamp');
    expect(code('2026-01-01T00:00:60.5Z')).toBe('invalid-timestamp');
    expect(code('2026-01-01T00:00:60+0000')).toBe('invalid-timestamp');
    expect(code('2026-01-01T00:60:00+0000')).toBe('invalid-timestamp');
  });

  it('pads and cuts fractions to milliseconds', () => {
    expect(at('2026-01-01T00:00:00.1Z')).toBe(d + 100);
    expect(at('2026-01-01T00:00:00.12Z')).toBe(d + 120);
    expect(at('2026-01-01T00:00:00.1239Z')).toBe(d + 123);
    expect(at('2026-01-01T00:00:00.000001Z')).toBe(d);
    expect(at('2026-01-01T00:00:01.9z')).toBe(d + 1_900);
  });

  it('reads a lower-case z like Z', () => {
    expect(at('2026-01-01T10:20:30z')).toBe(d + 10 * HOUR + 20 * MINUTE + 30_000);
    expect(at('2026-01-01T10:20:30.400z')).toBe(d + 10 * HOUR + 20 * MINUTE + 30_400);
  });
});

describe('offsets at their boundaries', () => {
  const d = JAN_1_2026;

  it('subtracts positive offsets and adds negative ones, on both parsers', () => {
    // 00:00 at +01:00 is 23:00 the day before in UTC; 00:00 at −01:00 is 01:00 UTC.
    for (const [local, expected] of [
      ['2026-01-01T00:00+01:00', d - HOUR],
      ['2026-01-01T00:00-01:00', d + HOUR],
      ['2026-01-01T00:00:00+01:00', d - HOUR],
      ['2026-01-01T00:00:00-01:00', d + HOUR],
      ['2026-01-01T00:00+0130', d - 90 * MINUTE],
      ['2026-01-01T00:00-0130', d + 90 * MINUTE],
      ['2026-01-01T00:00:00.000+01:30', d - 90 * MINUTE],
      ['2026-01-01T00:00:00.000-01:30', d + 90 * MINUTE],
      ['2026-01-01T00:00:00+00:45', d - 45 * MINUTE],
      ['2026-01-01T00:00:00-00:45', d + 45 * MINUTE],
      ['2026-01-01T00:00+0045', d - 45 * MINUTE],
      ['2026-01-01T00:00-0045', d + 45 * MINUTE],
    ] as const) {
      expect(at(local), local).toBe(expected);
    }
  });

  it('accepts ±23:59 and refuses hour 24 or minute 60 of an offset, on both parsers', () => {
    const widest = 23 * HOUR + 59 * MINUTE;
    expect(at('2026-01-01T00:00+2359')).toBe(d - widest);
    expect(at('2026-01-01T00:00-23:59')).toBe(d + widest);
    expect(at('2026-01-01T00:00:00+23:59')).toBe(d - widest);
    expect(at('2026-01-01T00:00:00-23:59')).toBe(d + widest);
    for (const offset of ['+24:00', '-24:00', '+2400', '+00:60', '-0060', '+99:99']) {
      expect(code(`2026-01-01T00:00${offset}`), offset).toBe('invalid-timestamp');
      expect(code(`2026-01-01T00:00:00${offset}`), `${offset} fast`).toBe('invalid-timestamp');
    }
  });

  it('crosses month and year boundaries through the offset', () => {
    // 31 December 23:30 at −01:00 is 00:30 on 1 January UTC; 1 March 00:15 at +00:30 is 28 February 23:45 UTC.
    expect(at('2025-12-31T23:30:00-01:00')).toBe(d + 30 * MINUTE);
    expect(at('2025-12-31T23:30-0100')).toBe(d + 30 * MINUTE);
    expect(at('2026-03-01T00:15:00+00:30')).toBe(Date.UTC(2026, 1, 28, 23, 45));
    expect(at('2024-03-01T00:15+0030')).toBe(Date.UTC(2024, 1, 29, 23, 45));
  });
});

describe('the fixed layout refuses what is not in it', () => {
  it('refuses a wrong separator at each fixed position', () => {
    for (const text of [
      '2026/01-01T00:00:00Z',
      '2026-01/01T00:00:00Z',
      '2026-01-01X00:00:00Z',
      '2026-01-01T00-00:00Z',
      '2026-01-01T00:00-00Z',
      '2026-01-01T00:00:00+01-00',
      '2026-01-01T00:00:00.000+01x00',
      '2026-01-01T00:00:00,000Z',
      '2026-01-01T00:00:00Zx',
      '2026-01-01T00:00:00.000Zx',
      '2026-01-01T00:00:00+01:000',
      '2026-01-01T00:00:00X01:00',
    ]) {
      expect(code(text), text).toBe('invalid-timestamp');
    }
  });

  it('refuses characters just outside 0–9 in every numeric field', () => {
    // "/" is the character before "0" and ":" the one after "9".
    const valid = '2026-01-01T00:00:00.000+01:00';
    for (const position of [0, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 22, 24, 25, 27, 28]) {
      for (const bad of ['/', ':']) {
        const text = valid.slice(0, position) + bad + valid.slice(position + 1);
        expect(code(text), text).toBe('invalid-timestamp');
      }
    }
    expect(at(valid)).toBe(JAN_1_2026 - HOUR);
  });

  it('reads every digit of every field', () => {
    // 1987-06-05T04:03:02.987+01:02 → Date.UTC(1987, 5, 5, 4, 3, 2, 987) − 62 min.
    expect(parsed('1987-06-05T04:03:02.987+01:02')).toBe(Date.UTC(1987, 5, 5, 4, 3, 2, 987) - 62 * MINUTE);
    expect(parsed('1987-06-05T04:03:02.987-01:02')).toBe(Date.UTC(1987, 5, 5, 4, 3, 2, 987) + 62 * MINUTE);
    expect(parsed('1987-06-05T04:03:02.987Z')).toBe(Date.UTC(1987, 5, 5, 4, 3, 2, 987));
    expect(parsed('1987-06-05T04:03:02Z')).toBe(Date.UTC(1987, 5, 5, 4, 3, 2));
    expect(parsed('1987-06-05T04:03Z')).toBe(Date.UTC(1987, 5, 5, 4, 3));
    expect(parsed('1987-06-05T04:03:02.98765+0102')).toBe(Date.UTC(1987, 5, 5, 4, 3, 2, 987) - 62 * MINUTE);
    // inside the plausible range, through the schema
    expect(at('1997-06-05T04:03:02.987+01:02')).toBe(Date.UTC(1997, 5, 5, 4, 3, 2, 987) - 62 * MINUTE);
  });
});

describe('refusals name the value', () => {
  it('says offset-less values have no offset, quoting them', () => {
    for (const text of ['2026-01-01', '2026-01-01T10:00', '2026-01-01T10:00:00', '2026-01-01T10:00:00.5']) {
      const found = issue(text);
      expect(found?.code, text).toBe('offset-less-timestamp');
      expect(found?.message, text).toContain(text);
    }
  });

  it('refuses near-ISO strings as invalid, not offset-less', () => {
    for (const text of [
      '2026-01-01T10',
      '2026-1-01T10:00',
      '2026-01-01T10:00:00.',
      '12026-01-01T10:00',
      'x2026-01-01',
    ]) {
      expect(code(text), text).toBe('invalid-timestamp');
    }
  });

  it('quotes short garbage whole and long garbage cut at 40 characters', () => {
    expect(issue('not a time')?.message).toContain('"not a time"');
    const forty = 'y'.repeat(40);
    expect(issue(forty)?.message).toContain(`"${forty}"`);
    const long = `${'z'.repeat(40)}TAIL`;
    const message = issue(long)?.message ?? '';
    expect(message).toContain(`"${'z'.repeat(40)}…"`);
    expect(message).not.toContain('TAIL');
  });

  it('refuses non-finite numbers, invalid Dates and other types with a message', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN), true, {}]) {
      const found = issue(value);
      expect(found?.code, String(value)).toBe('invalid-timestamp');
      expect(found?.message.length, String(value)).toBeGreaterThan(0);
    }
  });

  it('passes Dates and finite numbers through', () => {
    expect(at(new Date(JAN_1_2026 + 1))).toBe(JAN_1_2026 + 1);
    expect(at(JAN_1_2026 + 7)).toBe(JAN_1_2026 + 7);
  });
});
