import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, dialogueHistoryArb, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { crossChannel } from './cross-channel.js';

const dialogueArb = dialogueHistoryArb;

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
