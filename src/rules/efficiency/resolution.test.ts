import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { resolution } from './resolution.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}
const open = (id: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'inbound',
  type: 'request',
  ...extra,
});
const follow = (id: string, at: number, inReplyTo: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo,
  ...extra,
});
const T = AS_OF - 20 * DAY;

describe('resolution', () => {
  it('is the share of cases with an outcome that were resolved', () => {
    const history = build([
      open('a', T),
      follow('a1', T + HOUR, 'a', { type: 'resolve' }), // resolve without outcome → resolved
      open('b', T),
      follow('b1', T + HOUR, 'b', { outcome: 'unresolved' }), // → unresolved
      open('c', T),
      follow('c1', T + HOUR, 'c'),
      { id: 'c2', at: T + DAY, direction: 'inbound', type: 'message', inReplyTo: 'c1', outcome: 'resolved' }, // customer confirms → resolved
      open('d', T), // no outcome → not counted
    ]);
    const result = resolution(history, { asOf: AS_OF });
    expect(result.value).toBeCloseTo(2 / 3, 15);
    expect(result.facts).toEqual({ resolved: 2, unresolved: 1, judged: 3, open: 1 });
  });

  it('weights cases by the age of their opening message', () => {
    const history = build([
      open('old', AS_OF - 180 * DAY, { outcome: 'unresolved' }), // 0, weight 0.25
      open('new', AS_OF, { outcome: 'resolved' }), // 1, weight 1
    ]);
    expect(resolution(history, { asOf: AS_OF }).value).toBeCloseTo(1 / 1.25, 15);
  });

  it('once resolved, stays resolved', () => {
    const history = build([
      open('a', T),
      follow('a1', T + HOUR, 'a', { outcome: 'resolved' }),
      follow('a2', T + DAY, 'a', { outcome: 'unresolved' }),
    ]);
    expect(resolution(history, { asOf: AS_OF }).value).toBe(1);
  });

  it('ignores outcomes after asOf and cases opened before the window', () => {
    const history = build([
      open('a', T),
      follow('a1', AS_OF + HOUR, 'a', { outcome: 'unresolved' }),
      open('b', AS_OF - 400 * DAY, { outcome: 'resolved' }),
    ]);
    const result = resolution(history, { asOf: AS_OF });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: 'cases-open', params: { open: 1 } });
    expect(resolution(build([]), { asOf: AS_OF }).reason).toEqual({ code: 'no-cases', params: {} });
  });

  it('works for a customer called __proto__', () => {
    expect(resolution(build([open('a', T, { outcome: 'resolved' })], '__proto__'), { asOf: AS_OF }).value).toBe(1);
  });
});
