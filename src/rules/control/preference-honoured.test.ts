import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput } from '../../index.js';
import { preferenceHonoured } from './preference-honoured.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 20 * DAY;
const CHANNELS = [
  { id: 'mail', kind: 'email' as const },
  { id: 'txt', kind: 'sms' as const },
  { id: 'app', kind: 'mobile-app' as const },
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], preferredChannels?: string[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, ...(preferredChannels !== undefined ? { preferredChannels } : {}) },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const push = (id: string, channel: string, type = 'notification', at = T): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type,
});

describe('preferenceHonoured', () => {
  it('is the share of proactive outbound on a preferred channel', () => {
    const history = historyOf(
      [push('a', 'txt'), push('b', 'app', 'reward'), push('c', 'mail', 'newsletter'), push('d', 'mail', 'promise')],
      ['txt', 'app'],
    );
    // a ✓, b ✓, c ✗, d ✗ → 2 / 4
    const result = preferenceHonoured(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ onPreferred: 2, proactive: 4 });
  });

  it("leaves out replies to the customer's messages", () => {
    const history = historyOf(
      [
        { id: 'q', channel: 'mail', at: T, direction: 'inbound', type: 'question' },
        { id: 'r', channel: 'mail', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' }, // a reply: left out
        push('n', 'mail', 'newsletter'),
        { id: 'x', channel: 'txt', at: T, direction: 'outbound', type: 'offer', inReplyTo: 'n' }, // proactive ✓
      ],
      ['txt'],
    );
    expect(preferenceHonoured(history, { asOf: AS_OF }).facts).toEqual({ onPreferred: 1, proactive: 2 });
  });

  it('weights by recency', () => {
    // ✓ at asOf (1), ✗ 90 days earlier (0.5) → 2/3
    const history = historyOf(
      [push('a', 'txt', 'offer', AS_OF), push('b', 'mail', 'offer', AS_OF - 90 * DAY)],
      ['txt'],
    );
    expect(preferenceHonoured(history, { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });

  it('is null when no preferred channel is declared or nothing was sent', () => {
    for (const preferred of [undefined, []]) {
      const result = preferenceHonoured(historyOf([push('a', 'txt')], preferred), { asOf: AS_OF });
      expect(result.value).toBeNull();
      expect(result.reason).toEqual({ code: 'no-preferred-channels', params: {} });
    }
    const quiet = preferenceHonoured(historyOf([push('a', 'txt', 'offer', AS_OF - 400 * DAY)], ['txt']), {
      asOf: AS_OF,
    });
    expect(quiet.value).toBeNull();
    expect(quiet.reason).toEqual({ code: 'no-proactive', params: {} });
  });

  it('handles a __proto__ customer id', () => {
    expect(preferenceHonoured(historyOf([push('a', 'txt')], ['txt'], '__proto__'), { asOf: AS_OF }).value).toBe(1);
  });
});
