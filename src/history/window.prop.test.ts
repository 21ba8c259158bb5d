import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowed } from './window.js';

const sortedArb = fc
  .array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 })
  .map((times) => times.sort((a, b) => a - b).map((at, i) => ({ id: `i${i}`, at })));

describe('windowed (properties)', () => {
  it('equals a filter on [asOf − window, asOf]', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: -10, max: 110 }), fc.nat(120), (list, asOf, windowMs) => {
        expect(windowed(list, asOf, windowMs)).toEqual(list.filter((i) => i.at >= asOf - windowMs && i.at <= asOf));
      }),
    );
  });

  it('leaves its input alone', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: 0, max: 100 }), fc.nat(100), (list, asOf, windowMs) => {
        const copy = structuredClone(list);
        windowed(Object.freeze(list), asOf, windowMs);
        expect(list).toEqual(copy);
      }),
    );
  });

  it('grows with the window', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: 0, max: 100 }), fc.nat(50), fc.nat(50), (list, asOf, a, b) => {
        const small = windowed(list, asOf, Math.min(a, b));
        const large = windowed(list, asOf, Math.max(a, b));
        expect(large.length).toBeGreaterThanOrEqual(small.length);
        expect(large.slice(large.length - small.length)).toEqual(small);
      }),
    );
  });
});
