import type { ScoringConfig } from '../config/scoring-config.js';
import type { Interaction } from '../model/interaction.js';
import type { CustomerHistory } from './customer-history.js';
import { memoize } from './memo.js';
import { responseTargetMs } from './response-target.js';
import { roleOf } from './roles.js';
import { firstAfter, firstAtOrAfter } from './window.js';

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
 * @example
 * import { createHistory, dialogueMessages, resolveConfig } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:10:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *   ],
 * });
 * const [m] = dialogueMessages(history, { asOf: Date.parse('2026-03-02T00:00:00Z'), config: resolveConfig() });
 * m.status //=> 'late'
 * m.responseMs / m.targetMs //=> 2
 * @category History
 */
export function dialogueMessages(history: CustomerHistory, options: ThreadOptions): readonly DialogueMessage[] {
  return memoize(history, 'dialogueMessages', options.asOf, options.config, () => computeMessages(history, options));
}

function computeMessages(history: CustomerHistory, options: ThreadOptions): DialogueMessage[] {
  const { asOf, config } = options;
  const all = history.interactions;
  const end = firstAfter(all, asOf);
  const start = firstAtOrAfter(all, asOf - config.window);
  const firstReplies = firstRepliesUpTo(all, end);
  const out: DialogueMessage[] = [];
  for (let i = start; i < end; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'inbound' || roleOf(message.type, config.typeRoles) !== 'dialogue') continue;
    const channel = history.channels.get(message.channel);
    const targetMs =
      channel === undefined ? Number.POSITIVE_INFINITY : responseTargetMs(channel, config.responseTargets);
    const firstReply = firstReplies.get(message.id);
    if (firstReply !== undefined) {
      const responseMs = Math.max(0, firstReply.at - message.at);
      out.push({ message, firstReply, targetMs, responseMs, status: responseMs <= targetMs ? 'on-time' : 'late' });
    } else {
      out.push({
        message,
        firstReply,
        targetMs,
        responseMs: undefined,
        status: asOf - message.at > targetMs ? 'unanswered' : 'pending',
      });
    }
  }
  return out;
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
 * @example
 * import { createHistory, dialogueCases, resolveConfig } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }, { id: 'phone', kind: 'phone' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00Z', direction: 'inbound', type: 'complaint' },
 *     { id: 'a', customerId: 'c1', channel: 'phone', at: '2026-03-01T11:00:00Z', direction: 'outbound', type: 'resolve', inReplyTo: 'q' },
 *   ],
 * });
 * const [c] = dialogueCases(history, { asOf: Date.parse('2026-03-02T00:00:00Z'), config: resolveConfig() });
 * [c.outcome, c.channelSwitches] //=> ['resolved', 1]
 * @category History
 */
export function dialogueCases(history: CustomerHistory, options: ThreadOptions): readonly DialogueCase[] {
  return memoize(history, 'dialogueCases', options.asOf, options.config, () => computeCases(history, options));
}

function computeCases(history: CustomerHistory, options: ThreadOptions): DialogueCase[] {
  const { asOf, config } = options;
  const all = history.interactions;
  const end = firstAfter(all, asOf);
  const windowStart = asOf - config.window;
  const opensCase = (interaction: Interaction): boolean =>
    interaction.direction === 'inbound' && roleOf(interaction.type, config.typeRoles) === 'dialogue';
  const rootOf = new Map<string, string | null>();
  const cases = new Map<string, Interaction[]>();
  // Open every case first: a reply can sort before its root (same instant, smaller id, or a
  // timestamp earlier than the message) and must still join the case.
  for (let i = 0; i < end; i++) {
    const interaction = all[i] as Interaction;
    if (caseRoot(interaction, history.byId, rootOf, opensCase) === interaction.id && interaction.at >= windowStart) {
      cases.set(interaction.id, [interaction]);
    }
  }
  for (let i = 0; i < end; i++) {
    const interaction = all[i] as Interaction;
    const root = rootOf.get(interaction.id);
    if (root != null && root !== interaction.id) cases.get(root)?.push(interaction);
  }
  const out: DialogueCase[] = [];
  for (const members of cases.values()) out.push(describeCase(members));
  return out;
}

function describeCase(members: Interaction[]): DialogueCase {
  let outcome: 'resolved' | 'unresolved' | undefined;
  let resolvedAt: number | undefined;
  let resolvedIndex = members.length - 1;
  for (let k = 0; k < members.length; k++) {
    const member = members[k] as Interaction;
    const memberOutcome =
      member.outcome === 'resolved' || member.outcome === 'unresolved'
        ? member.outcome
        : member.type === 'resolve' && member.outcome === undefined
          ? 'resolved'
          : undefined;
    if (memberOutcome === undefined) continue;
    outcome = memberOutcome;
    resolvedAt = memberOutcome === 'resolved' ? member.at : undefined;
    if (memberOutcome === 'resolved') {
      resolvedIndex = k;
      break;
    }
  }
  let channelSwitches = 0;
  for (let k = 1; k <= resolvedIndex; k++) {
    if ((members[k] as Interaction).channel !== (members[k - 1] as Interaction).channel) channelSwitches++;
  }
  return { root: members[0] as Interaction, members, outcome, resolvedAt, channelSwitches };
}

/**
 * The id of the case an interaction belongs to: its topmost `inReplyTo` ancestor (itself
 * included) that opens a case, or `null`. Walks up iteratively and memoises every link.
 */
function caseRoot(
  interaction: Interaction,
  byId: ReadonlyMap<string, Interaction>,
  rootOf: Map<string, string | null>,
  opensCase: (interaction: Interaction) => boolean,
): string | null {
  const chain: Interaction[] = [];
  let root: string | null = null;
  let current: Interaction | undefined = interaction;
  // Validation rules out loops (the length guard only keeps a hand-built history from hanging);
  // a parent missing from this history ends the chain.
  while (current !== undefined && chain.length <= byId.size) {
    const known = rootOf.get(current.id);
    if (known !== undefined) {
      root = known;
      break;
    }
    chain.push(current);
    current = current.inReplyTo === undefined ? undefined : byId.get(current.inReplyTo);
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const link = chain[k] as Interaction;
    root ??= opensCase(link) ? link.id : null;
    rootOf.set(link.id, root);
  }
  return root;
}

function firstRepliesUpTo(all: readonly Interaction[], end: number): Map<string, Interaction> {
  const replies = new Map<string, Interaction>();
  for (let i = 0; i < end; i++) {
    const interaction = all[i] as Interaction;
    const target = interaction.inReplyTo;
    if (target !== undefined && interaction.direction === 'outbound' && !replies.has(target)) {
      replies.set(target, interaction);
    }
  }
  return replies;
}
