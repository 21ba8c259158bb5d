import * as z from 'zod';
import {
  DEFAULT_TIMESTAMP_RANGE,
  readTimestamp,
  TIMESTAMP_PATTERN,
  type TimestampInput,
  type TimestampRange,
} from './timestamp.js';
import { ID_MESSAGE } from './zod-issues.js';

/** A record id: a non-empty string (`minLength: 1` in the JSON Schemas). @internal */
export const IdSchema = /* @__PURE__ */ z.string().min(1, { error: ID_MESSAGE });

/**
 * A timestamp schema for one plausible range: on input a `Date`, epoch ms in `range`, or an ISO-8601
 * string with an offset; epoch ms on output.
 *
 * @remarks
 * The value is read first (by {@link readTimestamp}, which gives the precise code and message);
 * then a codec checks what JSON Schema can say — a string matching {@link TIMESTAMP_PATTERN} (any
 * year: a date-time with an offset is unambiguous), or a number in `[range.from, range.to)` — and
 * decodes it to epoch ms. The generated JSON Schema (input side) is that union, with no patching.
 * @internal
 */
export function timestampSchema(range: TimestampRange): z.ZodType<number, TimestampInput> {
  // What JSON Schema can say: a string of the pattern, or a number in the plausible range. Strings
  // are not range-checked (an ISO date-time is unambiguous, whatever its year); numbers are, since
  // epoch seconds or YYYYMMDD written as a number would otherwise pass as 1970.
  const stated = z.codec(
    z.union([z.string().regex(TIMESTAMP_PATTERN), z.number().gte(range.from).lt(range.to)]),
    z.number(),
    {
      decode: (value) => (typeof value === 'string' ? msOfString(value) : value),
      encode: (ms) => ms,
    },
  );
  const read = z.preprocess((value, ctx) => {
    if (value === undefined) {
      // A required timestamp that is absent: the same code as any other missing field.
      ctx.addIssue({ code: 'custom', message: 'required field is missing', params: { code: 'missing-field' } });
      return value;
    }
    const result = readTimestamp(value, typeof value === 'string' ? undefined : range);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
      return value;
    }
    // Strings go on as they are, so the string branch checks them; numbers and Dates as epoch ms.
    return typeof value === 'string' ? value : result.ms;
  }, stated);
  // The codec's output is always epoch ms; the cast says so to TypeScript with the input type
  // callers may send (Date | number | string).
  return read.meta({
    description: `Epoch milliseconds from ${new Date(range.from).toISOString()} (inclusive) to ${new Date(range.to).toISOString()} (exclusive), or an ISO-8601 / RFC 3339 date-time with Z or an offset (e.g. "2026-03-01T09:30:00Z" or "2026-03-01 09:30:00+00:00").`,
  }) as unknown as z.ZodType<number, TimestampInput>;
}

/** Epoch ms of a string the preprocessing step has already read successfully. */
function msOfString(value: string): number {
  const result = readTimestamp(value);
  return result.ok ? result.ms : Number.NaN;
}

/** A timestamp with the default plausible range. @internal */
export const TimestampSchema = /* @__PURE__ */ timestampSchema(DEFAULT_TIMESTAMP_RANGE);
