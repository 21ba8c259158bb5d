import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../../test/support/arbitraries.js';
import type { MovementDirection } from './level-movement.js';
import { type CustomerMovement, levelMovers } from './level-movers.js';

const DIRECTIONS: MovementDirection[] = ['up', 'down', 'same', 'new', 'returning', 'lapsed'];

/** Movements with unique customer ids (ids include `__proto__` and non-ASCII). */
const movementsArb: fc.Arbitrary<CustomerMovement[]> = fc
  .uniqueArray(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'ü', 'Z', 'a')), { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((customerId) =>
        fc.record({
          customerId: fc.constant(customerId),
          movement: fc.record({
            from: fc.constant(null),
            to: fc.constant(null),
            direction: fc.constantFrom(...DIRECTIONS),
            distance: fc.integer({ min: 0, max: 6 }),
          }),
        }),
      ),
    ),
  );

describe('levelMovers properties', () => {
  it('keeps exactly the included directions, sorted by distance then id, independent of input order', () => {
    fc.assert(
      fc.property(
        movementsArb,
        fc.subarray(DIRECTIONS),
        fc.option(fc.nat(70), { nil: undefined }),
        fc.nat(),
        (movements, include, limit, seed) => {
          const copy = structuredClone(movements);
          const movers = levelMovers(movements, { include, limit });
          const wanted = movements.filter((m) => include.includes(m.movement.direction));
          expect(movers.length).toBe(Math.min(wanted.length, limit ?? Number.POSITIVE_INFINITY));
          for (let i = 1; i < movers.length; i++) {
            const a = movers[i - 1] as CustomerMovement;
            const b = movers[i] as CustomerMovement;
            expect(a.movement.distance >= b.movement.distance).toBe(true);
            if (a.movement.distance === b.movement.distance) expect(a.customerId < b.customerId).toBe(true);
          }
          expect(levelMovers(shuffled(movements, seed), { include, limit })).toEqual(movers);
          expect(movements).toEqual(copy);
        },
      ),
    );
  });
});
