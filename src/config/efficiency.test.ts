import { describe, expect, it } from 'vitest';
import { EfficiencyConfigSchema } from './efficiency.js';

describe('EfficiencyConfigSchema', () => {
  it('defaults to weights 0.5 / 0.3 / 0.2', () => {
    expect(EfficiencyConfigSchema.parse(undefined)).toEqual({
      weights: { responseTime: 0.5, resolution: 0.3, effort: 0.2 },
    });
  });

  it('refuses a negative weight', () => {
    expect(EfficiencyConfigSchema.safeParse({ weights: { effort: -0.2 } }).success).toBe(false);
  });
});
