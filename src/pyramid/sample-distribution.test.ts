import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import { parseDataset } from '../model/parse-dataset.js';
import { SAMPLE_AS_OF, sampleDataset } from '../sample/index.js';
import { classifyLevel } from './classify-level.js';
import { levelDistribution } from './level-distribution.js';

// docs/pyramid.md reports the sample data's distribution; the seed observes that most customers
// never advance beyond level four. This checks the claim, not the exact counts.
describe('the sample data on the pyramid', () => {
  const input = sampleDataset();
  const config = resolveConfig();
  const levels = input.customers.map((customer) =>
    classifyLevel(
      createHistory({
        customer,
        channels: input.channels,
        interactions: input.interactions.filter((i) => i.customerId === customer.id),
      }),
      { asOf: SAMPLE_AS_OF, config },
    ),
  );
  const d = levelDistribution(levels);

  it('is valid input, and every customer is counted', () => {
    expect(() => parseDataset(input, { mode: 'strict' })).not.toThrow();
    expect(d.total).toBe(input.customers.length);
  });

  it('most classified customers are below contributing, and nearly all at or below it', () => {
    const below = (d.levels[0]?.share ?? 0) + (d.levels[1]?.share ?? 0) + (d.levels[2]?.share ?? 0);
    expect(below).toBeGreaterThan(0.5);
    expect(d.levels[4]?.shareAtOrAbove).toBeLessThan(0.25);
  });
});
