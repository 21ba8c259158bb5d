import { describe, expect, it } from 'vitest';
import { type CustomerInput, createHistory, type InteractionInput } from '../../index.js';
import { topicMatch } from './topic-match.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const CHANNELS = [
  { id: 'mail', kind: 'email' as const },
  { id: 'site', kind: 'web' as const },
];

type Row = Omit<InteractionInput, 'customerId'>;
interface CustomerExtra {
  interests?: string[];
  consents?: CustomerInput['consents'];
}
function historyOf(rows: Row[], extra: CustomerExtra = {}, customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, ...extra },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const offer = (id: string, at: number, topics?: string[], type = 'offer'): Row => ({
  id,
  channel: 'mail',
  at,
  direction: 'outbound',
  type,
  ...(topics !== undefined ? { topics } : {}),
});
const visit = (id: string, at: number, topics: string[], channel = 'site', type = 'view'): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type,
  topics,
});

describe('topicMatch', () => {
  it('is the share of marketing on a declared interest, ignoring case and spaces', () => {
    const t = AS_OF - 10 * DAY; // same age: equal weights
    const history = historyOf(
      [
        offer('a', t, ['TRAVEL']),
        offer('b', t, ['shoes', 'garden ']),
        offer('c', t, ['shoes']),
        offer('d', t, ['music']),
      ],
      { interests: [' Travel', 'garden'] },
    );
    // a: travel ✓, b: garden ✓, c ✗, d ✗ → 2 / 4
    const result = topicMatch(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5);
    expect(result.evidence).toBe(4);
    expect(result.facts).toEqual({ matched: 2, judged: 4, marketing: 4, untagged: 0, unknownInterests: 0 });
  });

  it('learns interests only from inbound strictly before the message', () => {
    const t = AS_OF - 10 * DAY;
    const history = historyOf([
      visit('v0', t - 1, ['garden']),
      offer('a', t, ['garden']), // learned 1 ms earlier ✓
      visit('v1', t, ['music']),
      offer('b', t, ['music']), // same instant: not earlier ✗
      offer('c', t + 1, ['music']), // 1 ms later ✓
    ]);
    // weights: a, b at age 10 d; c 1 ms younger → ≈ 2/3 (exactly (w + w′) / (2w + w′))
    const w = 0.5 ** (10 / 90);
    const w2 = 0.5 ** ((10 * DAY - 1) / (90 * DAY));
    expect(topicMatch(history, { asOf: AS_OF }).value).toBeCloseTo((w + w2) / (2 * w + w2), 12);
    expect(topicMatch(history, { asOf: AS_OF }).facts).toMatchObject({ matched: 2, judged: 3 });
  });

  it('learns from inbound before the window, but not from withdrawals', () => {
    const history = historyOf([
      visit('v', AS_OF - 400 * DAY, ['garden']),
      visit('u', AS_OF - 20 * DAY, ['shoes'], 'mail', 'unsubscribe'),
      offer('a', AS_OF - 10 * DAY, ['garden']), // ✓
      offer('b', AS_OF - 10 * DAY, ['shoes']), // ✗: an unsubscribe is no interest
    ]);
    expect(topicMatch(history, { asOf: AS_OF }).value).toBe(0.5);
  });

  it('weights marketing by recency', () => {
    const history = historyOf([offer('a', AS_OF, ['travel']), offer('b', AS_OF - 90 * DAY, ['shoes'])], {
      interests: ['travel'],
    });
    // a ✓ weight 1, b ✗ weight 0.5 → 1 / 1.5
    expect(topicMatch(history, { asOf: AS_OF }).value).toBeCloseTo(2 / 3, 12);
  });

  it('leaves out untagged marketing and marketing sent while interests were unknown', () => {
    const t = AS_OF - 10 * DAY;
    const history = historyOf([
      offer('a', t - DAY, ['garden']), // no interest known yet
      offer('b', t, []), // untagged
      offer('c', t),
      visit('v', t, ['garden']),
      offer('d', t + DAY, ['garden']), // ✓
    ]);
    const result = topicMatch(history, { asOf: AS_OF });
    expect(result.value).toBe(1);
    expect(result.facts).toEqual({ matched: 1, judged: 1, marketing: 4, untagged: 2, unknownInterests: 1 });
    const none = topicMatch(historyOf([offer('a', t), offer('b', t, ['x'])]), { asOf: AS_OF });
    expect(none.value).toBeNull();
    expect(none.reason).toEqual({
      code: 'marketing-not-judged',
      params: { marketing: 2, untagged: 1, unknownInterests: 1 },
    });
  });

  it('is null without outbound marketing; replies and service messages are not marketing', () => {
    const t = AS_OF - 10 * DAY;
    const history = historyOf(
      [
        visit('q', t, ['billing'], 'mail', 'question'),
        { id: 'r', channel: 'mail', at: t, direction: 'outbound', type: 'reply', inReplyTo: 'q', topics: ['billing'] },
        offer('n', t, ['shoes'], 'notification'),
      ],
      { interests: ['travel'] },
    );
    // 'notification' is broadcast → marketing by default; with purpose 'service' it is not
    expect(topicMatch(history, { asOf: AS_OF }).facts).toMatchObject({ marketing: 1 });
    const service = historyOf([{ ...offer('n', t, ['shoes'], 'notification'), purpose: 'service' }], {
      interests: ['travel'],
    });
    const result = topicMatch(service, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'no-marketing', params: {} });
    // a custom type mapped to broadcast is marketing
    const custom = historyOf([offer('p', t, ['travel'], 'promo')], { interests: ['travel'] });
    expect(topicMatch(custom, { asOf: AS_OF, config: { typeRoles: { promo: 'broadcast' } } }).value).toBe(1);
  });

  it('uses learned interests only while profiling consent stands', () => {
    const t = AS_OF - 30 * DAY;
    const rows = [
      visit('v', t, ['garden']), // learned on the web channel
      offer('a', t + DAY, ['garden']),
      offer('b', t + 10 * DAY, ['garden']),
    ];
    // Withdrawn for every channel between a and b: a ✓, b unknown interests (nothing declared)
    const withdrawn = historyOf(rows, {
      consents: [{ channel: '*', purpose: 'profiling', granted: false, at: t + 5 * DAY }],
    });
    expect(topicMatch(withdrawn, { asOf: AS_OF }).facts).toEqual({
      matched: 1,
      judged: 1,
      marketing: 2,
      untagged: 0,
      unknownInterests: 1,
    });
    // Opt-in policy, no profiling grant: learned interests are never used
    expect(topicMatch(historyOf(rows), { asOf: AS_OF, config: { control: { consentPolicy: 'opt-in' } } }).value).toBe(
      null,
    );
    // Opt-in policy, a profiling grant for the web kind from t + 5 d: b ✓ only (a is before the grant)
    const granted = historyOf(rows, {
      interests: ['music'],
      consents: [{ channel: 'web', purpose: 'profiling', granted: true, at: t + 5 * DAY }],
    });
    const result = topicMatch(granted, { asOf: AS_OF, config: { control: { consentPolicy: 'opt-in' } } });
    expect(result.facts).toMatchObject({ matched: 1, judged: 2 });
    // A profiling withdrawal for another channel leaves web-learned interests usable
    const elsewhere = historyOf(rows, {
      consents: [{ channel: 'mail', purpose: 'profiling', granted: false, at: t }],
    });
    expect(topicMatch(elsewhere, { asOf: AS_OF }).value).toBe(1);
  });

  it('handles a __proto__ customer id and topic', () => {
    const history = historyOf([offer('a', AS_OF - DAY, ['__proto__'])], { interests: ['__proto__'] }, '__proto__');
    expect(topicMatch(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('rejects invalid options', () => {
    expect(() => topicMatch(historyOf([]), { asOf: '2026-06-01' })).toThrow(
      /^topicMatch: .*no offset.*\[invalid-as-of\]/,
    );
  });
});
