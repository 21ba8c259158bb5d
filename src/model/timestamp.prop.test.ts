import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastIso, readSingleTimestamp, readTimestamp } from './timestamp.js';

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

describe('readTimestamp arithmetic', () => {
  it('agrees with Date.parse on every valid ISO string with an offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.boolean(),
        (date, offsetMinutes, withMillis) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000);
          const iso = local.toISOString().slice(0, withMillis ? 23 : 19);
          if (iso.startsWith('+') || iso.startsWith('-')) return; // extended years are out of scope
          const sign = offsetMinutes < 0 ? '-' : '+';
          const text = `${iso}${sign}${pad(Math.trunc(offsetMinutes / 60), 2)}:${pad(offsetMinutes % 60, 2)}`;
          const result = readTimestamp(text);
          expect(result).toEqual({ ok: true, ms: Date.parse(text) });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the fast path', () => {
  it('answers for every canonical toISOString() output, with its instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(fastIso(date.toISOString())).toBe(date.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('when it answers, answers as the general parser does', () => {
    // Strings built from ISO pieces, valid or not: each field, separator, fraction and zone drawn
    // from values the fast path reads and values it must leave alone.
    const field = (width: number) =>
      fc.oneof(
        fc.integer({ min: 0, max: 10 ** width - 1 }).map((n) => pad(n, width)),
        fc.constantFrom('/'.repeat(width), ':'.repeat(width)),
      );
    const text = fc
      .tuple(
        field(4),
        fc.constantFrom('-', '/'),
        field(2),
        field(2),
        fc.constantFrom('T', 't', ' ', 'X'),
        field(2),
        field(2),
        field(2),
        fc.constantFrom('', '.', '.1', '.12', '.123', '.999', '.1234', '.123456789', '.1/3'),
        fc.constantFrom(
          'Z',
          'z',
          '',
          'Zx',
          '+01:00',
          '-05:30',
          '+23:59',
          '+24:00',
          '+00:60',
          '+0100',
          '-01-00',
          '+01:0',
        ),
      )
      .map(
        ([y, dash, mo, d, sep, h, mi, s, fraction, zone]) =>
          `${y}${dash}${mo}-${d}${sep}${h}:${mi}:${s}${fraction}${zone}`,
      );
    fc.assert(
      fc.property(text, (value) => {
        const fast = fastIso(value);
        if (fast !== undefined) expect(readSingleTimestamp(value)).toEqual({ ok: true, ms: fast });
      }),
      { numRuns: 5000 },
    );
  });
});
