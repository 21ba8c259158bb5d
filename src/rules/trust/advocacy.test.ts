import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { advocacy } from './advocacy.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at' | 'direction'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'social', kind: 'social' }],
    interactions: drafts.map((d) => ({ channel: 'social', direction: 'inbound' as const, ...d, customerId })),
  });
}

describe('advocacy', () => {
  it.each([
    [1, 0.5],
    [2, 0.75],
    [3, 0.875],
  ])('%i endorsement(s) today → 1 − 0.5^n = %s', (count, expected) => {
    const drafts = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, at: AS_OF, type: 'recommend' }));
    const result = advocacy(build(drafts), { asOf: AS_OF });
    expect(result.value).toBe(expected);
    expect(result.facts).toEqual({ endorsements: count, negative: 0 });
  });

  it('older endorsements weigh less: n = Σ 0.5^(age / half-life)', () => {
    const history = build([
      { id: 'a', at: AS_OF - 90 * DAY, type: 'share' }, // 0.5
      { id: 'b', at: AS_OF - 180 * DAY, type: 'like' }, // 0.25
    ]);
    expect(advocacy(history, { asOf: AS_OF }).value).toBeCloseTo(1 - 0.5 ** 0.75, 15);
  });

  it('a negative review is not advocacy', () => {
    const history = build([
      { id: 'r1', at: AS_OF, type: 'review', sentiment: -0.8 },
      { id: 'r2', at: AS_OF, type: 'review', sentiment: 0 },
    ]);
    const result = advocacy(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5);
    expect(result.facts).toEqual({ endorsements: 1, negative: 1 });
    const onlyNegative = advocacy(build([{ id: 'r', at: AS_OF, type: 'review', sentiment: -1 }]), { asOf: AS_OF });
    expect(onlyNegative.value).toBeNull();
    expect(onlyNegative.reason).toEqual({ code: 'no-endorsements', params: { negative: 1 } });
  });

  it('only the customer’s own endorsements in the window count', () => {
    const history = build([
      { id: 'old', at: AS_OF - 400 * DAY, type: 'refer' },
      { id: 'later', at: AS_OF + DAY, type: 'refer' },
      { id: 'buy', at: AS_OF, type: 'purchase' },
    ]);
    const result = advocacy(history, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-endorsements', params: { negative: 0 } });
  });

  it('works for a customer called __proto__', () => {
    expect(advocacy(build([{ id: 'e', at: AS_OF, type: 'like' }], '__proto__'), { asOf: AS_OF }).value).toBe(0.5);
  });
});
