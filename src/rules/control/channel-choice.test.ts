import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput } from '../../index.js';
import { channelChoice } from './channel-choice.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 20 * DAY;
const CHANNELS = [
  { id: 'tw', kind: 'social' as const },
  { id: 'mail', kind: 'email' as const },
  { id: 'tel', kind: 'phone' as const },
  { id: 'chat', kind: 'chat' as const },
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], preferredChannels?: string[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, ...(preferredChannels !== undefined ? { preferredChannels } : {}) },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ask = (id: string, channel: string, at = T): Row => ({ id, channel, at, direction: 'inbound', type: 'question' });
const reply = (id: string, to: string, channel: string, at = T): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo: to,
});

describe('channelChoice', () => {
  it("is the share of replies on the customer's channel or a preferred one", () => {
    const history = historyOf(
      [
        ask('q1', 'tw'),
        reply('r1', 'q1', 'tw'), // same channel ✓
        reply('r2', 'q1', 'mail'), // preferred ✓
        reply('r3', 'q1', 'tel'), // ✗
        ask('q2', 'chat'),
        reply('r4', 'q2', 'chat'), // ✓
      ],
      ['mail'],
    );
    // 3 of 4, equal ages
    const result = channelChoice(history, { asOf: AS_OF });
    expect(result.value).toBe(0.75);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ sameChannel: 2, preferredChannel: 1, replies: 4 });
  });

  it('follows a thread back to the message the customer wrote', () => {
    const history = historyOf([
      ask('q', 'chat'),
      reply('r1', 'q', 'chat'), // ✓
      reply('r2', 'r1', 'mail'), // a follow-up to our own reply: the customer asked on chat ✗
      { id: 'n', channel: 'mail', at: T, direction: 'outbound', type: 'newsletter' },
      reply('x', 'n', 'tel'), // answers our newsletter, not the customer: not a reply
    ]);
    expect(channelChoice(history, { asOf: AS_OF }).facts).toEqual({ sameChannel: 1, preferredChannel: 0, replies: 2 });
    // A customer follow-up in the thread is the message the next reply answers.
    const followUp = historyOf([
      ask('q', 'chat'),
      reply('r1', 'q', 'chat'),
      { id: 'f', channel: 'mail', at: T + 1, direction: 'inbound', type: 'message', inReplyTo: 'r1' },
      reply('r2', 'f', 'mail', T + 2), // answers the mail follow-up on mail ✓
    ]);
    expect(channelChoice(followUp, { asOf: AS_OF }).value).toBe(1);
  });

  it('weights replies by recency', () => {
    // ✓ at asOf (weight 1), ✗ 90 days earlier (weight 0.5) → 1 / 1.5
    const history = historyOf([
      ask('q1', 'tw', AS_OF - 90 * DAY),
      reply('r1', 'q1', 'mail', AS_OF - 90 * DAY),
      ask('q2', 'tw', AS_OF),
      reply('r2', 'q2', 'tw', AS_OF),
    ]);
    expect(channelChoice(history, { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });

  it('counts replies in the window, whenever the customer asked', () => {
    const history = historyOf([
      ask('q', 'tw', AS_OF - 400 * DAY),
      reply('r0', 'q', 'tw', AS_OF - 399 * DAY), // outside the window
      reply('r1', 'q', 'mail', AS_OF - 10 * DAY), // inside ✗
      reply('r2', 'q', 'tw', AS_OF + DAY), // after asOf
    ]);
    expect(channelChoice(history, { asOf: AS_OF }).value).toBe(0);
  });

  it('is null without replies', () => {
    const result = channelChoice(historyOf([ask('q', 'tw')]), { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-replies', params: {} });
  });

  it('handles a __proto__ customer id and an empty preference list', () => {
    const history = historyOf([ask('q', 'tw'), reply('r', 'q', 'tw')], [], '__proto__');
    expect(channelChoice(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('rejects invalid options', () => {
    expect(() => channelChoice(historyOf([]), { asOf: AS_OF, config: { window: { days: -1 } } })).toThrow(
      /^channelChoice: /,
    );
  });
});
