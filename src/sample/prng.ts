/**
 * A small seeded pseudo-random number generator for the sample data: same seed, same sequence,
 * on every platform. Not for anything where unpredictability matters.
 */

/** Returns a number in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a 32-bit state generator, fast and good enough for test data.
 *
 * @param seed - Any number; only its low 32 bits are used.
 * @returns A function that yields the next number in [0, 1) on each call.
 * @internal
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for one customer, mixed from the dataset seed and the customer's position, so that a
 * customer's data does not depend on how many customers come before or after it.
 *
 * @internal
 */
export function customerSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One element of a non-empty list, uniformly. @internal */
export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** A list of choices with relative weights, prepared for {@link pickWeighted}. @internal */
export interface Weighted<T> {
  readonly items: readonly T[];
  /** Running totals of the weights, ending at 1. */
  readonly cumulative: readonly number[];
}

/** Prepares `[item, weight]` pairs for {@link pickWeighted}; zero weights are dropped. @internal */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const kept = pairs.filter(([, w]) => w > 0);
  const total = kept.reduce((sum, [, w]) => sum + w, 0);
  const items: T[] = [];
  const cumulative: number[] = [];
  let running = 0;
  for (const [item, w] of kept) {
    running += w / total;
    items.push(item);
    cumulative.push(running);
  }
  if (cumulative.length > 0) cumulative[cumulative.length - 1] = 1;
  return { items, cumulative };
}

/** One item, with probability proportional to its weight. @internal */
export function pickWeighted<T>(rng: Random, choices: Weighted<T>): T {
  const r = rng();
  const { cumulative, items } = choices;
  for (let i = 0; i < cumulative.length; i++) {
    if (r < (cumulative[i] as number)) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** A uniform number in [lo, hi). @internal */
export function uniform(rng: Random, lo: number, hi: number): number {
  return lo + rng() * (hi - lo);
}
