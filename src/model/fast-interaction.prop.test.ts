import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastInteraction } from './fast-interaction.js';
import { InteractionSchema } from './interaction.js';

// Values near the edges of every rule, so both paths meet the same hard cases.
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', 0, -0, -1, 1, 1.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false),
  fc.constantFrom('2026-03-01T09:00:00Z', '2026-03-01T09:00:00', '2026-02-30T09:00:00Z', '2026-03-01T10:00:00+01:00'),
  fc.constantFrom('inbound', 'outbound', 'resolved', 'broken', 'marketing', 'service', 'question'),
  fc.constantFrom([], ['a'], ['a', 1], {}, new Date(0), new Date(Number.NaN)),
  fc.double(),
  fc.string(),
);

const recordArb = fc.record(
  {
    id: fc.oneof(fc.constant('i1'), anyValue),
    customerId: fc.oneof(fc.constant('c1'), anyValue),
    channel: fc.oneof(fc.constant('mail'), anyValue),
    at: fc.oneof(fc.constant('2026-03-01T09:00:00Z'), fc.integer(), anyValue),
    direction: fc.oneof(fc.constantFrom('inbound', 'outbound'), anyValue),
    type: fc.oneof(fc.constant('question'), anyValue),
    inReplyTo: anyValue,
    personalized: anyValue,
    topics: anyValue,
    amount: anyValue,
    sentiment: anyValue,
    outcome: anyValue,
    dueAt: anyValue,
    reason: anyValue,
    purpose: anyValue,
    appliesTo: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

describe('fastInteraction', () => {
  it('accepts only what InteractionSchema accepts, with the same output', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const fast = fastInteraction(record);
        if (fast === undefined) return; // the schema decides
        const slow = InteractionSchema.safeParse(record);
        expect(slow.success).toBe(true);
        expect(fast).toEqual(slow.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path for plainly valid records', () => {
    const record = {
      id: 'i1',
      customerId: 'c1',
      channel: 'mail',
      at: '2026-03-01T09:00:00Z',
      direction: 'inbound',
      type: 'question',
      topics: ['billing'],
      sentiment: -0.5,
    };
    // 2026-03-01T09:00:00Z = 1772355600000 ms
    expect(fastInteraction(record)).toEqual({ ...record, at: 1772355600000 });
    expect(fastInteraction({ ...record, amount: -1 })).toBeUndefined();
  });
});
