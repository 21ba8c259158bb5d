import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { IdSchema, TimestampSchema } from './schema-helpers.js';
import { fromZodIssues } from './zod-issues.js';

function issueCode(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return issue?.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : issue?.code;
}

describe('IdSchema', () => {
  it('accepts any non-empty string, including Object.prototype keys', () => {
    for (const id of ['c1', ' ', 'ü-42', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(IdSchema.parse(id)).toBe(id);
    }
  });

  it('refuses the empty string with invalid-id and other types with a zod type issue', () => {
    const result = IdSchema.safeParse('');
    expect(result.success).toBe(false);
    if (!result.success) expect(fromZodIssues('f', result.error.issues, ['id'], '')[0]?.code).toBe('invalid-id');
    expect(issueCode(IdSchema, 42)).toBe('invalid_type');
    expect(issueCode(IdSchema, null)).toBe('invalid_type');
  });
});

describe('TimestampSchema', () => {
  it('turns every accepted form into epoch ms', () => {
    // 2026-03-01T00:00:00Z = 20 513 days × 86 400 000 ms.
    const ms = 1_772_323_200_000;
    expect(TimestampSchema.parse(ms)).toBe(ms);
    expect(TimestampSchema.parse(new Date(ms))).toBe(ms);
    expect(TimestampSchema.parse('2026-03-01T00:00:00Z')).toBe(ms);
    expect(TimestampSchema.parse('2026-03-01T02:00:00+02:00')).toBe(ms);
  });

  it('carries the stable code in the issue params', () => {
    expect(issueCode(TimestampSchema, '2026-03-01T00:00:00')).toBe('offset-less-timestamp');
    expect(issueCode(TimestampSchema, 'soon')).toBe('invalid-timestamp');
    expect(issueCode(TimestampSchema, Number.NaN)).toBe('invalid-timestamp');
    expect(issueCode(TimestampSchema, null)).toBe('invalid-timestamp');
    // Outside 1990-01-01 … 2100-01-01: epoch seconds, a date written as digits, a huge number.
    expect(issueCode(TimestampSchema, 1_507_704_944)).toBe('implausible-timestamp');
    expect(issueCode(TimestampSchema, 19_970_101)).toBe('implausible-timestamp');
    expect(issueCode(TimestampSchema, 1e308)).toBe('implausible-timestamp');
    expect(issueCode(TimestampSchema, new Date(0))).toBe('implausible-timestamp');
  });

  it('accepts RFC 3339 with a space between date and time, the same instant as with T', () => {
    expect(TimestampSchema.parse('2017-10-11 06:55:44+00:00')).toBe(TimestampSchema.parse('2017-10-11T06:55:44Z'));
  });

  it('reports a required timestamp that is absent as missing-field', () => {
    const schema = z.object({ at: TimestampSchema });
    expect(issueCode(schema, {})).toBe('missing-field');
    // Optional timestamps may be absent.
    expect(z.object({ at: TimestampSchema.optional() }).parse({})).toEqual({});
  });
});
