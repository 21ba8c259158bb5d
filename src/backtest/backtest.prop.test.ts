import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import { parseDataset } from '../model/parse-dataset.js';
import { generateDataset } from '../sample/generate.js';
import { backtest } from './backtest.js';
import { BacktestResultSchema } from './backtest-schema.js';

const AS_OF = '2026-06-30T00:00:00Z';
const CUTOFF = '2026-03-01T00:00:00Z';
const RUNS = { numRuns: 12 };

describe('backtest properties', () => {
  it('AUC in [0, 1], Spearman in [−1, 1], valid against the schema; same result for shuffled records and any TZ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 40 }), fc.nat(), (seed, size, perm) => {
        const raw = generateDataset({ customers: size, seed, asOf: AS_OF });
        const before = structuredClone(raw);
        const dataset = parseDataset(raw);
        const options = { cutoff: CUTOFF, horizon: { months: 4 } };
        const result = withTimeZone('Asia/Kolkata', () => backtest(dataset, options));
        expect(raw).toEqual(before);
        expect(BacktestResultSchema.parse(result)).toEqual(result);
        for (const score of result.scores) {
          if (score.auc !== null) expect(score.auc >= 0 && score.auc <= 1).toBe(true);
          if (score.spearman !== null) expect(Math.abs(score.spearman) <= 1).toBe(true);
          expect(score.deciles.reduce((n, d) => n + d.customers, 0)).toBe(result.customers);
        }
        const reordered = parseDataset({
          customers: shuffled(raw.customers, perm),
          channels: shuffled(raw.channels, perm + 1),
          interactions: shuffled(raw.interactions, perm + 2),
        });
        expect(withTimeZone('America/Los_Angeles', () => backtest(reordered, options))).toEqual(result);
      }),
      RUNS,
    );
  });
});
