import { filled } from '../internal/filled.js';
import type { Interaction } from '../model/interaction.js';
import type { CaseSummary } from './case-threads.js';
import { responseTargetMs } from './response-target.js';
import type { DialogueMessage } from './threads.js';
import { casesOf, type HistoryView } from './view.js';

/** The dialogue messages of the window, with positions in the history. @internal */
export interface MessageThreads {
  readonly messages: readonly DialogueMessage[];
  /** Position of each message. */
  readonly positions: readonly number[];
  /** Position of each message's first answer, −1 when unanswered. */
  readonly replies: readonly number[];
}

/** Whether a message's status is judged (answered on time, late, or unanswered past its target). @internal */
export function isJudged(status: DialogueMessage['status']): boolean {
  return status === 'on-time' || status === 'late' || status === 'unanswered';
}

/** Builds {@link MessageThreads}: one pass over the window after one over the answers. O(n). @internal */
export function computeMessages(view: HistoryView): MessageThreads {
  const { history, interactions: all, roles, start, end, asOf, config } = view;
  let count = 0;
  for (let i = start; i < end; i++)
    if (roles[i] === 'dialogue' && (all[i] as Interaction).direction === 'inbound') count++;
  const messages: DialogueMessage[] = new Array(count);
  const positions: number[] = new Array(count);
  const replies: number[] = new Array(count);
  if (count === 0) return { messages, positions, replies };
  const firstAnswer = firstAnswers(view);
  for (let i = start, m = 0; m < count; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'inbound' || roles[i] !== 'dialogue') continue;
    const channel = history.channels.get(message.channel);
    const targetMs =
      channel === undefined ? Number.POSITIVE_INFINITY : responseTargetMs(channel, config.responseTargets);
    const reply = firstAnswer === undefined ? -1 : (firstAnswer[i] as number) - 1;
    positions[m] = i;
    replies[m] = reply;
    if (reply >= 0) {
      const firstReply = all[reply] as Interaction;
      const responseMs = firstReply.at - message.at;
      messages[m++] = {
        message,
        firstReply,
        targetMs,
        responseMs: Math.max(0, responseMs),
        status: responseMs < 0 ? 'reply-before-message' : responseMs <= targetMs ? 'on-time' : 'late',
      };
    } else {
      messages[m++] = {
        message,
        firstReply: undefined,
        targetMs,
        responseMs: undefined,
        status: closesCase(view, i) ? 'closing' : asOf - message.at > targetMs ? 'unanswered' : 'pending',
      };
    }
  }
  return { messages, positions, replies };
}

/**
 * Per position, 1 + the position of the earliest answer anywhere below it in its thread (an
 * outbound interaction, not an acknowledgement, at or before `asOf`, whose `inReplyTo` chain leads
 * to it); `undefined` without replies. Answers come in time order and each one climbs its chain
 * only until an interaction that already has an earlier answer, so the whole history costs O(n).
 */
function firstAnswers(view: HistoryView): number[] | undefined {
  if (!view.threaded) return undefined;
  const { interactions: all, parent, roles, end } = view;
  const first = filled(all.length, 0);
  for (let i = 0; i < end; i++) {
    if ((all[i] as Interaction).direction !== 'outbound' || roles[i] === 'acknowledgement') continue;
    let up = parent[i] as number;
    for (let steps = 0; up >= 0 && first[up] === 0 && steps < all.length; steps++) {
      first[up] = i + 1;
      up = parent[up] as number;
    }
  }
  return first;
}

/**
 * Whether an unanswered message closes its case rather than asking something: a plain `message`
 * or `mention` (not a question, request or complaint) sent in reply to the business after its case
 * was resolved — the customer's closing "thanks". It needs no answer.
 */
function closesCase(view: HistoryView, i: number): boolean {
  const message = view.interactions[i] as Interaction;
  if (message.type !== 'message' && message.type !== 'mention') return false;
  const up = view.parent[i] as number;
  if (up < 0 || (view.interactions[up] as Interaction).direction !== 'outbound') return false;
  const c = casesOf(view).caseOf[i] as number;
  if (c === 0) return false;
  const resolvedAt = (casesOf(view).summaries[c - 1] as CaseSummary).resolvedAt;
  return resolvedAt !== undefined && resolvedAt <= message.at;
}
