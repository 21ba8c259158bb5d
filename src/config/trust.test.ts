import { describe, expect, it } from 'vitest';
import { TrustConfigSchema } from './trust.js';

describe('TrustConfigSchema', () => {
  it('defaults to a 14-day resolution horizon', () => {
    expect(TrustConfigSchema.parse(undefined)).toMatchObject({
      weights: { promiseKeeping: 0.3, complaintResolution: 0.3, advocacy: 0.2, sentiment: 0.2 },
      resolutionHorizon: 1_209_600_000, // 14 × 86 400 000
    });
  });

  it('refuses a zero horizon', () => {
    expect(TrustConfigSchema.safeParse({ resolutionHorizon: { days: 0 } }).success).toBe(false);
  });
});
