import { expect } from 'vitest';
import { EngagementInputError, type InputIssue } from '../../src/model/errors.js';

/** The issues of the {@link EngagementInputError} that `run` throws; fails the test if it throws nothing or something else. */
export function thrownIssues(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues;
  }
  throw new Error('expected an EngagementInputError');
}
