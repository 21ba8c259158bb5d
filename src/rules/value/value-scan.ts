import type { HistoryView } from '../../history/view.js';
import { filled } from '../../internal/filled.js';
import type { Interaction } from '../../model/interaction.js';
import { isPersonal } from './personal.js';

/**
 * The replies the value components look up, found in one pass over the look-back window: per
 * position, 1 + the position of the earliest reply of a kind in the window, 0 for none.
 * @internal
 */
export interface ValueScan {
  readonly view: HistoryView;
  /** Earliest personal outbound answer anywhere below each position in its thread (`undefined`: none at all). */
  readonly personalReply: number[] | undefined;
  /** Earliest outbound recognition answering each position, a thank-you for one contribution (`undefined`: none at all). */
  readonly targetedRecognition: number[] | undefined;
}

/**
 * One pass over `[asOf − window, asOf]` finding the replies {@link personalResponse} and
 * {@link acknowledgedContributions} look up; without reply links, none. O(n) in the window.
 * @internal
 */
export function scanValue(view: HistoryView): ValueScan {
  const { interactions: all, roles, parent, start, end } = view;
  let personalReply: number[] | undefined;
  let targetedRecognition: number[] | undefined;
  for (let i = view.threaded ? start : end; i < end; i++) {
    const target = parent[i] as number;
    if (target < 0) continue; // answers nothing in the history: nothing here asks for it
    const interaction = all[i] as Interaction;
    if (interaction.direction !== 'outbound') continue;
    const role = roles[i];
    if (isPersonal(interaction, role)) {
      // A personal answer anywhere below a message answers it: climb until an earlier one is known.
      personalReply ??= filled(all.length, 0);
      for (let up = target, steps = 0; up >= 0 && personalReply[up] === 0 && steps < all.length; steps++) {
        personalReply[up] = i + 1;
        up = parent[up] as number;
      }
    }
    if (role === 'recognition') {
      targetedRecognition ??= filled(all.length, 0);
      if (targetedRecognition[target] === 0) targetedRecognition[target] = i + 1;
    }
  }
  return { view, personalReply, targetedRecognition };
}

/** Whether the interaction at `i` is an outbound recognition (reward, thank) that answers nothing in particular. @internal */
export function isLoyaltyRecognition(view: HistoryView, i: number): boolean {
  const interaction = view.interactions[i] as Interaction;
  return view.roles[i] === 'recognition' && interaction.direction === 'outbound' && interaction.inReplyTo === undefined;
}
