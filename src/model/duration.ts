import { type Duration, milliseconds } from 'date-fns';
import * as z from 'zod';

/**
 * The largest value of one part. A billion of any unit keeps every duration finite in milliseconds
 * (10⁹ years ≈ 3.2 × 10¹⁹ ms), where `{ days: 1e306 }` used to become `Infinity`.
 */
const MAX_PART = 1e9;
const part = z.number().nonnegative().max(MAX_PART).optional();
const PARTS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

/**
 * A date-fns `Duration` (`{ days: 1, hours: 12 }`): non-negative parts of at most 10⁹ each, at
 * least one given. Months and years use date-fns' average lengths when turned into milliseconds.
 *
 * @category Model
 */
export const DurationSchema = z
  .object({
    years: part,
    months: part,
    weeks: part,
    days: part,
    hours: part,
    minutes: part,
    seconds: part,
  })
  // What the refinement below checks, stated for the JSON Schemas: at least one part present.
  .meta({ anyOf: PARTS.map((name) => ({ properties: { [name]: true }, required: [name] })) })
  .refine((d) => Object.values(d).some((v) => v !== undefined), {
    error: 'a duration needs at least one part, e.g. { days: 1 }',
    params: { code: 'invalid-duration' },
  })
  .transform((d): Duration => {
    const out: Duration = {};
    for (const [key, value] of Object.entries(d)) {
      if (value !== undefined) out[key as keyof Duration] = value;
    }
    return out;
  });

/** Milliseconds in a date-fns `Duration` (date-fns' average month and year lengths). @internal */
export function durationToMs(duration: Duration): number {
  return milliseconds(duration);
}
