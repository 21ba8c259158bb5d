import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput } from '../../index.js';
import { answeredChannels } from './answered-channels.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const CHANNELS = [
  { id: 'chat', kind: 'chat' as const }, // target 5 min
  { id: 'mail', kind: 'email' as const }, // target 24 h
  { id: 'tw', kind: 'social' as const }, // target 1 h
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ask = (id: string, channel: string, at: number): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type: 'message',
});
const answer = (id: string, to: string, channel: string, at: number): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo: to,
});

describe('answeredChannels: messages that are not judged', () => {
  it('a closing thanks on another channel is not a channel left unanswered', () => {
    const t = AS_OF - 2 * DAY;
    const history = historyOf([
      { ...ask('q', 'chat', t), type: 'question' },
      { ...answer('r', 'q', 'chat', t + MIN), type: 'resolve' },
      { ...ask('thanks', 'mail', t + HOUR), inReplyTo: 'r' }, // after the case was resolved: needs no answer
    ]);
    // Judged: q only (chat, answered) → 1 of 1 channels; the thanks on mail is not judged.
    const result = answeredChannels(history, { asOf: AS_OF });
    expect(result.facts).toEqual({ answered: 1, written: 1, messages: 1 });
    expect(result.value).toBe(1);
  });

  it('a message whose reply is timestamped before it is flagged elsewhere, not judged here', () => {
    const t = AS_OF - 2 * DAY;
    const history = historyOf([
      ask('a', 'chat', t),
      answer('a1', 'a', 'chat', t + MIN),
      ask('b', 'mail', t),
      answer('b1', 'b', 'mail', t - HOUR), // before its message
    ]);
    // Judged: a only → 1 answered of 1 written.
    const result = answeredChannels(history, { asOf: AS_OF });
    expect(result.facts).toEqual({ answered: 1, written: 1, messages: 1 });
  });
});

describe('answeredChannels', () => {
  it('counts channels answered over channels written on', () => {
    const t = AS_OF - 2 * DAY; // same moment everywhere: equal weights
    const history = historyOf([
      ask('a', 'chat', t),
      answer('a1', 'a', 'chat', t + MIN),
      ask('b', 'mail', t),
      answer('b1', 'b', 'mail', t + 30 * HOUR), // late still counts as answered
      ask('c', 'tw', t), // unanswered past 1 h
    ]);
    // 2 answered ÷ 3 written
    const result = answeredChannels(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(2 / 3, 12);
    expect(result.evidence).toBe(3);
    expect(result.facts).toEqual({ answered: 2, written: 3, messages: 3 });
  });

  it('weights each channel by its latest judged message', () => {
    const history = historyOf([
      ask('a', 'chat', AS_OF - 10 * MIN),
      answer('a1', 'a', 'chat', AS_OF - 9 * MIN),
      ask('b', 'mail', AS_OF - 91 * DAY),
      ask('c', 'mail', AS_OF - 90 * DAY), // latest on mail: weight 0.5^(90/90) = 0.5
    ]);
    // chat weight 0.5^(10 min / 90 d) ≈ 0.99995; mail 0.5 → 0.99995 / 1.49995
    const wChat = 0.5 ** ((10 * MIN) / (90 * DAY));
    expect(answeredChannels(history, { asOf: AS_OF }).value).toBeCloseTo(wChat / (wChat + 0.5), 12);
  });

  it('counts a channel answered when one of its messages got a reply, on any channel', () => {
    const t = AS_OF - 3 * DAY;
    const history = historyOf([
      ask('a', 'tw', t),
      ask('b', 'tw', t + HOUR),
      answer('b1', 'b', 'mail', t + 2 * HOUR), // the customer asked on tw, the reply came by mail
    ]);
    // tw: answered (b) → 1 of 1
    expect(answeredChannels(history, { asOf: AS_OF }).value).toBe(1);
    expect(answeredChannels(history, { asOf: AS_OF }).facts).toEqual({ answered: 1, written: 1, messages: 2 });
  });

  it('leaves out pending messages and is null when nothing can be judged', () => {
    const history = historyOf([ask('a', 'mail', AS_OF - HOUR), ask('b', 'chat', AS_OF - MIN)]);
    const result = answeredChannels(history, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.evidence).toBe(0);
    expect(result.reason).toEqual({ code: 'no-messages-judged', params: {} });
    expect(result.facts).toEqual({ answered: 0, written: 0, messages: 0 });
    expect(answeredChannels(historyOf([]), { asOf: AS_OF }).value).toBeNull();
    // Non-dialogue inbound (a purchase) is not a message to answer.
    const purchase = historyOf([
      { id: 'p', channel: 'mail', at: AS_OF - 5 * DAY, direction: 'inbound', type: 'purchase' },
    ]);
    expect(answeredChannels(purchase, { asOf: AS_OF }).value).toBeNull();
  });

  it('ignores messages outside the window and replies after asOf', () => {
    const history = historyOf([
      ask('old', 'chat', AS_OF - 400 * DAY),
      answer('old1', 'old', 'chat', AS_OF - 400 * DAY + MIN),
      ask('a', 'mail', AS_OF - 3 * DAY),
      answer('a1', 'a', 'mail', AS_OF + HOUR),
    ]);
    // only mail is in the window, and its reply comes after asOf: 0 of 1
    expect(answeredChannels(history, { asOf: AS_OF }).value).toBe(0);
    expect(answeredChannels(history, { asOf: AS_OF + 2 * HOUR }).value).toBe(1);
    // exactly at the 24 h target the mail message is still pending (unanswered means older than T)
    expect(answeredChannels(history, { asOf: AS_OF - 2 * DAY }).value).toBeNull();
    expect(answeredChannels(history, { asOf: AS_OF - 2 * DAY + 1 }).value).toBe(0);
  });

  it('handles a __proto__ customer id', () => {
    const history = historyOf([ask('a', 'chat', AS_OF - DAY), answer('a1', 'a', 'chat', AS_OF - DAY)], '__proto__');
    expect(answeredChannels(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('rejects a missing asOf', () => {
    expect(() => answeredChannels(historyOf([]), {} as never)).toThrow(/^answeredChannels: .*asOf is required/);
  });
});
