import type { CustomerHistory } from './customer-history.js';

const MEMO: unique symbol = Symbol('engagement-scoring.history-memo');

/** What a history's memo can hold, one slot per derived structure. @internal */
export interface MemoSlots {
  view: unknown;
  dialogueMessages: unknown;
  dialogueCases: unknown;
  consentTimeline: unknown;
  pyramidEvidence: unknown;
}

/** The memo: the `asOf` and configuration its slots were derived for, and the slots. */
interface Memo extends MemoSlots {
  asOf: number;
  config: object | undefined;
}

type WithMemo = CustomerHistory & { readonly [MEMO]?: Memo };

function emptyMemo(): Memo {
  return {
    asOf: Number.NaN,
    config: undefined,
    view: undefined,
    dialogueMessages: undefined,
    dialogueCases: undefined,
    consentTimeline: undefined,
    pyramidEvidence: undefined,
  };
}

/**
 * Gives a history built by the library a private memo, so that structures several rules read
 * (the window view, threads, the consent timeline, pyramid evidence) are derived once per `asOf`
 * and configuration instead of once per rule. The slot is non-enumerable and invisible to JSON and
 * equality checks; the history's data never changes. Histories made by hand simply have no memo.
 * @internal
 */
export function attachMemo<T extends CustomerHistory>(history: T): T {
  Object.defineProperty(history, MEMO, { value: emptyMemo(), enumerable: false });
  return history;
}

/**
 * Returns the memoised result of `compute(history, asOf, config)` for this history, slot, `asOf`
 * and configuration object, computing it on first use. The memo holds one `asOf` and configuration at a time: asking
 * for another clears every slot. The result is shared: callers must treat it as read-only.
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
    memo.dialogueMessages = undefined;
    memo.dialogueCases = undefined;
    memo.consentTimeline = undefined;
    memo.pyramidEvidence = undefined;
  }
  const known = memo[key];
  if (known !== undefined) return known as R;
  const value = compute(history, asOf, config);
  // A computation may itself have asked for another asOf or configuration: keep only what is current.
  if (memo.asOf === asOf && memo.config === config) memo[key] = value;
  return value;
}
