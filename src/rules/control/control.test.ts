import { describe, expect, it } from 'vitest';
import { createHistory, EngagementInputError, type InteractionInput } from '../../index.js';
import { scoreControl } from './control.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 20 * DAY;

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, preferredChannels: ['txt'] },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'txt', kind: 'sms' },
    ],
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ROWS: Row[] = [
  { id: 'n1', channel: 'txt', at: T, direction: 'outbound', type: 'offer' },
  { id: 'u', channel: 'mail', at: T, direction: 'inbound', type: 'unsubscribe' },
  { id: 'n2', channel: 'mail', at: T, direction: 'outbound', type: 'newsletter' },
  { id: 'q', channel: 'txt', at: T, direction: 'inbound', type: 'question' },
  { id: 'r', channel: 'mail', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
];

describe('scoreControl', () => {
  it('combines consentRespected, channelChoice and preferenceHonoured and reports violations', () => {
    // consentRespected: n2 after the unsubscribe (same instant: the withdrawal wins) → 1 − 1/2 = 0.5
    // channelChoice: r answers an sms question by email, not preferred → 0
    // preferenceHonoured: n1 on sms ✓, n2 on mail ✗ → 0.5
    // score = 100 · (0.5 · 0.5 + 0.3 · 0 + 0.2 · 0.5) = 35
    const result = scoreControl(historyOf(ROWS), { asOf: AS_OF });
    expect(result.rule).toBe('control');
    expect(result.score).toBeCloseTo(35, 10);
    expect(result.components.map((c) => [c.name, c.value, c.evidence, c.facts])).toEqual([
      ['consentRespected', 0.5, 2, { violations: 1, marketing: 2 }],
      ['channelChoice', 0, 1, { sameChannel: 0, preferredChannel: 0, replies: 1 }],
      ['preferenceHonoured', 0.5, 2, { onPreferred: 1, proactive: 2 }],
    ]);
    expect(result.flags).toEqual([
      { code: 'consent-violation', interactionId: 'n2', channel: 'mail', purpose: 'marketing', at: T },
    ]);
    expect(result.evidence).toEqual(['n1', 'n2', 'r']);
  });

  it("applies the 'opt-in' policy from config", () => {
    // n1 has no grant either now: consentRespected 0 → 100 · (0 + 0 + 0.2 · 0.5) = 10
    const result = scoreControl(historyOf(ROWS), { asOf: AS_OF, config: { control: { consentPolicy: 'opt-in' } } });
    expect(result.score).toBeCloseTo(10, 10);
    expect(result.flags.map((f) => f.interactionId)).toEqual(['n1', 'n2']);
  });

  it('redistributes the weight of null components', () => {
    // Only a reply on the customer's channel: channelChoice 1 alone → 100
    const history = historyOf([
      { id: 'q', channel: 'txt', at: T, direction: 'inbound', type: 'question' },
      { id: 'r', channel: 'txt', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
    ]);
    const result = scoreControl(history, { asOf: AS_OF });
    expect(result.score).toBe(100);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([0, 1, 0]);
    const empty = scoreControl(historyOf([]), { asOf: AS_OF });
    expect(empty.score).toBeNull();
    expect(empty.status).toBe('insufficient-data');
    expect(empty.flags).toEqual([]);
  });

  it('handles a __proto__ customer id', () => {
    expect(scoreControl(historyOf(ROWS, '__proto__'), { asOf: AS_OF }).score).toBeCloseTo(35, 10);
  });

  it('rejects invalid options with stable codes', () => {
    const issuesOf = (config: unknown) => {
      try {
        scoreControl(historyOf(ROWS), { asOf: AS_OF, config: config as never });
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        return (error as EngagementInputError).issues.map((i) => [i.code, i.path.join('.')]);
      }
      return [];
    };
    expect(issuesOf({ control: { consentPolicy: 'requireOptIn' } })).toEqual([
      ['invalid-value', 'config.control.consentPolicy'],
    ]);
    expect(issuesOf({ control: { weights: { consentRespected: -0.5, channelChoice: -1 } } })).toEqual([
      ['out-of-range', 'config.control.weights.consentRespected'],
      ['out-of-range', 'config.control.weights.channelChoice'],
    ]);
  });
});
