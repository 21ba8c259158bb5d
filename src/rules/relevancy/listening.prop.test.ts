import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { listening } from './listening.js';

describe('listening properties', () => {
  it('never falls when the customer does more (inbound added anywhere in time)', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.array(fc.record({ offset: fc.integer({ min: -30 * DAY, max: 800 * DAY }), channel: fc.nat() }), {
          minLength: 1,
          maxLength: 5,
        }),
        (input, extra) => {
          const before = listening(createHistory(input), { asOf: AS_OF });
          const added = extra.map((e, i) => ({
            id: `zz-in-${i}`,
            customerId: input.customer.id,
            channel: (input.channels[e.channel % input.channels.length] as { id: string }).id,
            at: AS_OF - e.offset,
            direction: 'inbound' as const,
            type: 'visit',
          }));
          const after = listening(createHistory({ ...input, interactions: [...input.interactions, ...added] }), {
            asOf: AS_OF,
          });
          if (before.value !== null) {
            expect(before.value).toBeGreaterThanOrEqual(0);
            expect(before.value).toBeLessThanOrEqual(1);
            expect(after.value as number).toBeGreaterThanOrEqual(before.value - 1e-12);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
