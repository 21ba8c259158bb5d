/**
 * Anything the library accepts as a point in time: a `Date`, a finite epoch-millisecond
 * number, or an ISO-8601 string with an explicit offset or `Z`.
 *
 * @category Model
 */
export type TimestampInput = Date | number | string;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The strings {@link readTimestamp} accepts, as one regular expression without flags, so that the
 * JSON Schemas state it as their `pattern`: RFC 3339 / ISO-8601 date and time separated by `T`, `t`
 * or a space, optional seconds and 1–9 fractional digits, `Z` or an offset `±hh:mm` / `±hhmm`.
 * Field ranges are part of it (month 01–12, day 01–31 by month, hour 00–23 or 24:00 ending a day,
 * minute and second 00–59, offset up to ±23:59). The one thing a pattern does not say is 29 February
 * in a year that is not a leap year, which the parser refuses.
 * @internal
 */
export const TIMESTAMP_PATTERN: RegExp = /* @__PURE__ */ new RegExp(
  '^\\d{4}-' +
    '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d))' +
    '[Tt ]' +
    '(?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?|24:00(?::00(?:\\.0{1,9})?)?)' +
    '(?:[Zz]|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)$',
);

/**
 * The range in which a numeric timestamp (or a `Date`) is believed to be epoch milliseconds:
 * `from` inclusive, `to` exclusive, both epoch ms.
 *
 * @category Model
 */
export interface TimestampRange {
  /** Earliest plausible instant (inclusive), epoch ms. */
  readonly from: number;
  /** First instant no longer plausible (exclusive), epoch ms. */
  readonly to: number;
}

/**
 * The default plausible range of numeric timestamps: 1990-01-01T00:00:00Z (inclusive) to
 * 2100-01-01T00:00:00Z (exclusive). Outside it a number is far more likely epoch seconds
 * (`1507704944`), a date written as digits (`19970101`) or garbage than a real moment.
 *
 * @example
 * import { DEFAULT_TIMESTAMP_RANGE } from 'engagement-scoring';
 * DEFAULT_TIMESTAMP_RANGE.from //=> 631152000000
 * @category Model
 */
export const DEFAULT_TIMESTAMP_RANGE: TimestampRange = /* @__PURE__ */ Object.freeze({
  from: 631_152_000_000, // 7 305 days (1970…1989, 5 leap days) × 86 400 000
  to: 4_102_444_800_000, // 47 482 days (1970…2099, 32 leap days) × 86 400 000
});

/** Codes a timestamp can be refused with. @internal */
export type TimestampCode = 'invalid-timestamp' | 'offset-less-timestamp' | 'implausible-timestamp';

/** Result of {@link readTimestamp}: epoch milliseconds, or why the value is not a timestamp. */
export type TimestampResult =
  | { readonly ok: true; readonly ms: number }
  | { readonly ok: false; readonly code: TimestampCode; readonly message: string };

/**
 * Reads a timestamp without throwing. An ISO string without an offset is ambiguous (its
 * meaning would depend on the host's time zone) and is refused with `offset-less-timestamp`.
 * With a `range`, numbers and `Date`s outside it are refused with `implausible-timestamp`, and
 * the message says when the value looks like epoch seconds or a `YYYYMMDD` date.
 *
 * @internal
 */
export function readTimestamp(value: unknown, range?: TimestampRange): TimestampResult {
  if (typeof value === 'string') {
    const fast = fastIso(value);
    if (fast !== undefined) return { ok: true, ms: fast };
  }
  return readSingleTimestamp(value, range);
}

/**
 * {@link readTimestamp} without its fast path for the common ISO shapes: the same verdict for every
 * value. For values read one at a time (`asOf`), where the fast path gains nothing and would add
 * its code to every bundle that reads an option.
 *
 * @internal
 */
export function readSingleTimestamp(value: unknown, range?: TimestampRange): TimestampResult {
  if (typeof value === 'number' || value instanceof Date) {
    const ms = typeof value === 'number' ? value : value.getTime();
    if (!Number.isFinite(ms)) {
      const expected = typeof value === 'number' ? 'a finite epoch-millisecond number' : 'a valid Date';
      return { ok: false, code: 'invalid-timestamp', message: `expected ${expected}` };
    }
    return range === undefined || (ms >= range.from && ms < range.to) ? { ok: true, ms } : implausible(ms, range);
  }
  if (typeof value === 'string') {
    const iso = ISO_WITH_OFFSET.exec(value);
    if (iso !== null) {
      const ms = isoToMs(iso);
      if (ms !== undefined) return { ok: true, ms };
      return {
        ok: false,
        code: 'invalid-timestamp',
        message: `"${truncate(value)}" is not a real date and time (a day, hour, minute, second or offset out of range)`,
      };
    }
    if (ISO_LIKE.test(value)) {
      return {
        ok: false,
        code: 'offset-less-timestamp',
        message: `"${truncate(value)}" has no offset; timestamps need "Z" or an offset such as "+02:00" (e.g. 2026-03-01T10:00:00Z) so they mean one instant everywhere`,
      };
    }
    const compact = COMPACT_DATE.exec(value);
    const looks =
      compact === null
        ? ''
        : `; it looks like a YYYYMMDD date: write ${compact[1]}-${compact[2]}-${compact[3]}T00:00:00Z`;
    return {
      ok: false,
      code: 'invalid-timestamp',
      message: `"${truncate(value)}" has an unknown shape: expected an ISO-8601 date-time with "Z" or an offset, e.g. 2026-03-01T10:00:00Z${looks}`,
    };
  }
  return {
    ok: false,
    code: 'invalid-timestamp',
    message: 'expected a Date, an epoch-millisecond number or an ISO-8601 string with an offset',
  };
}

function implausible(ms: number, range: TimestampRange): TimestampResult {
  let hint = '';
  const seconds = ms * 1000;
  const compact = Number.isInteger(ms) ? COMPACT_DATE.exec(String(ms)) : null;
  if (
    compact !== null &&
    Number(compact[2]) >= 1 &&
    Number(compact[2]) <= 12 &&
    Number(compact[3]) >= 1 &&
    Number(compact[3]) <= 31
  ) {
    hint = `; it looks like a YYYYMMDD date: write "${compact[1]}-${compact[2]}-${compact[3]}T00:00:00Z"`;
  } else if (seconds >= range.from && seconds < range.to) {
    hint = '; it looks like epoch seconds: multiply by 1000';
  }
  const shown = truncate(String(ms));
  return {
    ok: false,
    code: 'implausible-timestamp',
    message: `${shown} is outside the plausible range of epoch milliseconds (${isoDay(range.from)} to ${isoDay(range.to)})${hint}`,
  };
}

function isoDay(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : String(ms);
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
 * The common layout `YYYY-MM-DDTHH:MM:SS[.sss]Z` (or `±HH:MM`) read digit by digit, without the
 * regular expression's match arrays. Returns `undefined` for anything else, which then takes the
 * general path; both paths give the same instant (a property test holds them to `Date.parse`).
 * @internal
 */
export function fastIso(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || length > 29) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // - -
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 32) return undefined; // T or space
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined; // : :
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    // Exactly three fraction digits on the fast path; other precisions take the general path.
    ms = digits(text, i + 1, 3);
    if (ms < 0) return undefined;
    i += 4;
  }
  let offset = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90 && i + 1 === length) {
    offset = 0; // Z
  } else if ((sign === 43 || sign === 45) && i + 6 === length && text.charCodeAt(i + 3) === 58) {
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  return (
    (daysFromCivil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second) * 1_000 + ms - offset * 60_000
  );
}

/** The decimal number in `text[start, start + count)`, or −1 when a character is not a digit. @internal */
export function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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

/**
 * At most the first 40 characters of a value quoted in a message, so that a megabyte-long value
 * does not make a megabyte-long message.
 * @internal
 */
export function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
