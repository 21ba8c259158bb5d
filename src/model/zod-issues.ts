import type * as z from 'zod';
import type { InputIssue, IssueCode } from './errors.js';
import { ID_MESSAGE } from './schema-helpers.js';

/** Turns zod's issues into ours: stable codes, paths prefixed with where the value sits. @internal */
export function fromZodIssues(
  fn: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  input: unknown,
): InputIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    const code = codeOf(issue, valueAt(input, issue.path));
    return { path, code, message: `${fn}: ${messageOf(issue, code)}` };
  });
}

function codeOf(issue: z.core.$ZodIssue, value: unknown): IssueCode {
  // An absent required field is missing whatever its schema (zod reports a missing enum as a bad value).
  if (value === undefined && issue.code !== 'custom') return 'missing-field';
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params as { code?: IssueCode } | undefined)?.code;
      return code ?? 'invalid-value';
    }
    case 'invalid_type':
      if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) return 'not-finite';
      return 'invalid-type';
    case 'too_small':
      if (issue.origin === 'string' && issue.message === ID_MESSAGE) return 'invalid-id';
      return issue.origin === 'number' ? 'out-of-range' : 'invalid-value';
    case 'too_big':
      return issue.origin === 'number' ? 'out-of-range' : 'invalid-value';
    case 'invalid_union':
      return 'invalid-type';
    default:
      return 'invalid-value';
  }
}

function messageOf(issue: z.core.$ZodIssue, code: IssueCode): string {
  if (code === 'missing-field') return 'required field is missing';
  if (code === 'not-finite') return 'expected a finite number';
  return issue.message;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
