import { describe, expect, it } from 'vitest';
import { EngagementError, EngagementInputError, formatPath, type InputIssue } from './errors.js';

const issue = (n: number): InputIssue => ({
  path: ['interactions', n, 'at'],
  code: 'invalid-timestamp',
  message: `fn: bad ${n}`,
});

describe('EngagementInputError', () => {
  it('is an EngagementError and an Error with its own name', () => {
    const error = new EngagementInputError('fn', [issue(0)]);
    expect(error).toBeInstanceOf(EngagementInputError);
    expect(error).toBeInstanceOf(EngagementError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EngagementInputError');
    expect(new EngagementError('x').name).toBe('EngagementError');
  });

  it('summarises one issue', () => {
    const error = new EngagementInputError('fn', [issue(3)]);
    // The issue's own "fn: " prefix is not repeated inside the summary.
    expect(error.message).toBe('fn: 1 input problem: interactions[3].at: bad 3 [invalid-timestamp]');
  });

  it('shows the first three issues and counts the rest', () => {
    const error = new EngagementInputError('fn', [0, 1, 2, 3, 4].map(issue));
    expect(error.message).toMatch(/^fn: 5 input problems: interactions\[0\]\.at: .*; and 2 more$/);
    expect(error.message).toContain('interactions[2].at');
    expect(error.message).not.toContain('interactions[3].at');
  });

  it('keeps every issue as plain, JSON-ready data', () => {
    const issues = [0, 1, 2, 3, 4].map(issue);
    const error = new EngagementInputError('fn', issues);
    expect(error.issues).toEqual(issues);
    expect(JSON.parse(JSON.stringify(error.issues))).toEqual(issues);
  });
});

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['interactions', 3, 'at'])).toBe('interactions[3].at');
    expect(formatPath(['customer', 'consents', 0, 'channel'])).toBe('customer.consents[0].channel');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['config'])).toBe('config');
  });

  it('names the empty path (root)', () => {
    expect(formatPath([])).toBe('(root)');
  });
});
