import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput } from '../../index.js';
import { responsiveness } from './responsiveness.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const w = (ageDays: number) => 0.5 ** (ageDays / 90);

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'shop', kind: 'web' },
    ],
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const send = (id: string, at: number, type = 'newsletter'): Row => ({
  id,
  channel: 'mail',
  at,
  direction: 'outbound',
  type,
});
const act = (id: string, at: number, type = 'click', channel = 'shop'): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type,
});

describe('responsiveness', () => {
  it('is the recency-weighted share of marketing followed by an inbound within 7 days', () => {
    const history = historyOf([
      send('a', AS_OF - 60 * DAY),
      act('x', AS_OF - 58 * DAY), // a ✓ (2 days later)
      send('b', AS_OF - 40 * DAY),
      act('y', AS_OF - 30 * DAY), // b ✗ (10 days later)
      send('c', AS_OF - 20 * DAY),
      send('d', AS_OF - 20 * DAY),
      act('z', AS_OF - 14 * DAY, 'purchase'), // c ✓ and d ✓ (6 days later)
    ]);
    // (w60 + 2·w20) / (w60 + w40 + 2·w20)
    const expected = (w(60) + 2 * w(20)) / (w(60) + w(40) + 2 * w(20));
    const result = responsiveness(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(expected, 12);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ responded: 3, judged: 4, marketing: 4, pending: 0 });
  });

  it('counts the window (sent, sent + 7 days], ends included, start excluded', () => {
    const t = AS_OF - 30 * DAY;
    const onTheDot = historyOf([send('a', t), act('x', t + 7 * DAY)]);
    expect(responsiveness(onTheDot, { asOf: AS_OF }).value).toBe(1);
    const late = historyOf([send('a', t), act('x', t + 7 * DAY + 1)]);
    expect(responsiveness(late, { asOf: AS_OF }).value).toBe(0);
    const sameInstant = historyOf([send('a', t), act('x', t)]);
    expect(responsiveness(sameInstant, { asOf: AS_OF }).value).toBe(0);
  });

  it('does not count withdrawals as a response, but looks past them', () => {
    const t = AS_OF - 30 * DAY;
    const unsubscribed = historyOf([send('a', t), act('u', t + DAY, 'unsubscribe', 'mail')]);
    expect(responsiveness(unsubscribed, { asOf: AS_OF }).value).toBe(0);
    const thenBought = historyOf([
      send('a', t),
      act('u', t + DAY, 'opt-out', 'mail'),
      act('p', t + 2 * DAY, 'purchase'),
    ]);
    expect(responsiveness(thenBought, { asOf: AS_OF }).value).toBe(1);
  });

  it('leaves out marketing whose window is still open, unless already answered', () => {
    const history = historyOf([
      send('a', AS_OF - 30 * DAY), // ✗
      send('b', AS_OF - 3 * DAY), // pending
      send('c', AS_OF - 2 * DAY),
      act('x', AS_OF - DAY), // c ✓ already; b ✓ too (2 days after b)
    ]);
    // a ✗, b ✓, c ✓ → (w3 + w2) / (w30 + w3 + w2)
    expect(responsiveness(history, { asOf: AS_OF }).value).toBeCloseTo((w(3) + w(2)) / (w(30) + w(3) + w(2)), 12);
    const open = historyOf([send('a', AS_OF - 30 * DAY), send('b', AS_OF - 3 * DAY)]);
    expect(responsiveness(open, { asOf: AS_OF }).facts).toEqual({ responded: 0, judged: 1, marketing: 2, pending: 1 });
    const allOpen = responsiveness(historyOf([send('b', AS_OF - 3 * DAY)]), { asOf: AS_OF });
    expect(allOpen.value).toBeNull();
    expect(allOpen.reason).toEqual({ code: 'marketing-too-recent', params: { marketing: 1 } });
  });

  it('ignores inbound after asOf and marketing outside the window', () => {
    const history = historyOf([
      send('old', AS_OF - 400 * DAY),
      act('o', AS_OF - 399 * DAY),
      send('a', AS_OF - 10 * DAY),
      act('x', AS_OF + DAY),
    ]);
    expect(responsiveness(history, { asOf: AS_OF }).facts).toEqual({
      responded: 0,
      judged: 1,
      marketing: 1,
      pending: 0,
    });
  });

  it('takes the window from config', () => {
    const t = AS_OF - 30 * DAY;
    const history = historyOf([send('a', t), act('x', t + 2 * DAY)]);
    const config = { relevancy: { responsivenessWindow: { days: 1 } } };
    expect(responsiveness(history, { asOf: AS_OF, config }).value).toBe(0);
    expect(() => responsiveness(history, { asOf: AS_OF, config: { relevancy: { responsivenessWindow: {} } } })).toThrow(
      /invalid-duration/,
    );
  });

  it('is null without marketing and handles a __proto__ customer id', () => {
    const result = responsiveness(historyOf([act('x', AS_OF - DAY)]), { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-marketing', params: {} });
    const proto = historyOf([send('a', AS_OF - 9 * DAY), act('x', AS_OF - 8 * DAY)], '__proto__');
    expect(responsiveness(proto, { asOf: AS_OF }).value).toBe(1);
  });
});
