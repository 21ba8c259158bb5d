import * as z from 'zod';
import {
  DEFAULT_TIMESTAMP_RANGE,
  readTimestamp,
  TIMESTAMP_PATTERN,
  type TimestampInput,
  type TimestampRange,
} from './timestamp.js';

/** The message of an empty id; {@link fromZodIssues} turns it into the code `invalid-id`. @internal */
export const ID_MESSAGE = 'must be a non-empty string';

/** A record id: a non-empty string (`minLength: 1` in the JSON Schemas). @internal */
export const IdSchema = z.string().min(1, { error: ID_MESSAGE });

/**
 * A timestamp schema for one plausible range: on input a `Date`, epoch ms in `range`, or an ISO-8601
 * string with an offset; epoch ms on output.
 *
 * @remarks
 * The value is read first (by {@link readTimestamp}, which gives the precise code and message);
 * what it yields is then checked by a union that states the same rules as JSON Schema can say them:
 * a string matching {@link TIMESTAMP_PATTERN}, or a number in `[range.from, range.to)`. So the
 * generated JSON Schema (input side) is that union, with no patching.
 * @internal
 */
export function timestampSchema(range: TimestampRange): z.ZodType<number, TimestampInput> {
  const read = z.preprocess(
    (value, ctx) => {
      if (value === undefined) {
        // A required timestamp that is absent: the same code as any other missing field.
        ctx.addIssue({ code: 'custom', message: 'required field is missing', params: { code: 'missing-field' } });
        return value;
      }
      const result = readTimestamp(value, range);
      if (result.ok) return result.ms;
      ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
      return value;
    },
    z.union([z.string().regex(TIMESTAMP_PATTERN), z.number().gte(range.from).lt(range.to)]),
  );
  // The union's output is always the number read above; the cast says so to TypeScript. (A final
  // `.transform` would say it too, but would make the field optional in the generated JSON Schema.)
  return read.meta({
    description: `Epoch milliseconds from ${new Date(range.from).toISOString()} (inclusive) to ${new Date(range.to).toISOString()} (exclusive), or an ISO-8601 / RFC 3339 date-time with Z or an offset (e.g. "2026-03-01T09:30:00Z" or "2026-03-01 09:30:00+00:00").`,
  }) as unknown as z.ZodType<number, TimestampInput>;
}

/** A timestamp with the default plausible range. @internal */
export const TimestampSchema = timestampSchema(DEFAULT_TIMESTAMP_RANGE);
