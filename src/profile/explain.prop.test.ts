import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, withTimeZone } from '../../test/support/arbitraries.js';
import { createHistory } from '../model/create-history.js';
import { explain } from './explain.js';
import { scoreCustomer } from './score-customer.js';

describe('explain properties', () => {
  it('gives 14 sentences (the three measures and a focus first) plus one per flag, without undefined, NaN or null, the same in any time zone', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const profile = scoreCustomer(createHistory(input), { asOf: AS_OF });
        const lines = explain(profile);
        expect(lines).toHaveLength(14 + profile.flags.length);
        for (const line of lines) expect(line).not.toMatch(/undefined|NaN|null|Infinity|\[object/);
        expect(withTimeZone('Asia/Kathmandu', () => explain(profile))).toEqual(lines);
      }),
      { numRuns: 100 },
    );
  });
});
