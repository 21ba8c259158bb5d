import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { personalResponse } from './personal-response.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { channel?: string; at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'chat', kind: 'chat' },
    ],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}

const inbound = (id: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'inbound',
  type: 'question',
  ...extra,
});
const reply = (id: string, at: number, inReplyTo: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo,
  ...extra,
});

describe('personalResponse', () => {
  it('counts personal replies, not automatic ones, and leaves pending messages out', () => {
    const history = build([
      inbound('q1', AS_OF - 3 * DAY),
      reply('r1', AS_OF - 3 * DAY + 2 * HOUR, 'q1'), // personal → 1
      inbound('q2', AS_OF - 3 * DAY),
      reply('r2', AS_OF - 3 * DAY + 60_000, 'q2', { personalized: false }), // auto-ack; 72 h > 24 h target → 0
      inbound('q3', AS_OF - HOUR), // 1 h < 24 h target, no reply yet → pending
    ]);
    const result = personalResponse(history, { asOf: AS_OF });
    // q1 and q2 have the same age, so equal weights: (1 + 0) / 2
    expect(result.value).toBe(0.5);
    expect(result.evidence).toBe(2);
    expect(result.facts).toEqual({ personal: 1, judged: 2, pending: 1 });
    expect(result.reason).toBeUndefined();
  });

  it('a later personal reply counts even after an automatic acknowledgement', () => {
    const history = build([
      inbound('q', AS_OF - 5 * DAY),
      reply('ack', AS_OF - 5 * DAY + 1000, 'q', { personalized: false }),
      reply('r', AS_OF - 2 * DAY, 'q'),
    ]);
    expect(personalResponse(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('weights by recency: 0.5^(age / 90 days)', () => {
    const history = build([
      inbound('old', AS_OF - 90 * DAY),
      reply('r', AS_OF - 90 * DAY + HOUR, 'old'), // weight 0.5, value 1
      inbound('new', AS_OF - 2 * DAY), // unanswered for 48 h > 24 h → 0, weight 0.5^(2/90)
    ]);
    const expected = (0.5 * 1) / (0.5 + 0.5 ** (2 / 90)); // ≈ 0.33677
    expect(personalResponse(history, { asOf: AS_OF }).value).toBeCloseTo(expected, 12);
  });

  it('ignores replies after asOf and messages outside the window', () => {
    const history = build([
      inbound('ancient', AS_OF - 400 * DAY),
      reply('ra', AS_OF - 399 * DAY, 'ancient'),
      inbound('q', AS_OF - 2 * DAY),
      reply('late', AS_OF + HOUR, 'q'), // not yet happened at asOf
    ]);
    const result = personalResponse(history, { asOf: AS_OF });
    expect(result.value).toBe(0);
    expect(result.facts).toEqual({ personal: 0, judged: 1, pending: 0 });
  });

  it('uses the channel target: a chat message is judged after 5 minutes, an email after 24 hours', () => {
    const history = build([inbound('c', AS_OF - 10 * 60_000, { channel: 'chat' }), inbound('m', AS_OF - 10 * 60_000)]);
    expect(personalResponse(history, { asOf: AS_OF }).facts).toEqual({ personal: 0, judged: 1, pending: 1 });
    // a configured target wins over the channel's
    const relaxed = personalResponse(history, { asOf: AS_OF, config: { responseTargets: { chat: { hours: 1 } } } });
    expect(relaxed.value).toBeNull();
  });

  it('is null with a reason when nothing can be judged', () => {
    expect(personalResponse(build([]), { asOf: AS_OF })).toEqual({
      value: null,
      evidence: 0,
      reason: { code: 'no-messages', params: {} },
      facts: { personal: 0, judged: 0, pending: 0 },
    });
    const pending = personalResponse(build([inbound('q', AS_OF - HOUR)]), { asOf: AS_OF });
    expect(pending.value).toBeNull();
    expect(pending.reason).toEqual({ code: 'messages-pending', params: { pending: 1 } });
  });

  it('only inbound dialogue messages count', () => {
    const history = build([
      { id: 'v', at: AS_OF - 3 * DAY, direction: 'inbound', type: 'visit' },
      { id: 'p', at: AS_OF - 3 * DAY, direction: 'inbound', type: 'purchase' },
      inbound('x', AS_OF - 3 * DAY, { type: 'ticket' }), // custom type without a role
    ]);
    expect(personalResponse(history, { asOf: AS_OF }).value).toBeNull();
    const mapped = personalResponse(history, { asOf: AS_OF, config: { typeRoles: { ticket: 'dialogue' } } });
    expect(mapped.facts).toEqual({ personal: 0, judged: 1, pending: 0 });
  });

  it('works for a customer called __proto__', () => {
    const history = build([inbound('q', AS_OF - 3 * DAY), reply('r', AS_OF - 3 * DAY + HOUR, 'q')], '__proto__');
    expect(personalResponse(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('rejects a missing asOf with invalid-as-of', () => {
    const call = () => personalResponse(build([]), {} as never);
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(/personalResponse/);
    try {
      call();
    } catch (error) {
      expect((error as EngagementInputError).issues[0]?.code).toBe('invalid-as-of');
    }
  });
});
