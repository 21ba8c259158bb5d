import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { personalTouch } from './personal-touch.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}
const out = (id: string, at: number, type: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type,
  ...extra,
});

describe('personalTouch', () => {
  it('is the share of outbound interactions that were personal', () => {
    const at = AS_OF - DAY;
    const history = build([
      { id: 'q', at: at - DAY, direction: 'inbound', type: 'question' },
      out('n1', at, 'newsletter'), // broadcast → 0
      out('c1', at, 'campaign'), // broadcast → 0
      out('o1', at, 'offer', { personalized: true }), // flagged personal → 1
      out('r1', at, 'reply', { inReplyTo: 'q' }), // answers something → 1
      out('a1', at, 'reply', { inReplyTo: 'q', personalized: false }), // auto-reply: the flag wins → 0
      out('k1', at, 'call'), // a call is one-to-one → 1
      out('t1', at, 'thank'), // an unflagged thank-you may be a mass mailing → 0
    ]);
    const result = personalTouch(history, { asOf: AS_OF });
    // 3 personal of 7, all the same age
    expect(result.value).toBeCloseTo(3 / 7, 15);
    expect(result.facts).toEqual({ personal: 3, judged: 7 });
    expect(result.evidence).toBe(7);
  });

  it('weights by recency', () => {
    const history = build([
      out('n', AS_OF - 180 * DAY, 'newsletter'), // weight 0.5^2 = 0.25, value 0
      out('p', AS_OF, 'offer', { personalized: true }), // weight 1, value 1
    ]);
    // 1 / (1 + 0.25)
    expect(personalTouch(history, { asOf: AS_OF }).value).toBeCloseTo(0.8, 15);
    // with a one-year half-life: 1 / (1 + 0.5^(180/365))
    const slow = personalTouch(history, { asOf: AS_OF, config: { halfLife: { days: 365 } } });
    expect(slow.value).toBeCloseTo(1 / (1 + 0.5 ** (180 / 365)), 12);
  });

  it('stays defined when every age is thousands of half-lives', () => {
    const history = build([out('n', AS_OF - 300 * DAY, 'newsletter'), out('p', AS_OF - 200 * DAY, 'reply')]);
    // half-life 1 s: 0.5^(age / 1 s) underflows to 0 for both; relative to the newest the old one is 0.5^(100 days / 1 s) = 0
    const result = personalTouch(history, { asOf: AS_OF, config: { halfLife: { seconds: 1 } } });
    expect(result.value).toBe(1);
  });

  it('is null without outbound interactions in the window', () => {
    const history = build([
      { id: 'v', at: AS_OF - DAY, direction: 'inbound', type: 'visit' },
      out('n', AS_OF - 400 * DAY, 'newsletter'),
      out('later', AS_OF + DAY, 'reply'),
    ]);
    const result = personalTouch(history, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'nothing-sent', params: {} });
    expect(result.facts).toEqual({ personal: 0, judged: 0 });
  });

  it('works for a customer called __proto__', () => {
    expect(personalTouch(build([out('p', AS_OF, 'call')], '__proto__'), { asOf: AS_OF }).value).toBe(1);
  });
});
