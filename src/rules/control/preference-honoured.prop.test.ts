import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory, type InteractionInput } from '../../index.js';
import { preferenceHonoured } from './preference-honoured.js';

describe('preferenceHonoured properties', () => {
  it('is null without preferences; otherwise in [0, 1], never lower after outreach on a preferred channel', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.integer({ min: 0, max: 400 * DAY }), (input, age) => {
        const preferred = input.customer.preferredChannels ?? [];
        const before = preferenceHonoured(createHistory(input), { asOf: AS_OF });
        if (preferred.length === 0) {
          expect(before.value).toBeNull();
          return;
        }
        if (before.value !== null) {
          expect(before.value).toBeGreaterThanOrEqual(0);
          expect(before.value).toBeLessThanOrEqual(1);
        }
        const outreach: InteractionInput = {
          id: 'zz-outreach',
          customerId: input.customer.id,
          channel: preferred[0] as string,
          at: AS_OF - age,
          direction: 'outbound',
          type: 'notification',
        };
        const after = preferenceHonoured(createHistory({ ...input, interactions: [...input.interactions, outreach] }), {
          asOf: AS_OF,
        });
        if (before.value !== null) expect(after.value as number).toBeGreaterThanOrEqual(before.value - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
