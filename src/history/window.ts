import type { Interaction } from '../model/interaction.js';

/**
 * The interactions inside the look-back window `[asOf − window, asOf]`.
 *
 * @remarks
 * Expects interactions sorted by time (as in a {@link CustomerHistory}) and finds both ends by
 * binary search: O(log n) plus the copy. Interactions after `asOf` are not in any window.
 *
 * @param interactions - Sorted by `at`.
 * @param asOf - End of the window, epoch ms (inclusive).
 * @param windowMs - Length of the window in ms (start inclusive).
 * @returns A new array; the input is not changed.
 * @internal
 */
export function windowed<T extends Pick<Interaction, 'at'>>(
  interactions: readonly T[],
  asOf: number,
  windowMs: number,
): T[] {
  return interactions.slice(firstAtOrAfter(interactions, asOf - windowMs), firstAfter(interactions, asOf));
}

/** Index of the first interaction with `at >= t`. @internal */
export function firstAtOrAfter(interactions: readonly Pick<Interaction, 'at'>[], t: number): number {
  let lo = 0;
  let hi = interactions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((interactions[mid] as Pick<Interaction, 'at'>).at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first interaction with `at > t`. @internal */
export function firstAfter(interactions: readonly Pick<Interaction, 'at'>[], t: number): number {
  let lo = 0;
  let hi = interactions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((interactions[mid] as Pick<Interaction, 'at'>).at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
