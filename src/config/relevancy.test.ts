import { describe, expect, it } from 'vitest';
import { RelevancyConfigSchema } from './relevancy.js';

describe('RelevancyConfigSchema', () => {
  it('defaults to a 7-day responsiveness window and a 25 % listening target', () => {
    expect(RelevancyConfigSchema.parse(undefined)).toEqual({
      weights: { topicMatch: 0.4, responsiveness: 0.3, listening: 0.3 },
      responsivenessWindow: 604_800_000, // 7 × 86 400 000
      listeningTarget: 0.25,
    });
  });

  it('keeps the listening target in [0, 1)', () => {
    expect(RelevancyConfigSchema.parse({ listeningTarget: 0 }).listeningTarget).toBe(0);
    expect(RelevancyConfigSchema.safeParse({ listeningTarget: 1 }).success).toBe(false);
    expect(RelevancyConfigSchema.safeParse({ listeningTarget: -0.1 }).success).toBe(false);
  });
});
