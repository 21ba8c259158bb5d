import type { ScoringConfig } from '../config/scoring-config.js';
import type { Interaction } from '../model/interaction.js';
import { describeCases } from './case-threads.js';
import type { CustomerHistory } from './customer-history.js';
import { historyView } from './view.js';

/**
 * One inbound dialogue message (request, question, complaint, message, mention) and how it was answered.
 *
 * @category History
 */
export interface DialogueMessage {
  readonly message: Interaction;
  /** The earliest outbound interaction with `inReplyTo` = this message, at or before `asOf`. */
  readonly firstReply: Interaction | undefined;
  /** The channel's response target in ms. */
  readonly targetMs: number;
  /** Time to the first reply in ms (never negative), or `undefined` when unanswered. */
  readonly responseMs: number | undefined;
  /**
   * `on-time`: answered within target; `late`: answered after it; `unanswered`: no reply and the
   * target has passed; `pending`: no reply yet but still within target (not judged).
   */
  readonly status: 'on-time' | 'late' | 'unanswered' | 'pending';
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
  /** Changes of channel between consecutive members, up to resolution (or to `asOf`). */
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
 * A reply is any outbound interaction whose `inReplyTo` is the message, at or before `asOf`.
 * Status against the channel's target `T` (see {@link responseTargetMs}): `on-time` if answered
 * within `T`, `late` if after, `unanswered` if not answered and older than `T`, `pending` if not
 * answered and still within `T`. O(n) over the history.
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and a parsed `config`.
 * @returns The messages in time order.
 * @internal
 */
export function dialogueMessages(history: CustomerHistory, options: ThreadOptions): readonly DialogueMessage[] {
  return historyView(history, options.asOf, options.config).messages.messages;
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
 * Channel switches count consecutive members on different channels, up to and including the
 * resolving one — each one is a customer sent elsewhere. O(n).
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and a parsed `config`.
 * @returns The cases in the order they were opened.
 * @internal
 */
export function dialogueCases(history: CustomerHistory, options: ThreadOptions): readonly DialogueCase[] {
  const view = historyView(history, options.asOf, options.config);
  return describeCases(view, view.cases);
}
