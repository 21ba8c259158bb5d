/**
 * Anything the library accepts as a point in time: a `Date`, a finite epoch-millisecond
 * number, or an ISO-8601 string with an explicit offset or `Z`.
 *
 * @category Model
 */
export type TimestampInput = Date | number | string;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
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
    if (ISO_WITH_OFFSET.test(value)) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return { ok: true, ms };
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

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
