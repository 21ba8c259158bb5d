/**
 * The CSV example (examples/score-csv.ts), a thin script over the library API: the shipped fixtures
 * score exactly like the sample data, and the three bad rows are reported with their reasons.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCsv } from '../../examples/score-csv.js';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';

describe('examples/score-csv', () => {
  it('scores the CSV fixtures exactly like the sample data, and reports the three bad rows', () => {
    const { profiles, rejected } = scoreCsv(join(import.meta.dirname, '..', '..', 'examples', 'data'), SAMPLE_AS_OF);
    const expected = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];
    expect(JSON.parse(JSON.stringify(profiles))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(rejected.map((entry) => entry.issues.map((issue) => issue.code))).toEqual([
      ['offset-less-timestamp'],
      ['out-of-range'],
      ['unknown-customer'],
    ]);
  });
});
