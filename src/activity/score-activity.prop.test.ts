import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import { createHistory } from '../model/create-history.js';
import type { InteractionInput } from '../model/interaction.js';
import { scoreActivity } from './score-activity.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };
const configArb = fc.record({
  halfLife: fc.constantFrom({ seconds: 1 }, { days: 90 }, { years: 10 }),
  window: fc.constantFrom({ days: 30 }, { days: 365 }, { years: 5 }),
  activity: fc.record({
    weights: fc.constantFrom(
      { frequency: 1, recency: 1, amount: 0 },
      { frequency: 1, recency: 0, amount: 1 },
      { frequency: 0, recency: 0, amount: 2 },
      { frequency: 0, recency: 1, amount: 0 },
    ),
    midpoint: fc.constantFrom(0.001, 8, 1e6),
  }),
});
/** Types from shallow to deep: each has a depth at least that of the previous one by default. */
const BY_DEPTH = ['opt-out', 'view', 'question', 'like', 'purchase', 'membership', 'lead'];
const ageArb = fc.integer({ min: 0, max: 364 * DAY });

function added(customerId: string, channel: string, age: number, type: string, amount?: number): InteractionInput {
  return {
    id: 'added',
    customerId,
    channel,
    at: AS_OF - age,
    direction: 'inbound',
    type,
    ...(amount !== undefined ? { amount } : {}),
  };
}

describe('scoreActivity properties', () => {
  it('scores in [0, 100] or null with a reason, never NaN, for any configuration', () => {
    fc.assert(
      fc.property(historyInputArb(), configArb, (input, config) => {
        const result = scoreActivity(createHistory(input), { asOf: AS_OF, config });
        if (result.score === null) {
          expect(result.status).toBe('insufficient-data');
          expect(['nothing-initiated', 'nothing-counts']).toContain(result.reason?.code);
          expect(result.evidenceCount).toBe(0);
        } else {
          expect(result.status).toBe('scored');
          expect(result.score >= 0 && result.score <= 100).toBe(true);
          expect(result.evidenceCount).toBeGreaterThan(0);
        }
        for (const c of result.components) if (c.value !== null) expect(c.value >= 0 && c.value <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('is null exactly when no inbound interaction of positive depth lies in the window', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const counted = input.interactions.filter(
          (i) =>
            i.direction === 'inbound' &&
            !['opt-out', 'unsubscribe'].includes(i.type) &&
            (i.at as number) <= AS_OF &&
            (i.at as number) >= AS_OF - 730 * DAY,
        );
        expect(scoreActivity(createHistory(input), options).score === null).toBe(counted.length === 0);
      }),
      RUNS,
    );
  });

  it('one more inbound interaction never lowers it', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        configArb,
        ageArb,
        fc.constantFrom(...BY_DEPTH),
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
        (input, config, age, type, amount) => {
          const before = scoreActivity(createHistory(input), { asOf: AS_OF, config }).score ?? -1;
          const more = {
            ...input,
            interactions: [
              ...input.interactions,
              added(input.customer.id, input.channels[0]?.id as string, age, type, amount),
            ],
          };
          const after = scoreActivity(createHistory(more), { asOf: AS_OF, config }).score ?? -1;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      RUNS,
    );
  });

  it('a more recent or a deeper interaction never lowers it', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        configArb,
        ageArb,
        ageArb,
        fc.nat({ max: BY_DEPTH.length - 1 }),
        fc.nat({ max: BY_DEPTH.length - 1 }),
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
        (input, config, a1, a2, d1, d2, amount) => {
          const channel = input.channels[0]?.id as string;
          const score = (age: number, depth: number) =>
            scoreActivity(
              createHistory({
                ...input,
                interactions: [
                  ...input.interactions,
                  added(input.customer.id, channel, age, BY_DEPTH[depth] as string, amount),
                ],
              }),
              { asOf: AS_OF, config },
            ).score ?? -1;
          const [older, newer] = a1 >= a2 ? [a1, a2] : [a2, a1];
          const [shallow, deep] = d1 <= d2 ? [d1, d2] : [d2, d1];
          expect(score(newer, shallow)).toBeGreaterThanOrEqual(score(older, shallow));
          expect(score(older, deep)).toBeGreaterThanOrEqual(score(older, shallow));
        },
      ),
      RUNS,
    );
  });

  it('does not depend on input order or the time zone, and does not mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const before = structuredClone(input);
        const history = createHistory(input);
        const india = withTimeZone('Asia/Kolkata', () => scoreActivity(history, options));
        expect(input).toEqual(before);
        const shuffledInput = { ...input, interactions: shuffled(input.interactions, seed) };
        const california = withTimeZone('America/Los_Angeles', () =>
          scoreActivity(createHistory(shuffledInput), options),
        );
        expect(california).toEqual(india);
        expect(history.interactions.map((i) => i.id)).toEqual(createHistory(input).interactions.map((i) => i.id));
      }),
      RUNS,
    );
  });
});
