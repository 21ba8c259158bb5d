import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { acknowledgedContributions } from './acknowledged-contributions.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'web', kind: 'web' }],
    interactions: drafts.map((d) => ({ channel: 'web', ...d, customerId })),
  });
}
const given = (id: string, at: number, type = 'purchase'): Draft => ({ id, at, direction: 'inbound', type });
const sent = (id: string, at: number, type: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type,
  ...extra,
});
const T = AS_OF - 100 * DAY;

describe('acknowledgedContributions', () => {
  it('a thank-you answering a contribution within 30 days recognises it, and only it', () => {
    const history = build([
      given('p1', T, 'review'),
      given('p2', T, 'idea'),
      sent('t1', T + 10 * DAY, 'thank', { inReplyTo: 'p1' }), // recognises p1, not p2
    ]);
    const result = acknowledgedContributions(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5); // (1 + 0) / 2, equal ages
    expect(result.facts).toEqual({ acknowledged: 1, judged: 2, pending: 0 });
  });

  it('a recognition after the window is too late', () => {
    const history = build([given('p', T), sent('t', T + 31 * DAY, 'thank', { inReplyTo: 'p' })]);
    expect(acknowledgedContributions(history, { asOf: AS_OF }).value).toBe(0);
    // with a 60-day recognition window it is in time
    const wide = acknowledgedContributions(history, {
      asOf: AS_OF,
      config: { value: { recognitionWindow: { days: 60 } } },
    });
    expect(wide.value).toBe(1);
  });

  it('a reward that answers nothing recognises every contribution in the 30 days before it', () => {
    const history = build([
      given('a', T - 40 * DAY), // 40 days before the reward → 0
      given('b', T - 20 * DAY), // → 1
      given('c', T - DAY), // → 1
      sent('reward', T, 'reward'),
      given('d', T + DAY), // after the reward, nothing follows → 0
    ]);
    const result = acknowledgedContributions(history, { asOf: AS_OF });
    const w = (age: number) => 0.5 ** (age / 90);
    // ages in days: a 140, b 120, c 101, d 99
    const expected = (w(120) + w(101)) / (w(140) + w(120) + w(101) + w(99));
    expect(result.value).toBeCloseTo(expected, 12);
    expect(result.facts).toEqual({ acknowledged: 2, judged: 4, pending: 0 });
  });

  it('a personal reply recognises; an automatic one does not', () => {
    const history = build([
      given('p1', T, 'post'),
      sent('r1', T + DAY, 'reply', { inReplyTo: 'p1' }),
      given('p2', T, 'post'),
      sent('r2', T + DAY, 'reply', { inReplyTo: 'p2', personalized: false }),
    ]);
    expect(acknowledgedContributions(history, { asOf: AS_OF }).facts).toEqual({
      acknowledged: 1,
      judged: 2,
      pending: 0,
    });
  });

  it('leaves contributions younger than the window pending, unless already recognised', () => {
    const history = build([
      given('fresh', AS_OF - 5 * DAY),
      given('thanked', AS_OF - 5 * DAY),
      sent('t', AS_OF - DAY, 'thank', { inReplyTo: 'thanked' }),
    ]);
    const result = acknowledgedContributions(history, { asOf: AS_OF });
    expect(result.value).toBe(1);
    expect(result.facts).toEqual({ acknowledged: 1, judged: 1, pending: 1 });
  });

  it('is null with a reason when nothing can be judged', () => {
    const none = acknowledgedContributions(build([given('q', AS_OF - DAY, 'question')]), { asOf: AS_OF });
    expect(none.value).toBeNull();
    expect(none.reason).toEqual({ code: 'no-contributions', params: {} });
    const pending = acknowledgedContributions(build([given('p', AS_OF - DAY)]), { asOf: AS_OF });
    expect(pending.value).toBeNull();
    expect(pending.reason).toEqual({ code: 'contributions-pending', params: { pending: 1 } });
  });

  it('works for a customer called __proto__', () => {
    const history = build([given('p', T), sent('t', T + DAY, 'reward')], '__proto__');
    expect(acknowledgedContributions(history, { asOf: AS_OF }).value).toBe(1);
  });
});
