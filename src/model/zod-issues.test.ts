import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fromZodIssues } from './zod-issues.js';

const Schema = z.object({
  id: z.string(),
  amount: z.number().nonnegative().optional(),
  share: z.number().max(1).optional(),
  kind: z.enum(['a', 'b']).optional(),
  tags: z.array(z.string()).min(1).optional(),
  either: z.union([z.string(), z.number()]).optional(),
  even: z
    .number()
    .refine((n) => n % 2 === 0, { params: { code: 'invalid-rank' } })
    .optional(),
  odd: z
    .number()
    .refine((n) => n % 2 === 1)
    .optional(),
});

function issuesOf(value: unknown): { path: readonly (string | number)[]; code: string; message: string }[] {
  const result = Schema.safeParse(value);
  if (result.success) return [];
  return fromZodIssues('fn', result.error.issues, ['things', 2], value);
}

function only(value: unknown): { path: readonly (string | number)[]; code: string } {
  const [first, ...rest] = issuesOf(value);
  expect(rest).toEqual([]);
  if (first === undefined) throw new Error('expected an issue');
  return { path: first.path, code: first.code };
}

describe('fromZodIssues', () => {
  it('maps an absent field to missing-field and a wrong type to invalid-type', () => {
    expect(only({})).toEqual({ path: ['things', 2, 'id'], code: 'missing-field' });
    expect(only({ id: 5 })).toEqual({ path: ['things', 2, 'id'], code: 'invalid-type' });
    expect(only({ id: null })).toEqual({ path: ['things', 2, 'id'], code: 'invalid-type' });
    // An own property holding undefined is missing too.
    expect(only({ id: undefined })).toEqual({ path: ['things', 2, 'id'], code: 'missing-field' });
  });

  it('maps a non-finite number where a number is expected to not-finite', () => {
    expect(only({ id: 'x', amount: Number.POSITIVE_INFINITY })).toEqual({
      path: ['things', 2, 'amount'],
      code: 'not-finite',
    });
    expect(only({ id: 'x', amount: Number.NaN }).code).toBe('not-finite');
  });

  it('maps a non-finite number where a string is expected to invalid-type', () => {
    expect(only({ id: Number.NaN })).toEqual({ path: ['things', 2, 'id'], code: 'invalid-type' });
    expect(issuesOf({ id: Number.POSITIVE_INFINITY })[0]?.message).not.toMatch(/finite/);
  });

  it('maps numeric bounds to out-of-range and other bounds to invalid-value', () => {
    expect(only({ id: 'x', amount: -1 }).code).toBe('out-of-range');
    expect(only({ id: 'x', share: 2 }).code).toBe('out-of-range');
    expect(only({ id: 'x', tags: [] }).code).toBe('invalid-value');
  });

  it('maps enums to invalid-value, unions to invalid-type', () => {
    expect(only({ id: 'x', kind: 'c' })).toEqual({ path: ['things', 2, 'kind'], code: 'invalid-value' });
    expect(only({ id: 'x', either: true }).code).toBe('invalid-type');
  });

  it('takes the code of a custom issue from its params, else invalid-value', () => {
    expect(only({ id: 'x', even: 3 }).code).toBe('invalid-rank');
    expect(only({ id: 'x', odd: 2 }).code).toBe('invalid-value');
  });

  it('keeps nested paths and prefixes messages with the function name', () => {
    const [issue] = issuesOf({ id: 'x', tags: ['a', 7] });
    expect(issue?.path).toEqual(['things', 2, 'tags', 1]);
    expect(issue?.message).toMatch(/^fn: /);
  });
});

describe('fromZodIssues: absent enum fields', () => {
  it('reports a missing enum as missing-field, not invalid-value', () => {
    const Enum = z.object({ kind: z.enum(['a', 'b']) });
    const result = Enum.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fromZodIssues('fn', result.error.issues, ['x'], {})).toEqual([
        { path: ['x', 'kind'], code: 'missing-field', message: 'fn: required field is missing' },
      ]);
    }
  });
});
