import { type Duration, milliseconds } from 'date-fns';
import * as z from 'zod';

const part = z.number().nonnegative().optional();

/**
 * A date-fns `Duration` (`{ days: 1, hours: 12 }`): non-negative parts, at least one given.
 * Months and years use date-fns' average lengths when turned into milliseconds.
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
