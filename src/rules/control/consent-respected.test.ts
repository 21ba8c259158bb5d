import { describe, expect, it } from 'vitest';
import { type CustomerInput, createHistory, EngagementInputError, type InteractionInput } from '../../index.js';
import { consentRespected } from './consent-respected.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 30 * DAY;
const CHANNELS = [
  { id: 'mail', kind: 'email' as const },
  { id: 'mail-2', kind: 'email' as const },
  { id: 'txt', kind: 'sms' as const },
  { id: '__proto__', kind: 'social' as const },
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], consents: CustomerInput['consents'] = [], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, consents },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const send = (id: string, channel: string, at: number, type = 'newsletter'): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type,
});
const say = (id: string, channel: string, at: number, type: string): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type,
});
const OPT_IN = { control: { consentPolicy: 'opt-in' as const } };
const ids = (result: ReturnType<typeof consentRespected>) => result.flags.map((f) => f.interactionId);

describe('consentRespected', () => {
  it("allows marketing until withdrawn under the default 'opt-out' policy", () => {
    const history = historyOf([
      send('a', 'mail', T),
      say('u', 'mail', T + DAY, 'unsubscribe'),
      send('b', 'mail', T + 2 * DAY), // violation
      send('c', 'txt', T + 2 * DAY), // other channel: allowed
    ]);
    // 1 violation of 3; weights w28 for b and c, w30 for a → 1 − w28 / (w30 + 2·w28)
    const w = (days: number) => 0.5 ** (days / 90);
    const result = consentRespected(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(1 - w(28) / (w(30) + 2 * w(28)), 12);
    expect(result.evidence).toBe(3);
    expect(result.facts).toEqual({ violations: 1, marketing: 3 });
    expect(result.flags).toEqual([
      { code: 'consent-violation', interactionId: 'b', channel: 'mail', purpose: 'marketing', at: T + 2 * DAY },
    ]);
  });

  it('matches consent records by channel kind and by *', () => {
    // A withdrawal for the kind 'email' covers both email channels, not sms.
    const byKind = historyOf(
      [send('a', 'mail', T), send('b', 'mail-2', T), send('c', 'txt', T)],
      [{ channel: 'email', granted: false, at: T - DAY }],
    );
    expect(ids(consentRespected(byKind, { asOf: AS_OF }))).toEqual(['a', 'b']);
    // '*' covers every channel; a later grant for one channel id wins there (latest wins).
    const everywhere = historyOf(
      [send('a', 'mail', T), send('b', 'mail-2', T), send('c', 'txt', T)],
      [
        { channel: '*', granted: false, at: T - 2 * DAY },
        { channel: 'txt', granted: true, at: T - DAY },
      ],
    );
    expect(ids(consentRespected(everywhere, { asOf: AS_OF }))).toEqual(['a', 'b']);
  });

  it('lets the latest event win and a withdrawal win a tie', () => {
    const history = historyOf([
      say('u', 'mail', T, 'opt-out'),
      send('a', 'mail', T), // same instant as the opt-out: violation
      say('i', 'mail', T + DAY, 'opt-in'),
      send('b', 'mail', T + DAY), // same instant as the opt-in: allowed
      say('u2', 'mail', T + 2 * DAY, 'unsubscribe'),
      send('c', 'mail', T + 3 * DAY), // violation
    ]);
    expect(ids(consentRespected(history, { asOf: AS_OF }))).toEqual(['a', 'c']);
    // A grant and a withdrawal recorded at the same instant: the withdrawal wins.
    const tie = historyOf(
      [send('a', 'mail', T)],
      [
        { channel: 'mail', granted: false, at: T - DAY },
        { channel: 'mail', granted: true, at: T - DAY },
      ],
    );
    expect(ids(consentRespected(tie, { asOf: AS_OF }))).toEqual(['a']);
  });

  it("allows marketing only after a grant under the 'opt-in' policy", () => {
    const history = historyOf(
      [
        send('a', 'mail', T), // no grant yet: violation
        say('i', 'mail', T + DAY, 'opt-in'),
        send('b', 'mail', T + 2 * DAY), // granted on mail
        send('c', 'mail-2', T + 2 * DAY), // the opt-in was for 'mail' only: violation
        send('d', 'txt', T + 2 * DAY), // sms granted by kind
        send('e', '__proto__', T + 2 * DAY), // service grant does not allow marketing: violation
      ],
      [
        { channel: 'sms', granted: true, at: T - DAY },
        { channel: '*', purpose: 'service', granted: true, at: T - DAY },
      ],
    );
    const result = consentRespected(history, { asOf: AS_OF, config: OPT_IN });
    expect(ids(result)).toEqual(['a', 'c', 'e']);
    expect(result.facts).toEqual({ violations: 3, marketing: 5 });
    // The same history under 'opt-out': nothing was withdrawn, nothing violated.
    expect(consentRespected(history, { asOf: AS_OF }).flags).toEqual([]);
    expect(consentRespected(history, { asOf: AS_OF }).value).toBe(1);
    // A '*' grant allows every channel.
    const all = historyOf([send('a', 'mail', T)], [{ channel: '*', granted: true, at: T - DAY }]);
    expect(consentRespected(all, { asOf: AS_OF, config: OPT_IN }).value).toBe(1);
  });

  it('checks marketing only: service messages and replies are not marketing unless they say so', () => {
    const history = historyOf(
      [
        say('q', 'mail', T, 'question'),
        { id: 'r', channel: 'mail', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
        { ...send('n', 'mail', T, 'notification'), purpose: 'service' },
        { ...send('m', 'mail', T, 'thank'), purpose: 'marketing' }, // declared marketing: checked
      ],
      [{ channel: '*', granted: false, at: T - DAY }],
    );
    const result = consentRespected(history, { asOf: AS_OF });
    expect(ids(result)).toEqual(['m']);
    expect(result.facts).toEqual({ violations: 1, marketing: 1 });
  });

  it('weights violations by recency', () => {
    // violation at asOf (weight 1), allowed 90 days earlier (weight 0.5): 1 − 1 / 1.5 = 1/3
    const history = historyOf(
      [send('a', 'mail', AS_OF - 90 * DAY), send('b', 'mail', AS_OF)],
      [{ channel: 'mail', granted: false, at: AS_OF - DAY }],
    );
    expect(consentRespected(history, { asOf: AS_OF }).value).toBeCloseTo(1 / 3, 12);
  });

  it('ignores what lies outside the window or after asOf', () => {
    const history = historyOf(
      [send('old', 'mail', AS_OF - 400 * DAY), send('a', 'mail', T), send('late', 'mail', AS_OF + DAY)],
      [
        { channel: '*', granted: false, at: AS_OF - 500 * DAY },
        { channel: '*', granted: true, at: AS_OF + DAY }, // after asOf: not known yet
      ],
    );
    const result = consentRespected(history, { asOf: AS_OF });
    expect(ids(result)).toEqual(['a']);
    expect(result.facts).toEqual({ violations: 1, marketing: 1 });
  });

  it('is null without marketing, with no flags', () => {
    const result = consentRespected(historyOf([say('u', 'mail', T, 'opt-out')]), { asOf: AS_OF });
    expect(result).toEqual({
      value: null,
      evidence: 0,
      reason: { code: 'no-marketing', params: {} },
      facts: { violations: 0, marketing: 0 },
      flags: [],
    });
  });

  it('handles a __proto__ customer id and channel id', () => {
    const history = historyOf([say('u', '__proto__', T, 'opt-out'), send('a', '__proto__', T + DAY)], [], '__proto__');
    expect(ids(consentRespected(history, { asOf: AS_OF }))).toEqual(['a']);
  });

  it('rejects an unknown consent policy with a stable code', () => {
    try {
      consentRespected(historyOf([]), { asOf: AS_OF, config: { control: { consentPolicy: 'opt-maybe' as never } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues).toEqual([
        expect.objectContaining({ code: 'invalid-value', path: ['config', 'control', 'consentPolicy'] }),
      ]);
      expect((error as Error).message).toMatch(/^consentRespected: /);
    }
  });
});
