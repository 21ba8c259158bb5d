import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTimestamp } from './timestamp.js';

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
