import type { CustomerHistory } from './customer-history.js';

const MEMO: unique symbol = Symbol('engagement-scoring.history-memo');

interface Entry {
  readonly asOf: number;
  readonly config: object;
  readonly value: unknown;
}

type WithMemo = CustomerHistory & { readonly [MEMO]?: Map<string, Entry> };

/**
 * Gives a history built by the library a private memo, so that structures several rules read
 * (threads, the consent timeline, pyramid evidence) are derived once per `asOf` and configuration
 * instead of once per rule. The slot is non-enumerable and invisible to JSON and equality checks;
 * the history's data never changes. Histories made by hand simply have no memo.
 * @internal
 */
export function attachMemo<T extends CustomerHistory>(history: T): T {
  Object.defineProperty(history, MEMO, { value: new Map<string, Entry>(), enumerable: false });
  return history;
}

/**
 * Returns the memoised result of `compute` for this history, key, `asOf` and configuration object,
 * computing it on first use. The result is shared: callers must treat it as read-only.
 * @internal
 */
export function memoize<R>(history: CustomerHistory, key: string, asOf: number, config: object, compute: () => R): R {
  const memo = (history as WithMemo)[MEMO];
  if (memo === undefined) return compute();
  const entry = memo.get(key);
  if (entry !== undefined && entry.asOf === asOf && entry.config === config) return entry.value as R;
  const value = compute();
  memo.set(key, { asOf, config, value });
  return value;
}
