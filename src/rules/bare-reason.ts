import type { REASON_PARAMS, Reason, ReasonCode } from './reason.js';

/** A {@link ReasonCode} without parameters. @internal */
export type BareReasonCode = {
  [C in ReasonCode]: (typeof REASON_PARAMS)[C] extends readonly [] ? C : never;
}[ReasonCode];

/** The empty, frozen parameters every reason without parameters shares. */
const NO_PARAMS = Object.freeze({});

/**
 * The reason with code `code`, which has no parameters, as a frozen value. Modules make theirs
 * once, at load, and every result that gives it shares it (a `null` component of most customers),
 * so scoring allocates nothing for it. @internal
 */
export function bareReason<C extends BareReasonCode>(code: C): Reason<C> {
  return Object.freeze({ code, params: NO_PARAMS }) as Reason<C>;
}
