import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { sentiment } from './sentiment.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'forum', kind: 'forum' }],
    interactions: drafts.map((d) => ({ channel: 'forum', ...d, customerId })),
  });
}
const said = (id: string, at: number, s: number): Draft => ({
  id,
  at,
  direction: 'inbound',
  type: 'post',
  sentiment: s,
});

describe('sentiment', () => {
  it.each([
    [-1, 0],
    [0, 0.5],
    [1, 1],
    [0.5, 0.75],
  ])('sentiment %s maps to %s', (s, expected) => {
    expect(sentiment(build([said('a', AS_OF, s)]), { asOf: AS_OF }).value).toBe(expected);
  });

  it('is the recency-weighted mean of (s + 1) / 2', () => {
    const history = build([
      said('old', AS_OF - 90 * DAY, -1), // 0, weight 0.5
      said('new', AS_OF, 1), // 1, weight 1
      said('mid', AS_OF, 0), // 0.5, weight 1
    ]);
    const result = sentiment(history, { asOf: AS_OF });
    // (0.5·0 + 1·1 + 1·0.5) / 2.5 = 0.6
    expect(result.value).toBeCloseTo(0.6, 15);
    expect(result.facts).toEqual({ positive: 1, neutral: 1, negative: 1, judged: 3 });
  });

  it('counts only inbound interactions with a sentiment in the window', () => {
    const history = build([
      { id: 'o', at: AS_OF, direction: 'outbound', type: 'reply', sentiment: 1 },
      { id: 'n', at: AS_OF, direction: 'inbound', type: 'post' },
      said('old', AS_OF - 400 * DAY, 1),
      said('later', AS_OF + DAY, 1),
    ]);
    const result = sentiment(history, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-sentiment', params: {} });
  });

  it('works for a customer called __proto__', () => {
    expect(sentiment(build([said('a', AS_OF, 1)], '__proto__'), { asOf: AS_OF }).value).toBe(1);
  });
});
