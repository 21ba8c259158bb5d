import type { HistoryView } from '../../history/view.js';
import type { Interaction } from '../../model/interaction.js';
import { isPersonal } from './personal.js';

/**
 * What the value components read, gathered in one pass over the look-back window. Interactions are
 * given by position in the history.
 * @internal
 */
export interface ValueScan {
  readonly view: HistoryView;
  /** Inbound dialogue messages (request, question, complaint, …), in time order. */
  readonly messages: number[];
  /** Outbound interactions, in time order, with whether each was personal. */
  readonly outbound: number[];
  readonly outboundPersonal: boolean[];
  /** Inbound endorsements and contributions, in time order. */
  readonly contributions: number[];
  /** Outbound recognitions (reward, thank) that answer nothing in particular, in time order. */
  readonly recognitions: number[];
  /** Per position, 1 + the position of the earliest personal outbound reply to it; 0 for none (`undefined`: no reply at all). */
  readonly personalReply: Int32Array | undefined;
  /** Per position, 1 + the position of the earliest outbound recognition answering it (a thank-you for one contribution). */
  readonly targetedRecognition: Int32Array | undefined;
}

/**
 * One pass over `[asOf − window, asOf]` collecting what {@link personalResponse},
 * {@link personalTouch} and {@link acknowledgedContributions} need. O(n) in the window.
 * @internal
 */
export function scanValue(view: HistoryView): ValueScan {
  const { interactions: all, roles, parent, start, end } = view;
  const messages: number[] = [];
  const outbound: number[] = [];
  const outboundPersonal: boolean[] = [];
  const contributions: number[] = [];
  const recognitions: number[] = [];
  let personalReply: Int32Array | undefined;
  let targetedRecognition: Int32Array | undefined;
  for (let i = start; i < end; i++) {
    const interaction = all[i] as Interaction;
    const role = roles[i];
    if (interaction.direction === 'inbound') {
      if (role === 'dialogue') messages.push(i);
      else if (role === 'endorsement' || role === 'contribution') contributions.push(i);
      continue;
    }
    const personal = isPersonal(interaction, role);
    outbound.push(i);
    outboundPersonal.push(personal);
    if (interaction.inReplyTo === undefined) {
      if (role === 'recognition') recognitions.push(i);
      continue;
    }
    const target = parent[i] as number;
    if (target < 0) continue; // answers nothing in the history: nothing here asks for it
    if (personal) {
      personalReply ??= new Int32Array(all.length);
      if (personalReply[target] === 0) personalReply[target] = i + 1;
    }
    if (role === 'recognition') {
      targetedRecognition ??= new Int32Array(all.length);
      if (targetedRecognition[target] === 0) targetedRecognition[target] = i + 1;
    }
  }
  return {
    view,
    messages,
    outbound,
    outboundPersonal,
    contributions,
    recognitions,
    personalReply,
    targetedRecognition,
  };
}
