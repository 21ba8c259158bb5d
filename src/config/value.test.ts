import { describe, expect, it } from 'vitest';
import { ValueConfigSchema } from './value.js';

describe('ValueConfigSchema', () => {
  it('defaults to a 30-day recognition window', () => {
    expect(ValueConfigSchema.parse(undefined)).toEqual({
      weights: { personalResponse: 0.4, personalTouch: 0.3, acknowledgedContributions: 0.3 },
      recognitionWindow: 2_592_000_000, // 30 × 86 400 000
    });
  });

  it('lets one weight be zero but not all', () => {
    expect(ValueConfigSchema.parse({ weights: { personalTouch: 0 } }).weights.personalTouch).toBe(0);
    expect(
      ValueConfigSchema.safeParse({ weights: { personalResponse: 0, personalTouch: 0, acknowledgedContributions: 0 } })
        .success,
    ).toBe(false);
  });
});
