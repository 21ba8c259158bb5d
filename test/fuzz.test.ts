/**
 * A bounded fuzz run in every test run: a few thousand malformed and hostile records, seeded, and
 * the invariants of collect mode (see test/support/fuzz.ts). `npm run fuzz` runs 100,000+.
 */
import { describe, expect, it } from 'vitest';
import { fuzzRun } from './support/fuzz.js';

describe('parseDataset under fuzzing', () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps every invariant on 1,500 fuzzed interactions (seed ${seed})`, () => {
      const report = fuzzRun(seed, 1_500);
      expect(report.failures).toEqual([]);
      expect(report.rejected).toBeGreaterThan(0);
      expect(report.accepted).toBeGreaterThan(0);
    }, 30_000);
  }
});
