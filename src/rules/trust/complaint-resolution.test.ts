import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { complaintResolution } from './complaint-resolution.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'tel', kind: 'phone' }],
    interactions: drafts.map((d) => ({ channel: 'tel', ...d, customerId })),
  });
}
const complaint = (id: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'inbound',
  type: 'complaint',
  ...extra,
});
const answer = (id: string, at: number, inReplyTo: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo,
  ...extra,
});
const T = AS_OF - 30 * DAY;

describe('complaintResolution', () => {
  it('resolved ÷ complaints with an outcome or older than 14 days', () => {
    const history = build([
      complaint('a', T),
      answer('a1', T + HOUR, 'a', { type: 'resolve' }), // resolved → 1
      complaint('b', T, { outcome: 'resolved' }), // resolved on the record → 1
      complaint('c', T),
      answer('c1', T + HOUR, 'c', { outcome: 'unresolved' }), // known unresolved → 0
      complaint('d', T), // open for 30 days > 14 → 0
      complaint('e', AS_OF - 3 * DAY), // open for 3 days → pending
    ]);
    const result = complaintResolution(history, { asOf: AS_OF });
    expect(result.value).toBe(0.5); // (1 + 1 + 0 + 0) / 4, equal ages
    expect(result.facts).toEqual({ resolved: 2, unresolved: 2, judged: 4, pending: 1 });
  });

  it('a resolution anywhere later in the thread counts, one before the complaint does not', () => {
    const history = build([
      { id: 'q', at: T, direction: 'inbound', type: 'question' },
      answer('q1', T + HOUR, 'q', { type: 'resolve' }), // resolves the question, before the complaint
      complaint('k', T + DAY, { inReplyTo: 'q1' }), // "it is broken again"
      answer('k1', T + 2 * DAY, 'k'),
      { id: 'k2', at: T + 3 * DAY, direction: 'inbound', type: 'message', inReplyTo: 'k1', outcome: 'resolved' },
      complaint('late', T + 4 * DAY, { inReplyTo: 'k2' }), // after the last resolution, open 26 days → 0
    ]);
    const result = complaintResolution(history, { asOf: AS_OF });
    expect(result.facts).toEqual({ resolved: 1, unresolved: 1, judged: 2, pending: 0 });
  });

  it('the horizon is configurable', () => {
    const history = build([complaint('k', AS_OF - 10 * DAY)]);
    expect(complaintResolution(history, { asOf: AS_OF }).value).toBeNull(); // 10 < 14 days
    const strict = complaintResolution(history, { asOf: AS_OF, config: { trust: { resolutionHorizon: { days: 7 } } } });
    expect(strict.value).toBe(0);
  });

  it('complaint types are configurable', () => {
    const history = build([complaint('g', T, { type: 'grievance' }), complaint('k', T, { outcome: 'resolved' })]);
    expect(complaintResolution(history, { asOf: AS_OF }).facts).toMatchObject({ judged: 1 });
    const both = complaintResolution(history, {
      asOf: AS_OF,
      config: { trust: { complaintTypes: ['complaint', 'grievance'] } },
    });
    expect(both.value).toBe(0.5);
  });

  it('ignores resolutions after asOf', () => {
    const history = build([complaint('k', T), answer('r', AS_OF + HOUR, 'k', { type: 'resolve' })]);
    expect(complaintResolution(history, { asOf: AS_OF }).value).toBe(0);
  });

  it('weights complaints by recency', () => {
    const history = build([
      complaint('old', AS_OF - 180 * DAY), // 0, weight 0.25
      complaint('new', AS_OF - 20 * DAY, { outcome: 'resolved' }), // 1, weight 0.5^(20/90)
    ]);
    const w = 0.5 ** (20 / 90);
    expect(complaintResolution(history, { asOf: AS_OF }).value).toBeCloseTo(w / (0.25 + w), 12);
  });

  it('is null with a reason when nothing can be judged', () => {
    expect(complaintResolution(build([]), { asOf: AS_OF }).reason).toEqual({ code: 'no-complaints', params: {} });
    const pending = complaintResolution(build([complaint('k', AS_OF - DAY)]), { asOf: AS_OF });
    expect(pending.value).toBeNull();
    expect(pending.reason).toEqual({ code: 'complaints-pending', params: { pending: 1 } });
  });

  it('works for a customer called __proto__ and interaction ids like constructor', () => {
    const history = build(
      [complaint('constructor', T), answer('__proto__', T + HOUR, 'constructor', { type: 'resolve' })],
      '__proto__',
    );
    expect(complaintResolution(history, { asOf: AS_OF }).value).toBe(1);
  });
});
