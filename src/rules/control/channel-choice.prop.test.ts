import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory, type InteractionInput } from '../../index.js';
import { channelChoice } from './channel-choice.js';

describe('channelChoice properties', () => {
  it("is in [0, 1] or null, and a reply on the customer's own channel never lowers it", () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, pick, when) => {
        const before = channelChoice(createHistory(input), { asOf: AS_OF });
        if (before.value !== null) {
          expect(before.value).toBeGreaterThanOrEqual(0);
          expect(before.value).toBeLessThanOrEqual(1);
        }
        const inbound = input.interactions.filter((i) => i.direction === 'inbound' && (i.at as number) <= AS_OF);
        const asked = inbound[pick % Math.max(1, inbound.length)];
        if (asked === undefined) return;
        const askedAt = asked.at as number;
        const reply: InteractionInput = {
          id: 'zz-reply',
          customerId: input.customer.id,
          channel: asked.channel,
          at: Math.round(askedAt + when * (AS_OF - askedAt)),
          direction: 'outbound',
          type: 'reply',
          inReplyTo: asked.id,
        };
        const after = channelChoice(createHistory({ ...input, interactions: [...input.interactions, reply] }), {
          asOf: AS_OF,
        });
        if (before.value !== null) expect(after.value as number).toBeGreaterThanOrEqual(before.value - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
