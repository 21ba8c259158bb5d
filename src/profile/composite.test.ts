import { describe, expect, it } from 'vitest';
import type { RuleName } from '../rules/rule-score.js';
import { compositeConfidence, compositeScore } from './composite.js';

type Scores = Record<RuleName, number | null>;
type Weights = Record<RuleName, number>;

const EQUAL: Weights = { value: 1, efficiency: 1, trust: 1, consistency: 1, relevancy: 1, control: 1 };
const NONE: Scores = { value: null, efficiency: null, trust: null, consistency: null, relevancy: null, control: null };

describe('compositeScore', () => {
  it('is the plain mean when every rule is scored with equal weights', () => {
    const scores: Scores = { value: 10, efficiency: 20, trust: 30, consistency: 40, relevancy: 50, control: 60 };
    // (10 + 20 + 30 + 40 + 50 + 60) / 6 = 210 / 6 = 35; all the weight scored: coverage 6 / 6 = 1
    expect(compositeScore(scores, EQUAL)).toEqual({
      score: 35,
      coverage: 1,
      scoredRules: ['value', 'efficiency', 'trust', 'consistency', 'relevancy', 'control'],
    });
  });

  it('is the weighted mean over the non-null rules only', () => {
    const weights: Weights = { ...EQUAL, trust: 2 };
    const scores: Scores = { ...NONE, value: 80, efficiency: 40, trust: 70 };
    // (1·80 + 1·40 + 2·70) / (1 + 1 + 2) = 260 / 4 = 65
    // coverage: scored weight 4 of 1 + 1 + 2 + 1 + 1 + 1 = 7
    const result = compositeScore(scores, weights);
    expect(result.score).toBe(65);
    expect(result.coverage).toBeCloseTo(4 / 7, 12);
    expect(result.scoredRules).toEqual(['value', 'efficiency', 'trust']);
  });

  it('does not pull a null rule towards 0 or 50', () => {
    const scores: Scores = { ...NONE, control: 90 };
    // Only control scored: 90 / 1 = 90, not (90 + 0·5) / 6 = 15; coverage 1 / 6
    const result = compositeScore(scores, EQUAL);
    expect(result.score).toBe(90);
    expect(result.coverage).toBeCloseTo(1 / 6, 12);
    expect(result.scoredRules).toEqual(['control']);
  });

  it('is null with coverage 0 when no rule is scored', () => {
    expect(compositeScore(NONE, EQUAL)).toEqual({
      score: null,
      coverage: 0,
      scoredRules: [],
      reason: { code: 'no-rule-scored', params: {} },
    });
  });

  it('leaves out rules of weight 0, even when they are scored', () => {
    const weights: Weights = { ...EQUAL, value: 0, trust: 3 };
    const scores: Scores = { ...NONE, value: 0, efficiency: 100, trust: 60 };
    // value has weight 0: (1·100 + 3·60) / (1 + 3) = 280 / 4 = 70
    // coverage: 4 of 0 + 1 + 3 + 1 + 1 + 1 = 7
    const result = compositeScore(scores, weights);
    expect(result.score).toBe(70);
    expect(result.coverage).toBeCloseTo(4 / 7, 12);
    expect(result.scoredRules).toEqual(['efficiency', 'trust']);
  });

  it('is null when only zero-weight rules are scored, or when every weight is 0', () => {
    const weights: Weights = { ...EQUAL, value: 0 };
    expect(compositeScore({ ...NONE, value: 80 }, weights)).toEqual({
      score: null,
      coverage: 0,
      scoredRules: [],
      reason: { code: 'no-rule-scored', params: {} },
    });
    const zero: Weights = { value: 0, efficiency: 0, trust: 0, consistency: 0, relevancy: 0, control: 0 };
    const all: Scores = { value: 1, efficiency: 2, trust: 3, consistency: 4, relevancy: 5, control: 6 };
    expect(compositeScore(all, zero)).toEqual({
      score: null,
      coverage: 0,
      scoredRules: [],
      reason: { code: 'no-rule-scored', params: {} },
    });
  });

  it('is null with a reason below the minimum coverage, scored at it', () => {
    // 2 of 6 equal weights scored: coverage 1/3 < 0.5 → null; 3 of 6: coverage 0.5 → (60 + 80 + 100) / 3 = 80
    const two = compositeScore({ ...NONE, value: 60, trust: 80 }, EQUAL, { minCoverage: 0.5 });
    expect(two).toEqual({
      score: null,
      coverage: 1 / 3,
      scoredRules: ['value', 'trust'],
      reason: { code: 'coverage-below-minimum', params: { rules: 2, coverage: 1 / 3, minCoverage: 0.5 } },
    });
    const three = compositeScore({ ...NONE, value: 60, trust: 80, control: 100 }, EQUAL, { minCoverage: 0.5 });
    expect([three.score, three.coverage, three.reason]).toEqual([80, 0.5, undefined]);
  });

  it('keeps 0 and 100 as they are', () => {
    expect(compositeScore({ ...NONE, value: 0, trust: 0 }, EQUAL).score).toBe(0);
    expect(compositeScore({ ...NONE, value: 100, trust: 100 }, EQUAL).score).toBe(100);
  });

  it('matches its documented example', () => {
    const weights = { value: 1, efficiency: 1, trust: 2, consistency: 1, relevancy: 1, control: 1 };
    const scores = { value: 80, efficiency: 40, trust: 70, consistency: null, relevancy: null, control: null };
    expect(compositeScore(scores, weights).score).toBe(65);
    expect(compositeScore(scores, weights).coverage).toBe(4 / 7);
  });
});

describe('compositeConfidence', () => {
  it('is n / (n + k)', () => {
    // 0 / 20 = 0; 20 / 40 = 0.5; 180 / 200 = 0.9; 5 / 25 = 0.2; 60 / 80 = 0.75; 6 / 26 = 3 / 13
    expect(compositeConfidence(0, 20)).toBe(0);
    expect(compositeConfidence(20, 20)).toBe(0.5);
    expect(compositeConfidence(180, 20)).toBe(0.9);
    expect(compositeConfidence(5, 20)).toBe(0.2);
    expect(compositeConfidence(60, 20)).toBe(0.75);
    expect(compositeConfidence(6, 20)).toBeCloseTo(3 / 13, 15);
  });

  it('reaches 0.5 at k evidence whatever k is', () => {
    // k / (k + k) = 1 / 2
    for (const k of [1, 7, 20, 1000]) expect(compositeConfidence(k, k)).toBe(0.5);
  });

  it('grows with evidence and stays below 1', () => {
    // 2 / 22 ≈ 0.09 against 200 / 220 ≈ 0.91: two interactions are visibly weaker than two hundred
    expect(compositeConfidence(2, 20)).toBeCloseTo(1 / 11, 15);
    expect(compositeConfidence(200, 20)).toBeCloseTo(10 / 11, 15);
    let previous = -1;
    for (let n = 0; n <= 1000; n += 50) {
      const c = compositeConfidence(n, 20);
      expect(c).toBeGreaterThan(previous);
      expect(c).toBeLessThan(1);
      previous = c;
    }
  });

  it('is 0 for no, negative or non-numeric evidence', () => {
    expect(compositeConfidence(-3, 20)).toBe(0);
    expect(compositeConfidence(Number.NaN, 20)).toBe(0);
  });
});
