import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { responseTime } from './response-time.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { channel?: string; at: number };
const MIN = 60_000;

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [
      { id: 'chat', kind: 'chat' }, // target 5 min
      { id: 'mail', kind: 'email' }, // target 24 h
      { id: 'desk', kind: 'web', responseTarget: { hours: 2 } },
    ],
    interactions: drafts.map((d) => ({ channel: 'chat', ...d, customerId })),
  });
}
const ask = (id: string, at: number, channel = 'chat'): Draft => ({
  id,
  at,
  channel,
  direction: 'inbound',
  type: 'question',
});
const answer = (id: string, at: number, inReplyTo: string, channel = 'chat'): Draft => ({
  id,
  at,
  channel,
  direction: 'outbound',
  type: 'reply',
  inReplyTo,
});
const T = AS_OF - 10 * DAY;

describe('responseTime', () => {
  it('chat target 5 min, reply at 10 min → 0.5^((10 − 5) / 5) = 0.5', () => {
    const history = build([ask('q', T), answer('a', T + 10 * MIN, 'q')]);
    const result = responseTime(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5);
    expect(result.facts).toEqual({ onTime: 0, late: 1, unanswered: 0, judged: 1, pending: 0 });
    expect(result.evidence).toBe(1);
  });

  it.each([
    ['exactly on target', 'chat', 5 * MIN, 1],
    ['well within target', 'chat', 30_000, 1],
    ['three targets (15 min on chat)', 'chat', 15 * MIN, 0.25], // 0.5^((15 − 5) / 5) = 0.5²
    ['email after 36 h', 'mail', 36 * HOUR, Math.SQRT1_2], // 0.5^((36 − 24) / 24) = 0.5^0.5
    ['web desk (own target 2 h) after 3 h', 'desk', 3 * HOUR, Math.SQRT1_2], // 0.5^((3 − 2) / 2)
    ['email after 7 days', 'mail', 7 * DAY, 0.5 ** 6], // (168 − 24) / 24 = 6
  ])('%s', (_label, channel, delay, expected) => {
    const history = build([ask('q', T, channel), answer('a', T + delay, 'q', channel)]);
    expect(responseTime(history, { asOf: AS_OF }).value).toBeCloseTo(expected, 12);
  });

  it('only the first reply counts', () => {
    const history = build([ask('q', T), answer('a1', T + 2 * MIN, 'q'), answer('a2', T + 2 * HOUR, 'q')]);
    expect(responseTime(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('unanswered past the target is 0; still within it is pending and not counted', () => {
    const history = build([
      ask('on', T),
      answer('a', T + MIN, 'on'), // 1
      ask('ignored', T), // unanswered for days → 0
      ask('fresh', AS_OF - 2 * HOUR, 'mail'), // 2 h < 24 h → pending
    ]);
    const result = responseTime(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5); // (1 + 0) / 2, same age
    expect(result.facts).toEqual({ onTime: 1, late: 0, unanswered: 1, judged: 2, pending: 1 });
  });

  it('a reply after asOf does not count yet', () => {
    const history = build([ask('q', AS_OF - 10 * MIN), answer('a', AS_OF + MIN, 'q')]);
    expect(responseTime(history, { asOf: AS_OF }).facts).toMatchObject({ unanswered: 1, judged: 1 });
  });

  it('weights messages by recency', () => {
    const history = build([
      ask('old', AS_OF - 90 * DAY), // unanswered → 0, weight 0.5
      ask('new', AS_OF - DAY),
      answer('a', AS_OF - DAY + MIN, 'new'), // → 1, weight 0.5^(1/90)
    ]);
    const w = 0.5 ** (1 / 90);
    expect(responseTime(history, { asOf: AS_OF }).value).toBeCloseTo(w / (0.5 + w), 12);
  });

  it('configured targets win over the channel: 10 min on chat makes a 10-minute reply on time', () => {
    const history = build([ask('q', T), answer('a', T + 10 * MIN, 'q')]);
    expect(responseTime(history, { asOf: AS_OF, config: { responseTargets: { chat: { minutes: 10 } } } }).value).toBe(
      1,
    );
    // a zero target: anything later than instant earns 0.5^∞ = 0, never NaN
    const zero = responseTime(history, { asOf: AS_OF, config: { responseTargets: { chat: { minutes: 0 } } } });
    expect(zero.value).toBe(0);
  });

  it('is null with a reason when nothing can be judged', () => {
    const empty = responseTime(build([]), { asOf: AS_OF });
    expect(empty).toEqual({
      value: null,
      evidence: 0,
      reason: { code: 'no-messages', params: {} },
      facts: { onTime: 0, late: 0, unanswered: 0, judged: 0, pending: 0 },
    });
    const pending = responseTime(build([ask('q', AS_OF - MIN)]), { asOf: AS_OF });
    expect(pending.value).toBeNull();
    expect(pending.reason).toEqual({ code: 'messages-pending', params: { pending: 1 } });
    const outside = responseTime(build([ask('q', AS_OF - 366 * DAY)]), { asOf: AS_OF });
    expect(outside.value).toBeNull();
  });

  it('works for a customer called __proto__', () => {
    const history = build([ask('q', T), answer('a', T + 10 * MIN, 'q')], '__proto__');
    expect(responseTime(history, { asOf: AS_OF }).value).toBe(0.5);
  });

  it('rejects a missing asOf and a bad config with coded errors', () => {
    const history = build([]);
    expect(() => responseTime(history, {} as never)).toThrow(EngagementInputError);
    try {
      responseTime(history, { asOf: AS_OF, config: { halfLife: { days: 0 } } });
      expect.unreachable();
    } catch (error) {
      expect((error as EngagementInputError).issues[0]).toMatchObject({
        code: 'invalid-duration',
        path: ['config', 'halfLife'],
      });
    }
  });
});
