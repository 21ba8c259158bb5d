import type { Interaction } from '../model/interaction.js';
import type { CustomerHistory } from './customer-history.js';

/**
 * The look-back window of one history at one `asOf`, as positions: `interactions[start, end)`.
 * What a component reads when it needs neither roles nor reply links; a {@link HistoryView} is one
 * too. @internal
 */
export interface WindowView {
  readonly interactions: readonly Interaction[];
  /** First position inside the window `[asOf − window, asOf]`. */
  readonly start: number;
  /** First position after `asOf`. */
  readonly end: number;
}

/** The {@link WindowView} of `history` at `asOf` for a window of `windowMs`. O(log n). @internal */
export function windowView(history: CustomerHistory, asOf: number, windowMs: number): WindowView {
  const all = history.interactions;
  return { interactions: all, start: firstAtOrAfter(all, asOf - windowMs), end: firstAfter(all, asOf) };
}

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
