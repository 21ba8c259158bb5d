import { describe, expect, it } from 'vitest';
import { createHistory, EngagementInputError, type InteractionInput } from '../../index.js';
import { listening } from './listening.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 10 * DAY;

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
// The business's side: replies (a dialogue on both sides is what listening judges).
const out = (id: string, at = T): Row => ({ id, channel: 'mail', at, direction: 'outbound', type: 'reply' });
const blast = (id: string, at = T): Row => ({ id, channel: 'mail', at, direction: 'outbound', type: 'newsletter' });
const inb = (id: string, at = T): Row => ({ id, channel: 'mail', at, direction: 'inbound', type: 'open' });

describe('listening', () => {
  it('is 1 at or below the 25 % talk share', () => {
    // t = 1 / 4 = 0.25 → 1
    const history = historyOf([out('a'), inb('b'), inb('c'), inb('d')]);
    const result = listening(history, { asOf: AS_OF });
    expect(result.value).toBe(1);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ outbound: 1, inbound: 3, replies: 1 });
  });

  it('does not reward silence: null without a dialogue on both sides', () => {
    // The customer spoke, the business never did: not a good listener, not scored.
    const unanswered = listening(historyOf([inb('a'), inb('b')]), { asOf: AS_OF });
    expect([unanswered.value, unanswered.reason]).toEqual([null, { code: 'business-silent', params: {} }]);
    // The business only broadcast: still no reply.
    const broadcast = listening(historyOf([blast('a'), inb('b'), inb('c'), inb('d')]), { asOf: AS_OF });
    expect([broadcast.value, broadcast.facts]).toEqual([null, { outbound: 1, inbound: 3, replies: 0 }]);
    // The business spoke, the customer never did.
    const talk = listening(historyOf([out('a'), blast('b')]), { asOf: AS_OF });
    expect([talk.value, talk.reason]).toEqual([null, { code: 'customer-silent', params: {} }]);
    // A reply by inReplyTo counts whatever its type.
    const threaded = historyOf([inb('q'), { ...blast('r'), inReplyTo: 'q' }]);
    expect(listening(threaded, { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });

  it('falls linearly to 0 at all talk', () => {
    // t = 3/4 → (1 − 0.75) / 0.75 = 1/3; t = 1/2 → 0.5 / 0.75 = 2/3; t = 1 → 0
    expect(listening(historyOf([out('a'), out('b'), out('c'), inb('d')]), { asOf: AS_OF }).value).toBeCloseTo(
      1 / 3,
      12,
    );
    expect(listening(historyOf([out('a'), inb('b')]), { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
    // t → 1: the newest side talks alone (a 1 ms half-life makes the older inbound weigh nothing).
    const config = { halfLife: { seconds: 0.001 } };
    expect(listening(historyOf([inb('a'), out('b', T + 1000)]), { asOf: AS_OF, config }).value).toBe(0);
  });

  it('weights interactions by recency', () => {
    // outbound at asOf (weight 1), inbound 90 days earlier (0.5): t = 1 / 1.5 = 2/3 → (1/3) / 0.75 = 4/9
    const history = historyOf([out('a', AS_OF), inb('b', AS_OF - 90 * DAY)]);
    expect(listening(history, { asOf: AS_OF }).value).toBeCloseTo(4 / 9, 12);
  });

  it('takes the target from config', () => {
    // target 0.5: t = 0.75 → 0.25 / 0.5 = 0.5
    const config = { relevancy: { listeningTarget: 0.5 } };
    expect(listening(historyOf([out('a'), out('b'), out('c'), inb('d')]), { asOf: AS_OF, config }).value).toBe(0.5);
    try {
      listening(historyOf([]), { asOf: AS_OF, config: { relevancy: { listeningTarget: 1 } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues[0]).toMatchObject({
        code: 'invalid-value',
        path: ['config', 'relevancy', 'listeningTarget'],
      });
    }
  });

  it('is null for an empty window and ignores what lies outside it', () => {
    const result = listening(historyOf([out('a', AS_OF - 400 * DAY), out('b', AS_OF + DAY)]), { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-interactions', params: {} });
    expect(result.facts).toEqual({ outbound: 0, inbound: 0, replies: 0 });
  });

  it('stays exact when 0.5^(age / halfLife) would underflow', () => {
    // A 1 ms half-life: 0.5^(10 days / 1 ms) is 0, but weights relative to the newest item are not.
    // Same instant: t = 1/2 → 2/3. The newest item 1 s later dominates: t ≈ 1 → 0.
    const config = { halfLife: { seconds: 0.001 } };
    expect(listening(historyOf([out('a'), inb('b')]), { asOf: AS_OF, config }).value).toBeCloseTo(2 / 3, 12);
    expect(listening(historyOf([out('a', T + 1000), inb('b')]), { asOf: AS_OF, config }).value).toBe(0);
    expect(listening(historyOf([out('a'), inb('b', T + 1000)]), { asOf: AS_OF, config }).value).toBe(1);
  });

  it('handles a __proto__ customer id', () => {
    expect(listening(historyOf([out('r'), inb('a')], '__proto__'), { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });
});
