/**
 * Which interactions an efficiency score rests on: `evidence` lists, in time order, what each
 * component judged — the customer's messages and their replies (response time), the opening
 * message of each case with an outcome (resolution) and every member of a case with a path
 * (effort) — and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { createHistory, type InteractionInput, scoreEfficiency } from '../../index.js';

type Draft = Omit<InteractionInput, 'customerId' | 'at'> & { at: number };
const MIN = 60_000;
const T = AS_OF - 10 * DAY;

function score(drafts: Draft[], asOf: number = AS_OF) {
  const history = createHistory({
    customer: { id: 'c1' },
    channels: [
      { id: 'chat', kind: 'chat' },
      { id: 'tel', kind: 'phone' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId: 'c1' })),
  });
  return scoreEfficiency(history, { asOf });
}

describe('scoreEfficiency evidence', () => {
  it('lists the message, its reply and every later member of the case, in time order', () => {
    const result = score([
      { id: 'news', at: T - DAY, channel: 'mail', direction: 'outbound', type: 'newsletter' },
      { id: 'q', at: T, channel: 'chat', direction: 'inbound', type: 'question' },
      { id: 'a1', at: T + 2 * MIN, channel: 'chat', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
      { id: 'a2', at: T + 60 * MIN, channel: 'tel', direction: 'outbound', type: 'resolve', inReplyTo: 'a1' },
      { id: 'visit', at: T + DAY, channel: 'chat', direction: 'inbound', type: 'visit' },
    ]);
    // responseTime marks q and a1; resolution marks q (the case's opening); effort marks q, a1, a2.
    // The newsletter and the visit are no part of a case.
    expect(result.evidence).toEqual(['q', 'a1', 'a2']);
    expect(result.evidenceCount).toBe(3);
    expect(result.components.map((c) => [c.name, c.evidence])).toEqual([
      ['responseTime', 1],
      ['resolution', 1],
      ['effort', 1],
    ]);
  });

  it('an unanswered message is evidence on its own; an open case without a reply adds nothing else', () => {
    const result = score([
      { id: 'q', at: T, channel: 'chat', direction: 'inbound', type: 'complaint' },
      { id: 'other', at: T + MIN, channel: 'chat', direction: 'outbound', type: 'newsletter' },
    ]);
    expect(result.evidence).toEqual(['q']);
    expect(result.evidenceCount).toBe(1);
    expect(result.components.map((c) => c.value)).toEqual([0, null, null]);
  });

  it('a message still within its response target is not evidence yet', () => {
    // Chat's target is 5 minutes: one minute after the message it can be neither on time nor late.
    const result = score([{ id: 'q', at: AS_OF - MIN, channel: 'chat', direction: 'inbound', type: 'question' }]);
    expect(result.score).toBeNull();
    expect(result.evidence).toEqual([]);
    expect(result.evidenceCount).toBe(0);
  });

  it('the members of a case with a path are evidence even when its message is still pending', () => {
    // A follow-up from the customer one minute later makes a path (two members) without a reply;
    // both messages are still within chat's 5-minute target, so response time judges neither.
    const result = score([
      { id: 'q', at: AS_OF - 2 * MIN, channel: 'chat', direction: 'inbound', type: 'question' },
      { id: 'f', at: AS_OF - MIN, channel: 'chat', direction: 'inbound', type: 'question', inReplyTo: 'q' },
    ]);
    expect(result.components.find((c) => c.name === 'responseTime')?.value).toBeNull();
    expect(result.evidence).toEqual(['q', 'f']);
  });

  it('a case with an outcome is evidence through resolution alone', () => {
    // A complaint recorded as resolved one minute ago: still within chat's 5-minute target (response
    // time judges nothing), a single message (effort judges nothing); resolution judges the case.
    const result = score([
      { id: 'q', at: AS_OF - MIN, channel: 'chat', direction: 'inbound', type: 'complaint', outcome: 'resolved' },
    ]);
    expect(result.components.map((c) => [c.name, c.value])).toEqual([
      ['responseTime', null],
      ['resolution', 1],
      ['effort', null],
    ]);
    expect(result.evidence).toEqual(['q']);
    expect(result.evidenceCount).toBe(1);
  });

  it('interactions before the look-back window are not evidence', () => {
    const old = AS_OF - 800 * DAY;
    const result = score([
      { id: 'old', at: old, channel: 'chat', direction: 'inbound', type: 'question' },
      { id: 'old-a', at: old + MIN, channel: 'chat', direction: 'outbound', type: 'reply', inReplyTo: 'old' },
      { id: 'q', at: T, channel: 'chat', direction: 'inbound', type: 'question' },
      { id: 'a', at: T + MIN, channel: 'chat', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
    ]);
    expect(result.evidence).toEqual(['q', 'a']);
  });
});
