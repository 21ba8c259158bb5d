import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { topicMatch } from './topic-match.js';

const TOPICS = ['billing', 'shoes', 'travel', 'garden', 'music'];

describe('topicMatch properties', () => {
  it('is in [0, 1] or null, and a further declared interest never lowers it', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.constantFrom(...TOPICS),
        fc.constantFrom(...TOPICS),
        fc.constantFrom('opt-out' as const, 'opt-in' as const),
        (input, first, second, consentPolicy) => {
          const options = { asOf: AS_OF, config: { control: { consentPolicy } } };
          const withOne = { ...input, customer: { ...input.customer, interests: [first] } };
          const withTwo = { ...input, customer: { ...input.customer, interests: [first, second] } };
          const before = topicMatch(createHistory(withOne), options);
          const after = topicMatch(createHistory(withTwo), options);
          expect(after.evidence).toBe(before.evidence);
          if (before.value === null) {
            expect(after.value).toBeNull();
            return;
          }
          expect(before.value).toBeGreaterThanOrEqual(0);
          expect(before.value).toBeLessThanOrEqual(1);
          expect(after.value as number).toBeGreaterThanOrEqual(before.value - 1e-12);
          const facts = before.facts as Record<string, number>;
          expect(facts['judged']).toBe(before.evidence);
          expect(
            (facts['judged'] as number) + (facts['untagged'] as number) + (facts['unknownInterests'] as number),
          ).toBe(facts['marketing']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
