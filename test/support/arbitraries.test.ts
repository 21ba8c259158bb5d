import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/index.js';
import { historyInputArb } from './arbitraries.js';

describe('historyInputArb', () => {
  it('generates histories that validate', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        expect(createHistory(input).interactions.length).toBe(input.interactions.length);
      }),
      { numRuns: 200 },
    );
  });
});
