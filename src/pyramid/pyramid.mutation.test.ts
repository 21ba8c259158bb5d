/**
 * Pyramid edges mutation testing found open outside classifyLevel's own examples: a type that the
 * level rules list for two levels.
 */
import { describe, expect, it } from 'vitest';
import { classifyLevel, createHistory, type InteractionInput } from '../index.js';

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
