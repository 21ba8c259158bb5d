import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb } from '../../../test/support/arbitraries.js';
import { type CreateHistoryInput, createHistory, type InteractionInput } from '../../index.js';
import { crossChannel } from './cross-channel.js';

/** Dialogue-heavy histories: cases on 2–4 channels, answered or not, with outcomes. */
const KINDS = ['chat', 'email', 'social', 'phone'] as const;
const dialogueArb: fc.Arbitrary<CreateHistoryInput> = fc
  .record({
    customerId: fc.constantFrom('c1', '__proto__'),
    channels: fc.integer({ min: 2, max: 4 }),
    cases: fc.array(
      fc.record({
        channel: fc.nat(),
        age: fc.integer({ min: 0, max: 200 * DAY }),
        type: fc.constantFrom('question', 'complaint', 'request', 'mention', 'message'),
        reply: fc.option(
          fc.record({
            delay: fc.integer({ min: 0, max: 3 * DAY }),
            channel: fc.nat(),
            type: fc.constantFrom('reply', 'resolve', 'call'),
            outcome: fc.option(fc.constantFrom('resolved' as const, 'unresolved' as const), { nil: undefined }),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 16 },
    ),
  })
  .map(({ customerId, channels, cases }) => {
    const ids = KINDS.slice(0, channels).map((kind) => ({ id: `${kind}-1`, kind }));
    const channelOf = (n: number) => (ids[n % ids.length] as { id: string }).id;
    const interactions: InteractionInput[] = [];
    cases.forEach((c, i) => {
      const at = AS_OF - c.age;
      interactions.push({
        id: `q${i}`,
        customerId,
        channel: channelOf(c.channel),
        at,
        direction: 'inbound',
        type: c.type,
      });
      if (c.reply !== undefined) {
        interactions.push({
          id: `r${i}`,
          customerId,
          channel: channelOf(c.reply.channel),
          at: at + c.reply.delay,
          direction: 'outbound',
          type: c.reply.type,
          inReplyTo: `q${i}`,
          ...(c.reply.outcome !== undefined ? { outcome: c.reply.outcome } : {}),
        });
      }
    });
    return { customer: { id: customerId }, channels: ids, interactions };
  });

describe('crossChannel properties', () => {
  it('is null exactly when fewer than two channels are compared, else bounded by the quality range', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyInputArb({ maxInteractions: 60 }), dialogueArb),
        fc.integer({ min: 1, max: 3 }),
        (input, min) => {
          const config = { consistency: { minCasesPerChannel: min } };
          const result = crossChannel(createHistory(input), { asOf: AS_OF, config });
          const facts = result.facts as Record<string, number>;
          if ((facts['channels'] as number) < 2) {
            expect(result.value).toBeNull();
            return;
          }
          const value = result.value as number;
          const low = facts['lowestQuality'] as number;
          const high = facts['highestQuality'] as number;
          expect(low).toBeLessThanOrEqual(high);
          // σ never exceeds half the range: value ≥ 1 − (high − low)
          expect(value).toBeGreaterThanOrEqual(1 - (high - low) - 1e-12);
          expect(value).toBeLessThanOrEqual(1);
          expect(result.evidence).toBeGreaterThanOrEqual(2 * min);
        },
      ),
      { numRuns: 200 },
    );
  });
});
