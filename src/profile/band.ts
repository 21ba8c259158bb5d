/** A traffic-light label for a score. @category Profile */
export type Band = 'red' | 'yellow' | 'green';

/**
 * The band of a score: red below `yellow`, yellow below `green`, green from `green` up.
 *
 * @remarks
 * Defaults (from `config.composite.bands`): red < 50 ≤ yellow < 75 ≤ green, the way
 * customer-success tools colour health scores. O(1).
 *
 * @param score - A score in [0, 100], or `null`.
 * @param bands - The lower bounds of yellow and green.
 * @returns The band, or `null` for a `null` score.
 * @example
 * import { bandOf } from 'engagement-scoring';
 * const bands = { yellow: 50, green: 75 };
 * [bandOf(49.9, bands), bandOf(50, bands), bandOf(75, bands), bandOf(null, bands)] //=> ['red', 'yellow', 'green', null]
 * @category Profile
 */
export function bandOf(score: number | null, bands: { readonly yellow: number; readonly green: number }): Band | null {
  if (score === null) return null;
  if (score >= bands.green) return 'green';
  if (score >= bands.yellow) return 'yellow';
  return 'red';
}
