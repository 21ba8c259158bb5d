/**
 * Pyramid edges mutation testing found open outside classifyLevel's own examples: a type that the
 * level rules list for two levels, and inputs levelDistribution refuses.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyLevel,
  createHistory,
  EngagementInputError,
  type InteractionInput,
  levelDistribution,
} from '../index.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');

function build(count: number) {
  const interactions: InteractionInput[] = Array.from({ length: count }, (_, k) => ({
    id: `t${k}`,
    customerId: 'c1',
    channel: 'web',
    at: AS_OF - (k + 1) * DAY,
    direction: 'inbound',
    type: 'ticket',
  }));
  return createHistory({ customer: { id: 'c1' }, channels: [{ id: 'web', kind: 'web' }], interactions });
}

describe('level rules: a type listed for two levels', () => {
  // "ticket" qualifies for endorsing once, and for contributing from three.
  const config = {
    pyramid: {
      levelRules: {
        endorsing: { types: ['review', 'ticket'] },
        contributing: { types: ['purchase', 'ticket'], minCount: 3 },
      },
    },
  };
  it('counts for each level it is listed for', () => {
    expect(classifyLevel(build(1), { asOf: AS_OF, config }).level).toBe('endorsing');
    expect(classifyLevel(build(3), { asOf: AS_OF, config }).level).toBe('contributing');
  });
});

describe('levelDistribution: what is not a list of levels', () => {
  const issuesOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      return (error as EngagementInputError).issues;
    }
    throw new Error('expected an EngagementInputError');
  };

  it('null or a non-iterable object is one invalid-type issue at the root', () => {
    for (const input of [null, {}, { length: 2 }]) {
      expect(issuesOf(() => levelDistribution(input as never))).toEqual([
        expect.objectContaining({ path: [], code: 'invalid-type' }),
      ]);
    }
  });

  it('quotes at most 40 characters of an unknown level name', () => {
    const long = `x${'y'.repeat(99)}`;
    const [issue] = issuesOf(() => levelDistribution([long] as never));
    expect(issue).toMatchObject({ path: [0], code: 'invalid-value' });
    expect(issue?.message).toContain(long.slice(0, 40));
    expect(issue?.message).not.toContain(long.slice(0, 41));
  });
});
