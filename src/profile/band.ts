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
 * @internal
 */
export function scoreBand(
  score: number | null,
  bands: { readonly yellow: number; readonly green: number },
): Band | null {
  if (score === null) return null;
  if (score >= bands.green) return 'green';
  if (score >= bands.yellow) return 'yellow';
  return 'red';
}
