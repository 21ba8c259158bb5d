import { describe, expect, it } from 'vitest';
import { MsDurationSchema, PositiveMsDurationSchema, ShareSchema, WeightSchema, weightsSchema } from './common.js';

describe('WeightSchema and ShareSchema', () => {
  it('accept finite non-negative weights and shares in [0, 1]', () => {
    expect(WeightSchema.parse(0)).toBe(0);
    expect(WeightSchema.parse(2.5)).toBe(2.5);
    expect(WeightSchema.safeParse(-0.1).success).toBe(false);
    expect(WeightSchema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(ShareSchema.parse(1)).toBe(1);
    expect(ShareSchema.safeParse(1.01).success).toBe(false);
  });
});

describe('MsDurationSchema and PositiveMsDurationSchema', () => {
  it('turn durations into ms', () => {
    expect(MsDurationSchema.parse({ hours: 2 })).toBe(7_200_000);
    expect(MsDurationSchema.parse({ minutes: 0 })).toBe(0);
    expect(PositiveMsDurationSchema.parse({ days: 1 })).toBe(86_400_000);
  });

  it('refuse a zero duration where it must be positive', () => {
    const result = PositiveMsDurationSchema.safeParse({ seconds: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { code: 'invalid-duration' } });
  });
});

describe('weightsSchema', () => {
  const Weights = weightsSchema({ a: 0.7, b: 0.3 });

  it('fills missing weights with their defaults', () => {
    expect(Weights.parse(undefined)).toEqual({ a: 0.7, b: 0.3 });
    expect(Weights.parse({ b: 1 })).toEqual({ a: 0.7, b: 1 });
  });

  it('needs at least one positive weight', () => {
    expect(Weights.parse({ a: 0 })).toEqual({ a: 0, b: 0.3 });
    const result = Weights.safeParse({ a: 0, b: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { code: 'invalid-weights' } });
  });
});
