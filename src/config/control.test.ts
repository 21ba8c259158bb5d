import { describe, expect, it } from 'vitest';
import { ControlConfigSchema } from './control.js';

describe('ControlConfigSchema', () => {
  it("defaults to the 'opt-out' policy", () => {
    expect(ControlConfigSchema.parse(undefined)).toEqual({
      weights: { consentRespected: 0.5, channelChoice: 0.3, preferenceHonoured: 0.2 },
      consentPolicy: 'opt-out',
      grantTypes: ['opt-in', 'subscribe'],
    });
  });

  it('accepts the two policies only', () => {
    expect(ControlConfigSchema.parse({ consentPolicy: 'opt-in' }).consentPolicy).toBe('opt-in');
    expect(ControlConfigSchema.safeParse({ consentPolicy: 'requireOptIn' }).success).toBe(false);
  });
});
