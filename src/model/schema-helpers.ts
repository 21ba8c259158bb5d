import * as z from 'zod';
import type { IssueCode } from './errors.js';
import { readTimestamp, type TimestampInput } from './timestamp.js';

/** A record id: a non-empty string. @internal */
export const IdSchema = z.string().refine((s) => s.length > 0, {
  error: 'must be a non-empty string',
  params: { code: 'invalid-id' satisfies IssueCode },
});

/**
 * A timestamp on input (`Date`, epoch ms, ISO-8601 string with offset), epoch ms on output.
 * @internal
 */
export const TimestampSchema = z
  .custom<TimestampInput>(() => true)
  .transform((value, ctx): number => {
    if (value === undefined) {
      // A required timestamp that is absent: the same code as any other missing field.
      ctx.addIssue({ code: 'custom', message: 'required field is missing', params: { code: 'missing-field' } });
      return z.NEVER;
    }
    const result = readTimestamp(value);
    if (result.ok) return result.ms;
    ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    return z.NEVER;
  })
  .meta({
    description: 'Epoch milliseconds, or an ISO-8601 string with an offset or Z (e.g. "2026-03-01T09:30:00Z").',
  });
