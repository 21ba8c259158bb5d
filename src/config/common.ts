import * as z from 'zod';
import { DurationSchema, durationToMs } from '../model/duration.js';

/** A non-negative, finite weight. @internal */
export const WeightSchema = z.number().nonnegative();

/** A date-fns Duration on input, milliseconds on output. @internal */
export const MsDurationSchema = DurationSchema.transform((d) => durationToMs(d));

/** A Duration that must be longer than zero (half-lives, windows). @internal */
export const PositiveMsDurationSchema = MsDurationSchema.refine((ms) => ms > 0, {
  error: 'must be longer than zero',
  params: { code: 'invalid-duration' },
});

/** A share in [0, 1]. @internal */
export const ShareSchema = z.number().min(0).max(1);

/**
 * An object of component weights with defaults: each non-negative and finite, at least one positive.
 * @internal
 */
export function weightsSchema<const K extends string>(defaults: Record<K, number>) {
  const shape = Object.fromEntries(
    Object.entries(defaults).map(([key, value]) => [key, WeightSchema.default(value as number)]),
  ) as Record<K, z.ZodDefault<typeof WeightSchema>>;
  return z
    .object(shape)
    .prefault({} as never)
    .refine((w) => Object.values<number>(w as Record<string, number>).some((v) => v > 0), {
      error: 'at least one weight must be positive',
      params: { code: 'invalid-weights' },
    })
    .refine((w) => Number.isFinite(Object.values<number>(w as Record<string, number>).reduce((a, b) => a + b, 0)), {
      error: 'the weights add up to more than the largest finite number',
      params: { code: 'invalid-weights' },
    });
}
