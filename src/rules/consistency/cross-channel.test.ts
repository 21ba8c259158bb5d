import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput } from '../../index.js';
import { crossChannel } from './cross-channel.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const CHANNELS = [
  { id: 'chat', kind: 'chat' as const }, // target 5 min
  { id: 'mail', kind: 'email' as const }, // target 24 h
  { id: '__proto__', kind: 'social' as const }, // target 1 h
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ask = (id: string, channel: string, at: number, type = 'question'): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type,
});
const answer = (
  id: string,
  to: string,
  channel: string,
  at: number,
  type = 'reply',
  extra: Partial<Row> = {},
): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type,
  inReplyTo: to,
  ...extra,
});

describe('crossChannel', () => {
  it('compares the mean case quality of each channel', () => {
    const t = AS_OF - 10 * DAY; // every case opened at the same moment: equal recency weights
    const history = historyOf([
      // chat case 1: reply in 2 min (on time → 1), resolved (1) → 1
      ask('a', 'chat', t),
      answer('a1', 'a', 'chat', t + 2 * MIN, 'resolve'),
      // chat case 2: reply in 10 min for a 5 min target → 0.5^((10 − 5)/5) = 0.5; unresolved (0) → 0.25
      ask('b', 'chat', t),
      answer('b1', 'b', 'chat', t + 10 * MIN, 'reply', { outcome: 'unresolved' }),
      // mail case 3: reply in 12 h (on time) → 1, no outcome → 1
      ask('c', 'mail', t),
      answer('c1', 'c', 'mail', t + 12 * HOUR),
      // mail case 4: unanswered past 24 h → 0, no outcome → 0
      ask('d', 'mail', t),
    ]);
    // q(chat) = (1 + 0.25) / 2 = 0.625; q(mail) = (1 + 0) / 2 = 0.5; mean 0.5625; σ = 0.0625
    // value = 1 − 0.0625 / 0.5 = 0.875
    const result = crossChannel(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(0.875, 12);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ channels: 2, cases: 4, thinChannels: 0, lowestQuality: 0.5, highestQuality: 0.625 });
    expect(result.reason).toBeUndefined();
  });

  it('weights cases by recency inside a channel', () => {
    const history = historyOf([
      // chat: a case opened at asOf (weight 1) answered and resolved at once → 1
      ask('a', 'chat', AS_OF),
      answer('a1', 'a', 'chat', AS_OF, 'resolve'),
      // chat: a complaint 90 days old (weight 0.5), never answered, no outcome → 0
      ask('b', 'chat', AS_OF - 90 * DAY, 'complaint'),
      // mail: two cases answered on time and resolved → 1 each
      ask('c', 'mail', AS_OF - 10 * DAY),
      answer('c1', 'c', 'mail', AS_OF - 10 * DAY + HOUR, 'resolve'),
      ask('d', 'mail', AS_OF - 20 * DAY),
      answer('d1', 'd', 'mail', AS_OF - 20 * DAY + HOUR, 'resolve'),
    ]);
    // q(chat) = (1·1 + 0.5·0) / 1.5 = 2/3; q(mail) = 1; σ = 1/6 → 1 − (1/6)/0.5 = 2/3
    expect(crossChannel(history, { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });

  it('scores even service 1, even when it is evenly poor', () => {
    const t = AS_OF - 5 * DAY;
    const history = historyOf([ask('a', 'chat', t), ask('b', 'chat', t), ask('c', 'mail', t), ask('d', 'mail', t)]);
    // every case unanswered past target → 0; q = (0, 0); σ = 0 → 1
    expect(crossChannel(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('scores 0 when one channel is perfect and the other fails entirely', () => {
    const t = AS_OF - 5 * DAY;
    const history = historyOf([
      ask('a', 'chat', t),
      answer('a1', 'a', 'chat', t, 'resolve'),
      ask('b', 'chat', t),
      answer('b1', 'b', 'chat', t, 'resolve'),
      ask('c', 'mail', t),
      answer('c1', 'c', 'mail', t + HOUR, 'reply', { outcome: 'unresolved' }),
      ask('d', 'mail', t),
      answer('d1', 'd', 'mail', t + HOUR, 'reply', { outcome: 'unresolved' }),
    ]);
    // chat q = 1; mail cases (1 + 0)/2 = 0.5 each → q = 0.5; σ = 0.25 → 0.5
    expect(crossChannel(history, { asOf: AS_OF }).value).toBeCloseTo(0.5, 12);
    const worst = historyOf([
      ask('a', 'chat', t),
      answer('a1', 'a', 'chat', t, 'resolve'),
      ask('b', 'chat', t),
      answer('b1', 'b', 'chat', t, 'resolve'),
      ask('c', 'mail', t),
      ask('d', 'mail', t),
    ]);
    // q = (1, 0): σ = 0.5 → 0
    expect(crossChannel(worst, { asOf: AS_OF }).value).toBe(0);
  });

  it('is null with fewer than two channels with enough measured cases', () => {
    const t = AS_OF - 5 * DAY;
    const one = historyOf([ask('a', 'chat', t), ask('b', 'chat', t), ask('c', 'mail', t)]);
    const result = crossChannel(one, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.evidence).toBe(0);
    expect(result.reason?.code).toBe('too-few-channels');
    expect(result.facts).toEqual({ channels: 1, cases: 2, thinChannels: 1 });
    // minCasesPerChannel 1: mail is measured too; q = (0, 0) → 1
    expect(crossChannel(one, { asOf: AS_OF, config: { consistency: { minCasesPerChannel: 1 } } }).value).toBe(1);
    expect(crossChannel(historyOf([]), { asOf: AS_OF }).value).toBeNull();
  });

  it('leaves out cases that cannot be judged yet and cases outside the window', () => {
    const history = historyOf([
      // chat: two pending questions (within the 5 min target, no outcome): not measured
      ask('a', 'chat', AS_OF - MIN),
      ask('b', 'chat', AS_OF - 2 * MIN),
      // chat: two old cases before the 365-day window
      ask('c', 'chat', AS_OF - 400 * DAY),
      ask('d', 'chat', AS_OF - 400 * DAY),
      ask('e', 'mail', AS_OF - 5 * DAY),
      ask('f', 'mail', AS_OF - 5 * DAY),
    ]);
    expect(crossChannel(history, { asOf: AS_OF }).facts).toEqual({ channels: 1, cases: 2, thinChannels: 0 });
    // A pending case with an outcome is measured by its outcome alone.
    const resolved = historyOf([
      ask('a', 'chat', AS_OF - MIN),
      ask('b', 'chat', AS_OF - MIN),
      answer('b1', 'b', 'mail', AS_OF - MIN, 'note', { outcome: 'resolved' }),
      ask('e', 'mail', AS_OF - 5 * DAY),
      ask('f', 'mail', AS_OF - 5 * DAY),
    ]);
    // 'b' has a first reply (b1, on time → 1) and is resolved → 1: chat has one measured case only
    expect(crossChannel(resolved, { asOf: AS_OF }).facts).toMatchObject({ channels: 1, thinChannels: 1 });
  });

  it('ignores interactions after asOf', () => {
    const t = AS_OF - 5 * DAY;
    const rows = [ask('a', 'chat', t), ask('b', 'chat', t), ask('c', 'mail', t), ask('d', 'mail', t)];
    const later = [...rows, answer('a1', 'a', 'chat', AS_OF + DAY, 'resolve'), ask('z', 'chat', AS_OF + DAY)];
    expect(crossChannel(historyOf(later), { asOf: AS_OF })).toEqual(crossChannel(historyOf(rows), { asOf: AS_OF }));
  });

  it('handles a __proto__ customer id and channel id', () => {
    const t = AS_OF - 5 * DAY;
    const history = historyOf(
      [
        ask('a', '__proto__', t, 'mention'),
        answer('a1', 'a', '__proto__', t + 30 * MIN),
        ask('b', '__proto__', t, 'mention'),
        answer('b1', 'b', '__proto__', t + 30 * MIN),
        ask('c', 'mail', t),
        ask('d', 'mail', t),
      ],
      '__proto__',
    );
    // social q = 1 (on time, no outcome); mail q = 0 → σ = 0.5 → 0
    expect(crossChannel(history, { asOf: AS_OF }).value).toBe(0);
  });

  it('rejects invalid options with codes', () => {
    const history = historyOf([]);
    expect(() => crossChannel(history, { asOf: 'yesterday' })).toThrow(/crossChannel/);
    try {
      crossChannel(history, { asOf: AS_OF, config: { consistency: { minCasesPerChannel: 0 } } });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { code: string; path: unknown[] }[] }).issues[0]).toMatchObject({
        code: 'out-of-range',
        path: ['config', 'consistency', 'minCasesPerChannel'],
      });
    }
  });
});
