import { describe, expect, it } from 'vitest';
import { ConsistencyConfigSchema } from './consistency.js';

describe('ConsistencyConfigSchema', () => {
  it('defaults to weights 0.6 / 0.4 and two cases per channel', () => {
    expect(ConsistencyConfigSchema.parse(undefined)).toEqual({
      weights: { crossChannel: 0.6, answeredChannels: 0.4 },
      minCasesPerChannel: 2,
    });
  });

  it('needs a positive whole number of cases', () => {
    expect(ConsistencyConfigSchema.parse({ minCasesPerChannel: 1 }).minCasesPerChannel).toBe(1);
    expect(ConsistencyConfigSchema.safeParse({ minCasesPerChannel: 0 }).success).toBe(false);
    expect(ConsistencyConfigSchema.safeParse({ minCasesPerChannel: 1.5 }).success).toBe(false);
  });
});
