import { describe, expect, it } from 'vitest';
import { EngagementInputError } from '../model/errors.js';
import { levelDistribution } from './level-distribution.js';

describe('levelDistribution', () => {
  it('counts per level, shares over the classified, unclassified apart', () => {
    // 8 customers, 2 without a level: shares are over the 6 classified.
    const d = levelDistribution([
      'observing',
      'observing',
      'observing',
      'following',
      'contributing',
      'leading',
      null,
      null,
    ]);
    expect([d.total, d.classified, d.unclassified]).toEqual([8, 6, 2]);
    expect(d.levels).toEqual([
      { level: 'observing', rank: 1, count: 3, share: 3 / 6, shareAtOrAbove: 6 / 6 },
      { level: 'following', rank: 2, count: 1, share: 1 / 6, shareAtOrAbove: 3 / 6 },
      { level: 'endorsing', rank: 3, count: 0, share: 0, shareAtOrAbove: 2 / 6 },
      { level: 'contributing', rank: 4, count: 1, share: 1 / 6, shareAtOrAbove: 2 / 6 },
      { level: 'owning', rank: 5, count: 0, share: 0, shareAtOrAbove: 1 / 6 },
      { level: 'leading', rank: 6, count: 1, share: 1 / 6, shareAtOrAbove: 1 / 6 },
    ]);
  });

  it('accepts classification results, profiles and generators', () => {
    function* levels() {
      yield { level: 'owning' as const, rank: 5 };
      yield { customerId: 'c2', level: { level: 'owning' as const } };
      yield { level: null };
    }
    const d = levelDistribution(levels());
    expect([d.classified, d.unclassified, d.levels[4]?.share]).toEqual([2, 1, 1]);
  });

  it('empty input, or nobody classified: zero counts and zero shares, never NaN', () => {
    for (const input of [[], [null, null]]) {
      const d = levelDistribution(input);
      expect(d.classified).toBe(0);
      expect(d.unclassified).toBe(input.length);
      expect(d.levels.every((row) => row.count === 0 && row.share === 0 && row.shareAtOrAbove === 0)).toBe(true);
    }
  });

  it('lists every bad item by position, and survives `__proto__`', () => {
    try {
      levelDistribution(['observing', '__proto__' as never, 7 as never, { level: 'Leading' } as never]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues.map((i) => [i.path, i.code])).toEqual([
        [[1], 'invalid-value'],
        [[2], 'invalid-type'],
        [[3], 'invalid-value'],
      ]);
    }
  });

  it('rejects something that is not iterable', () => {
    expect(() => levelDistribution(undefined as never)).toThrow(/^levelDistribution: .*invalid-type/);
    expect(() => levelDistribution('observing' as never)).toThrow(EngagementInputError);
  });

  it('does not change its input', () => {
    const input = Object.freeze(['observing', { level: 'following' }] as const);
    expect(() => levelDistribution(input)).not.toThrow();
  });
});
