import type { ScoringConfig } from '../config/scoring-config.js';
import type { Interaction } from '../model/interaction.js';
import { describeCases } from './case-threads.js';
import type { CustomerHistory } from './customer-history.js';
import { casesOf, historyView, messagesOf } from './view.js';

/**
 * One inbound dialogue message (request, question, complaint, message, mention) and how it was answered.
 *
 * @category History
 */
export interface DialogueMessage {
  readonly message: Interaction;
  /**
   * The earliest answer anywhere below this message in its thread: an outbound interaction whose
   * `inReplyTo` chain leads to the message, at or before `asOf`, not an acknowledgement.
   */
  readonly firstReply: Interaction | undefined;
  /** The channel's response target in ms. */
  readonly targetMs: number;
  /** Time to the first reply in ms (never negative), or `undefined` when unanswered. */
  readonly responseMs: number | undefined;
  /**
   * `on-time`: answered within target; `late`: answered after it; `unanswered`: no reply and the
   * target has passed; `pending`: no reply yet but still within target (not judged);
   * `reply-before-message`: the first answer is timestamped before the message (flagged, not
   * judged); `closing`: an unanswered closing message that needs no answer (a `message` or
   * `mention` in reply to the business after its case was resolved; not judged).
   */
  readonly status: 'on-time' | 'late' | 'unanswered' | 'pending' | 'reply-before-message' | 'closing';
}

/**
 * A case: an inbound dialogue message that opens a thread, with everything threaded under it.
 *
 * @category History
 */
export interface DialogueCase {
  /** The inbound dialogue message that opened the case. */
  readonly root: Interaction;
  /** The root first, then every interaction whose `inReplyTo` chain leads to it, at or before `asOf`, by time. */
  readonly members: readonly Interaction[];
  /**
   * `resolved` once any member resolves the case (`resolve` interactions without an outcome count as
   * resolved), else the last `unresolved` outcome, else `undefined`.
   */
  readonly outcome: 'resolved' | 'unresolved' | undefined;
  /** When the case was resolved, if it was. */
  readonly resolvedAt: number | undefined;
  /**
   * Channels beyond the root's that the case went through before resolution: distinct channels
   * of its members, leaving out acknowledgements, recognitions (thank-yous) and what lies below a
   * resolving member in the thread.
   */
  readonly channelSwitches: number;
}

/** Options of {@link dialogueMessages} and {@link dialogueCases}. @category History */
export interface ThreadOptions {
  readonly asOf: number;
  readonly config: Pick<ScoringConfig, 'window' | 'typeRoles' | 'responseTargets'>;
}

/**
 * Every inbound dialogue message inside the window, with its first reply and response status.
 *
 * @remarks
 * An answer is any outbound interaction anywhere below the message in its thread (its `inReplyTo`
 * chain leads to the message), at or before `asOf`, except acknowledgements (auto-replies, ticket
 * receipts: role `acknowledgement`). Status against the channel's target `T` (see
 * {@link responseTargetMs}): `on-time` if answered within `T`, `late` if after, `unanswered` if not
 * answered and older than `T`, `pending` if not answered and still within `T`;
 * `reply-before-message` when the first answer is timestamped before the message; `closing` for
 * an unanswered `message` or `mention` in reply to the business after its case was resolved. The
 * last three are not judged. O(n) over the history.
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and a parsed `config`.
 * @returns The messages in time order.
 * @internal
 */
export function dialogueMessages(history: CustomerHistory, options: ThreadOptions): readonly DialogueMessage[] {
  return messagesOf(historyView(history, options.asOf, options.config)).messages;
}

/**
 * Every case opened inside the window: root dialogue message, threaded members, outcome and
 * channel switches.
 *
 * @remarks
 * A case opens at an inbound dialogue message that answers no earlier dialogue message (it may
 * answer a newsletter); every interaction whose `inReplyTo` chain leads to it is a member. The
 * first member that resolves the case decides (`resolved`, at its time); without one, the last
 * `unresolved` outcome; an interaction of type `resolve` without an outcome counts as resolved.
 * Channel switches count the distinct channels the case moved the customer to — the channels of
 * its members beyond the root's, leaving out acknowledgements, recognitions and members below a
 * resolving member in the thread. Parallel answers on two channels are one switch however they interleave,
 * so an earlier answer never adds one. O(n).
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and a parsed `config`.
 * @returns The cases in the order they were opened.
 * @internal
 */
export function dialogueCases(history: CustomerHistory, options: ThreadOptions): readonly DialogueCase[] {
  const view = historyView(history, options.asOf, options.config);
  return describeCases(view, casesOf(view));
}
