import type { Reason } from '../rules/reason.js';
import { type ExplainMessages, englishMessages } from './messages-en.js';

/** Options of {@link describeReason}. @category Profile */
export interface DescribeReasonOptions {
  /** The words to use (default {@link englishMessages}). */
  readonly messages?: ExplainMessages | undefined;
}

/**
 * Puts a {@link Reason} (why a score or component is `null`) in words from a message catalogue.
 *
 * @remarks
 * `messages.reasons[reason.code](reason.params)`. Profiles hold only the locale-free code and its
 * counts; this is what {@link explain} prints for them. O(1).
 *
 * @param reason - A reason from a profile, a rule score, a component or activity.
 * @param options - `messages` to use another language.
 * @returns The reason in words, e.g. "no message can be judged yet: 2 still within the response target".
 * @example
 * import { describeReason } from 'engagement-scoring';
 * describeReason({ code: 'messages-pending', params: { pending: 2 } })
 *   //=> 'no message can be judged yet: 2 still within the response target'
 * describeReason({ code: 'no-business-side', params: {} }) //=> 'the data record nothing the business sent'
 * @category Profile
 */
export function describeReason(reason: Reason, options: DescribeReasonOptions = {}): string {
  const messages = options.messages ?? englishMessages;
  // `reason` is a union on `code`: the entry for its code takes exactly its params, a pairing
  // TypeScript cannot follow through the index, so the entry is read as taking these params.
  const words = messages.reasons[reason.code] as (params: Reason['params']) => string;
  return words(reason.params);
}
