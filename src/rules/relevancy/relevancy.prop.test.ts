import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { listening } from './listening.js';
import { scoreRelevancy } from './relevancy.js';
import { responsiveness } from './responsiveness.js';
import { topicMatch } from './topic-match.js';

const RUNS = { numRuns: 150 };

describe('scoreRelevancy properties', () => {
  it('is in [0, 100] or null with insufficient-data, never NaN', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.constantFrom('opt-out' as const, 'opt-in' as const), (input, consentPolicy) => {
        const result = scoreRelevancy(createHistory(input), { asOf: AS_OF, config: { control: { consentPolicy } } });
        if (result.score === null) expect(result.status).toBe('insufficient-data');
        else {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
        for (const component of result.components) {
          if (component.value === null) expect(component.reason?.code).toBeTypeOf('string');
          else {
            expect(component.value).toBeGreaterThanOrEqual(0);
            expect(component.value).toBeLessThanOrEqual(1);
          }
        }
        expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
      }),
      RUNS,
    );
  });

  it('does not depend on input order or on the time zone', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const expected = scoreRelevancy(createHistory(input), { asOf: AS_OF });
        const reordered = {
          ...input,
          customer: { ...input.customer, consents: shuffled(input.customer.consents ?? [], seed) },
          interactions: shuffled(input.interactions, seed),
        };
        expect(scoreRelevancy(createHistory(reordered), { asOf: AS_OF })).toEqual(expected);
        const inHonolulu = withTimeZone('Pacific/Honolulu', () =>
          scoreRelevancy(createHistory(input), { asOf: new Date(AS_OF).toISOString() }),
        );
        expect(inHonolulu).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const before = structuredClone(history);
        scoreRelevancy(history, { asOf: AS_OF });
        expect(history).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('computes the same components as the standalone functions', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const components = scoreRelevancy(history, { asOf: AS_OF }).components;
        [topicMatch, responsiveness, listening].forEach((fn, k) => {
          const { value, evidence, reason, facts } = components[k] as (typeof components)[number];
          expect({ value, evidence, reason, facts }).toEqual({ reason: undefined, ...fn(history, { asOf: AS_OF }) });
        });
      }),
      { numRuns: 100 },
    );
  });
});
