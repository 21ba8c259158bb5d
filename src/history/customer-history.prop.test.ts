import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyInputArb, shuffled } from '../../test/support/arbitraries.js';
import type { Interaction } from '../model/interaction.js';
import { buildHistory, compareInteractions } from './customer-history.js';

describe('buildHistory (properties)', () => {
  it('sorts by time then id, indexes every interaction, and leaves its input alone', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const interactions = shuffled(input.interactions, seed).map(
          (i) => ({ ...i, at: i.at as number }) as Interaction,
        );
        const copy = interactions.slice();
        const history = buildHistory({ id: input.customer.id }, Object.freeze(interactions), new Map());
        expect(interactions).toEqual(copy);
        expect(history.interactions).toHaveLength(interactions.length);
        for (let i = 1; i < history.interactions.length; i++) {
          expect(
            compareInteractions(history.interactions[i - 1] as Interaction, history.interactions[i] as Interaction),
          ).toBeLessThan(0);
        }
        for (const interaction of interactions) expect(history.byId.get(interaction.id)).toBe(interaction);
      }),
      { numRuns: 100 },
    );
  });

  it('compareInteractions is antisymmetric', () => {
    const arb = fc.record({ id: fc.string({ maxLength: 3 }), at: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const x = compareInteractions(a as Interaction, b as Interaction);
        const y = compareInteractions(b as Interaction, a as Interaction);
        expect(Math.sign(x)).toBe(-Math.sign(y) || 0);
      }),
    );
  });
});
