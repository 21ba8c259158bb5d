import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { promiseKeeping } from './promise-keeping.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}
const promise = (id: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type: 'promise',
  ...extra,
});
const T = AS_OF - 30 * DAY;

describe('promiseKeeping', () => {
  it('fulfilled ÷ (fulfilled + broken + overdue), pending promises left out', () => {
    const history = build([
      promise('kept', T, { outcome: 'fulfilled', dueAt: T + 5 * DAY }), // 1
      promise('broken', T, { outcome: 'broken', dueAt: T + 5 * DAY }), // 0
      promise('overdue', T, { dueAt: T + 5 * DAY }), // due 25 days ago, no outcome → 0
      promise('early', T, { outcome: 'fulfilled', dueAt: AS_OF + 5 * DAY }), // kept before its due date → 1
      promise('future', T, { dueAt: AS_OF + 5 * DAY }), // not yet due → pending
      promise('undated', T), // no due date, no outcome → pending
    ]);
    const result = promiseKeeping(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5); // (1 + 0 + 0 + 1) / 4, equal ages
    expect(result.facts).toEqual({ kept: 2, broken: 1, overdue: 1, judged: 4, pending: 2 });
    expect(result.evidence).toBe(4);
  });

  it('reads the outcome from a later interaction answering the promise; the latest wins', () => {
    const history = build([
      promise('p1', T, { dueAt: T + 2 * DAY }),
      { id: 'f1', at: T + DAY, direction: 'outbound', type: 'notification', inReplyTo: 'p1', outcome: 'fulfilled' },
      promise('p2', T, { dueAt: T + 2 * DAY, outcome: 'fulfilled' }),
      { id: 'f2', at: T + 3 * DAY, direction: 'inbound', type: 'message', inReplyTo: 'p2', outcome: 'broken' }, // customer says otherwise, later
      promise('p3', T, { dueAt: T + 2 * DAY }),
      { id: 'f3', at: AS_OF + DAY, direction: 'outbound', type: 'notification', inReplyTo: 'p3', outcome: 'fulfilled' }, // after asOf
    ]);
    const result = promiseKeeping(history, { asOf: AS_OF });
    expect(result.facts).toEqual({ kept: 1, broken: 1, overdue: 1, judged: 3, pending: 0 });
  });

  it('a renewed promise answering an earlier one keeps its own outcome', () => {
    const history = build([
      promise('p1', T, { dueAt: T + DAY }),
      promise('p2', T + 2 * DAY, { inReplyTo: 'p1', dueAt: T + 3 * DAY, outcome: 'fulfilled' }),
    ]);
    // p1 overdue (0, age 30 days), p2 kept (1, age 28 days)
    const w1 = 0.5 ** (30 / 90);
    const w2 = 0.5 ** (28 / 90);
    expect(promiseKeeping(history, { asOf: AS_OF }).value).toBeCloseTo(w2 / (w1 + w2), 12);
  });

  it('custom commitment types count when mapped', () => {
    const history = build([promise('p', T, { type: 'sla', dueAt: T + DAY })]);
    expect(promiseKeeping(history, { asOf: AS_OF }).value).toBeNull();
    expect(promiseKeeping(history, { asOf: AS_OF, config: { typeRoles: { sla: 'commitment' } } }).value).toBe(0);
  });

  it('is null with a reason when nothing can be judged', () => {
    expect(promiseKeeping(build([]), { asOf: AS_OF }).reason).toEqual({ code: 'no-promises', params: {} });
    const pending = promiseKeeping(build([promise('p', T, { dueAt: AS_OF + DAY })]), { asOf: AS_OF });
    expect(pending.value).toBeNull();
    expect(pending.reason).toEqual({ code: 'promises-pending', params: { pending: 1 } });
  });

  it('works for a customer called __proto__', () => {
    const history = build([promise('p', T, { outcome: 'fulfilled' })], '__proto__');
    expect(promiseKeeping(history, { asOf: AS_OF }).value).toBe(1);
  });
});
