import { filled } from '../internal/filled.js';
import type { Interaction } from '../model/interaction.js';
import { responseTargetMs } from './response-target.js';
import type { DialogueMessage } from './threads.js';
import type { HistoryView } from './view.js';

/** The dialogue messages of the window, with positions in the history. @internal */
export interface MessageThreads {
  readonly messages: readonly DialogueMessage[];
  /** Position of each message. */
  readonly positions: readonly number[];
  /** Position of each message's first reply, −1 when unanswered. */
  readonly replies: readonly number[];
}

/** Builds {@link MessageThreads}: one pass over the window after one over the replies. O(n). @internal */
export function computeMessages(view: HistoryView): MessageThreads {
  const { history, interactions: all, roles, start, end, asOf, config } = view;
  let count = 0;
  for (let i = start; i < end; i++)
    if (roles[i] === 'dialogue' && (all[i] as Interaction).direction === 'inbound') count++;
  const messages: DialogueMessage[] = new Array(count);
  const positions: number[] = new Array(count);
  const replies: number[] = new Array(count);
  if (count === 0) return { messages, positions, replies };
  const firstReply = firstReplies(view);
  for (let i = start, m = 0; m < count; i++) {
    const message = all[i] as Interaction;
    if (message.direction !== 'inbound' || roles[i] !== 'dialogue') continue;
    const channel = history.channels.get(message.channel);
    const targetMs =
      channel === undefined ? Number.POSITIVE_INFINITY : responseTargetMs(channel, config.responseTargets);
    const reply = firstReply === undefined ? -1 : (firstReply[i] as number) - 1;
    positions[m] = i;
    replies[m] = reply;
    if (reply >= 0) {
      const firstReply = all[reply] as Interaction;
      const responseMs = Math.max(0, firstReply.at - message.at);
      messages[m++] = {
        message,
        firstReply,
        targetMs,
        responseMs,
        status: responseMs <= targetMs ? 'on-time' : 'late',
      };
    } else {
      messages[m++] = {
        message,
        firstReply: undefined,
        targetMs,
        responseMs: undefined,
        status: asOf - message.at > targetMs ? 'unanswered' : 'pending',
      };
    }
  }
  return { messages, positions, replies };
}

/** Per position, 1 + the position of its earliest outbound reply at or before `asOf`; `undefined` without replies. */
function firstReplies(view: HistoryView): number[] | undefined {
  if (!view.threaded) return undefined;
  const { interactions: all, parent, end } = view;
  const first = filled(all.length, 0);
  for (let i = 0; i < end; i++) {
    const target = parent[i] as number;
    if (target >= 0 && first[target] === 0 && (all[i] as Interaction).direction === 'outbound') first[target] = i + 1;
  }
  return first;
}
