/**
 * Pyramid edges mutation testing found open outside classifyLevel's own examples: a type that the
 * level rules list for two levels, and inputs levelDistribution refuses.
 */
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/support/thrown-issues.js';
import {
  type CustomerMovement,
  classifyLevel,
  createHistory,
  EngagementInputError,
  type InteractionInput,
  levelDistribution,
  levelMovers,
  type MovementDirection,
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
  it('null or a non-iterable object is one invalid-type issue at the root', () => {
    for (const input of [null, {}, { length: 2 }]) {
      expect(thrownIssues(() => levelDistribution(input as never))).toEqual([
        expect.objectContaining({ path: [], code: 'invalid-type' }),
      ]);
    }
  });

  it('quotes at most 40 characters of an unknown level name', () => {
    const long = `x${'y'.repeat(99)}`;
    const [issue] = thrownIssues(() => levelDistribution([long] as never));
    expect(issue).toMatchObject({ path: [0], code: 'invalid-value' });
    expect(issue?.message).toContain(long.slice(0, 40));
    expect(issue?.message).not.toContain(long.slice(0, 41));
  });
});

describe('levelMovers: input, order and limit', () => {
  const mover = (customerId: string, direction: MovementDirection, distance: number): CustomerMovement => ({
    customerId,
    movement: { from: null, to: null, direction, distance },
  });
  const refused = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as Error).message).toMatch(/^levelMovers: /);
      return (error as EngagementInputError).issues.map((issue) => [issue.path, issue.code]);
    }
    throw new Error('expected an EngagementInputError');
  };

  it('null or a non-iterable object is one invalid-type issue at the root', () => {
    for (const input of [null, {}, 7])
      expect(refused(() => levelMovers(input as never))).toEqual([[[], 'invalid-type']]);
  });

  it('refuses each malformed entry at its position', () => {
    const entries = [
      null,
      3,
      { customerId: 1, movement: { direction: 'up', distance: 1 } },
      { customerId: 'a', movement: null },
      { customerId: 'a', movement: 'up' },
      mover('ok', 'up', 1),
    ];
    expect(refused(() => levelMovers(entries as never))).toEqual([0, 1, 2, 3, 4].map((p) => [[p], 'invalid-type']));
  });

  it('sorts by distance, then by customer id; the limit keeps the first', () => {
    const movers = [mover('b', 'up', 1), mover('c', 'down', 2), mover('a', 'up', 1), mover('d', 'up', 1)];
    const ids = (options?: Parameters<typeof levelMovers>[1]) => levelMovers(movers, options).map((m) => m.customerId);
    expect(ids()).toEqual(['c', 'a', 'b', 'd']);
    expect(ids({ limit: 2 })).toEqual(['c', 'a']);
    expect(ids({ limit: 4 })).toEqual(['c', 'a', 'b', 'd']);
    expect(ids({ limit: 0 })).toEqual([]);
    expect(levelMovers(movers, null as never).map((m) => m.customerId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('orders many ties by customer id, whatever the input order', () => {
    // 40 customers at the same distance, listed in a scrambled order (k · 17 mod 40).
    const ids = Array.from({ length: 40 }, (_, k) => `c${String((k * 17) % 40).padStart(2, '0')}`);
    const sorted = levelMovers(ids.map((id) => mover(id, 'up', 1))).map((m) => m.customerId);
    expect(sorted).toEqual([...ids].sort());
  });

  it('includes returning movers when asked', () => {
    const movers = [mover('r', 'returning', 3), mover('u', 'up', 1)];
    expect(levelMovers(movers, { include: ['returning'] }).map((m) => m.customerId)).toEqual(['r']);
  });
});
