import { describe, expect, it } from 'vitest';
import { PYRAMID_LEVELS } from '../model/vocabulary.js';
import { PyramidConfigSchema } from './pyramid.js';

const DAY = 86_400_000;

describe('PyramidConfigSchema', () => {
  const config = PyramidConfigSchema.parse(undefined);

  it('gives each level the types of its role, one qualifying interaction and a window', () => {
    expect(Object.keys(config.levelRules)).toEqual([...PYRAMID_LEVELS]);
    expect(config.levelRules.observing).toEqual({
      // Attention, and the customer's own messages: everyone who writes is on the pyramid.
      types: ['view', 'open', 'visit', 'read', 'click', 'request', 'question', 'complaint', 'message', 'mention'],
      minCount: 1,
      window: 365 * DAY,
    });
    expect(config.levelRules.following.types).toContain('opt-in');
    // Owning and leading look back two years (730 days), the others one.
    const windows = PYRAMID_LEVELS.map((level) => config.levelRules[level].window / DAY);
    expect(windows).toEqual([365, 365, 365, 365, 730, 730]);
    expect(config.movementPeriod).toBe(90 * DAY);
  });

  it('refuses a zero window, a zero count and an unknown level', () => {
    expect(PyramidConfigSchema.safeParse({ levelRules: { owning: { window: { days: 0 } } } }).success).toBe(false);
    expect(PyramidConfigSchema.safeParse({ levelRules: { owning: { minCount: 0 } } }).success).toBe(false);
    expect(PyramidConfigSchema.safeParse({ nextSteps: { king: 'rule' } }).success).toBe(false);
  });

  it('accepts a minimum amount', () => {
    expect(PyramidConfigSchema.parse({ levelRules: { owning: { minAmount: 100 } } }).levelRules.owning.minAmount).toBe(
      100,
    );
    expect(PyramidConfigSchema.safeParse({ levelRules: { owning: { minAmount: -1 } } }).success).toBe(false);
  });
});
