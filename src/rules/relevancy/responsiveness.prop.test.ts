import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { responsiveness } from './responsiveness.js';

describe('responsiveness properties', () => {
  it('is in [0, 1] or null, and another inbound never lowers it', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.integer({ min: -10 * DAY, max: 400 * DAY }), (input, offset) => {
        const before = responsiveness(createHistory(input), { asOf: AS_OF });
        const extra = {
          id: 'zz-click',
          customerId: input.customer.id,
          channel: (input.channels[0] as { id: string }).id,
          at: AS_OF - offset,
          direction: 'inbound' as const,
          type: 'click',
        };
        const after = responsiveness(createHistory({ ...input, interactions: [...input.interactions, extra] }), {
          asOf: AS_OF,
        });
        if (before.value === null) return;
        expect(before.value).toBeGreaterThanOrEqual(0);
        expect(before.value).toBeLessThanOrEqual(1);
        expect(after.value as number).toBeGreaterThanOrEqual(before.value - 1e-12);
        const facts = before.facts as Record<string, number>;
        expect((facts['judged'] as number) + (facts['pending'] as number)).toBe(facts['marketing']);
      }),
      { numRuns: 200 },
    );
  });
});
