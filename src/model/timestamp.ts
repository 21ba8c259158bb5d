/**
 * Anything the library accepts as a point in time: a `Date`, a finite epoch-millisecond
 * number, or an ISO-8601 string with an explicit offset or `Z`.
 *
 * @category Model
 */
export type TimestampInput = Date | number | string;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** Result of {@link readTimestamp}: epoch milliseconds, or why the value is not a timestamp. */
export type TimestampResult =
  | { readonly ok: true; readonly ms: number }
  | { readonly ok: false; readonly code: 'invalid-timestamp' | 'offset-less-timestamp'; readonly message: string };

/**
 * Reads a timestamp without throwing. An ISO string without an offset is ambiguous (its
 * meaning would depend on the host's time zone) and is refused with `offset-less-timestamp`.
 *
 * @internal
 */
export function readTimestamp(value: unknown): TimestampResult {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, ms: value }
      : { ok: false, code: 'invalid-timestamp', message: 'expected a finite epoch-millisecond number' };
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms)
      ? { ok: true, ms }
      : { ok: false, code: 'invalid-timestamp', message: 'expected a valid Date' };
  }
  if (typeof value === 'string') {
    const iso = ISO_WITH_OFFSET.exec(value);
    if (iso !== null) {
      const ms = isoToMs(iso);
      if (ms !== undefined) return { ok: true, ms };
    } else if (ISO_LIKE.test(value)) {
      return {
        ok: false,
        code: 'offset-less-timestamp',
        message: `"${value}" has no offset; add "Z" or "+hh:mm" so it means one instant everywhere`,
      };
    }
    return {
      ok: false,
      code: 'invalid-timestamp',
      message: `"${truncate(value)}" is not an ISO-8601 timestamp with an offset`,
    };
  }
  return {
    ok: false,
    code: 'invalid-timestamp',
    message: 'expected a Date, an epoch-millisecond number or an ISO-8601 string with an offset',
  };
}

/**
 * Epoch ms of a matched ISO string, or `undefined` when a field is out of range (Feb 30, 25:00,
 * an offset of +24:00). Computed from the parts rather than with `Date.parse`, which rolls
 * day 31 of a 30-day month over into the next month and differs between engines outside the
 * ECMAScript format (offsets without a colon, more than three fractional digits).
 */
function isoToMs(parts: RegExpExecArray): number | undefined {
  const [, y, mo, d, h, mi, s = '0', fraction = '', sign, oh = '0', om = '0'] = parts;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return undefined;
  if (Number(oh) > 23 || Number(om) > 59) return undefined;
  const ms = fraction === '' ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  return (
    (daysFromCivil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second) * 1_000 + ms - offset * 60_000
  );
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic alone (no Date object, and
 * no mapping of years 0–99 to the 1900s as `Date.UTC` does). Howard Hinnant's days_from_civil.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
