import type { CustomerHistory } from './customer-history.js';

const MEMO: unique symbol = Symbol('engagement-scoring.history-memo');

/** What a history's memo can hold: the window view (which caches what is derived from it) and the consent timeline. @internal */
export interface MemoSlots {
  view: unknown;
  consentTimeline: unknown;
}

/** The memo: the `asOf` and configuration its slots were derived for, and the slots. */
interface Memo extends MemoSlots {
  asOf: number;
  config: object | undefined;
}

type WithMemo = CustomerHistory & { readonly [MEMO]?: Memo };

/**
 * Gives a history built by the library a private memo, so that structures several rules read
 * (the window view with threads and pyramid evidence, the consent timeline) are derived once per
 * `asOf` and configuration instead of once per rule. The slot is non-enumerable and invisible to
 * JSON and equality checks; the history's data never changes. Histories made by hand simply have
 * no memo.
 * @internal
 */
export function attachMemo<T extends CustomerHistory>(history: T): T {
  const memo: Memo = { asOf: Number.NaN, config: undefined, view: undefined, consentTimeline: undefined };
  Object.defineProperty(history, MEMO, { value: memo, enumerable: false });
  return history;
}

/**
 * Returns the memoised result of `compute(history, asOf, config)` for this history, slot, `asOf`
 * and configuration object, computing it on first use. The memo holds one `asOf` and configuration
 * at a time: asking for another clears every slot. The result is shared: callers must treat it as
 * read-only.
 * @internal
 */
export function memoize<R, C extends object>(
  history: CustomerHistory,
  key: keyof MemoSlots,
  asOf: number,
  config: C,
  compute: (history: CustomerHistory, asOf: number, config: C) => R,
): R {
  const memo = (history as WithMemo)[MEMO];
  if (memo === undefined) return compute(history, asOf, config);
  if (memo.asOf !== asOf || memo.config !== config) {
    memo.asOf = asOf;
    memo.config = config;
    memo.view = undefined;
    memo.consentTimeline = undefined;
  }
  const known = memo[key];
  if (known !== undefined) return known as R;
  const value = compute(history, asOf, config);
  // A computation may itself have asked for another asOf or configuration: keep only what is current.
  if (memo.asOf === asOf && memo.config === config) memo[key] = value;
  return value;
}
