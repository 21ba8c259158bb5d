import { describe, expect, it } from 'vitest';
import { CompositeConfigSchema } from './composite.js';

describe('CompositeConfigSchema', () => {
  it('defaults to equal rule weights, bands 50 / 75, minimum coverage 0.5 and confidence half at 20', () => {
    expect(CompositeConfigSchema.parse(undefined)).toEqual({
      weights: { value: 1, efficiency: 1, trust: 1, consistency: 1, relevancy: 1, control: 1 },
      bands: { yellow: 50, green: 75 },
      minCoverage: 0.5,
      confidenceHalfEvidence: 20,
    });
  });

  it('accepts equal band limits and refuses yellow above green', () => {
    expect(CompositeConfigSchema.parse({ bands: { yellow: 60, green: 60 } }).bands).toEqual({ yellow: 60, green: 60 });
    expect(CompositeConfigSchema.parse({ bands: { green: 90 } }).bands).toEqual({ yellow: 50, green: 90 });
    const result = CompositeConfigSchema.safeParse({ bands: { yellow: 80 } }); // 80 > default green 75
    expect(result.error?.issues[0]).toMatchObject({ path: ['bands'], params: { code: 'invalid-config' } });
  });

  it('keeps bands within 0–100 and confidence positive', () => {
    expect(CompositeConfigSchema.safeParse({ bands: { green: 101 } }).success).toBe(false);
    expect(CompositeConfigSchema.safeParse({ confidenceHalfEvidence: 0 }).success).toBe(false);
  });
});
