import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { effort } from './effort.js';

type Draft = Omit<InteractionInput, 'customerId' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [
      { id: 'chat', kind: 'chat' },
      { id: 'tel', kind: 'phone' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId })),
  });
}
const open = (id: string, at: number, channel: string): Draft => ({
  id,
  at,
  channel,
  direction: 'inbound',
  type: 'complaint',
});
const step = (id: string, at: number, channel: string, inReplyTo: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  channel,
  direction: 'outbound',
  type: 'reply',
  inReplyTo,
  ...extra,
});
const T = AS_OF - 20 * DAY;

describe('effort', () => {
  it('1 / (1 + channel switches) per case: 0, 1 and 2 switches', () => {
    const history = build([
      open('a', T, 'chat'),
      step('a1', T + HOUR, 'chat', 'a', { type: 'resolve' }), // 0 switches → 1
      open('b', T, 'chat'),
      step('b1', T + HOUR, 'tel', 'b', { type: 'resolve' }), // chat → phone: 1 → 1/2
      open('c', T, 'chat'),
      step('c1', T + HOUR, 'tel', 'c'), // chat → phone
      step('c2', T + DAY, 'mail', 'c1', { type: 'resolve' }), // phone → email: 2 → 1/3
    ]);
    const result = effort(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo((1 + 1 / 2 + 1 / 3) / 3, 15);
    expect(result.facts).toEqual({ judged: 3, switched: 2, switches: 3 });
    expect(result.evidence).toBe(3);
  });

  it('switches after resolution do not count; open cases count their switches so far', () => {
    const history = build([
      open('a', T, 'chat'),
      step('a1', T + HOUR, 'chat', 'a', { type: 'resolve' }),
      step('a2', T + DAY, 'mail', 'a1', { type: 'thank' }), // after resolution: not a switch
      open('b', T, 'chat'),
      step('b1', T + HOUR, 'mail', 'b'), // open case, one switch so far → 1/2
    ]);
    const result = effort(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(0.75, 15);
    expect(result.facts).toEqual({ judged: 2, switched: 1, switches: 1 });
  });

  it('a customer made to repeat themselves elsewhere counts too', () => {
    const history = build([
      open('a', T, 'chat'),
      { id: 'a1', at: T + HOUR, channel: 'tel', direction: 'inbound', type: 'message', inReplyTo: 'a' },
    ]);
    expect(effort(history, { asOf: AS_OF }).value).toBe(0.5);
  });

  it('a case that is only its opening message is not counted', () => {
    const result = effort(build([open('a', T, 'chat')]), { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'cases-waiting', params: { waiting: 1 } });
    expect(effort(build([]), { asOf: AS_OF }).reason).toEqual({ code: 'no-cases', params: {} });
  });

  it('works for a customer called __proto__', () => {
    const history = build([open('a', T, 'chat'), step('a1', T + HOUR, 'tel', 'a')], '__proto__');
    expect(effort(history, { asOf: AS_OF }).value).toBe(0.5);
  });
});
