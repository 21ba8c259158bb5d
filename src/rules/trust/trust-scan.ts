import type { HistoryView } from '../../history/view.js';
import { filled } from '../../internal/filled.js';
import type { Interaction } from '../../model/interaction.js';

/**
 * What the trust components look up, found in one pass over the look-back window.
 * @internal
 */
export interface TrustScan {
  readonly view: HistoryView;
  /**
   * Per position, 1 + the position of the latest interaction in the window answering it with a
   * `fulfilled` / `broken` outcome; 0 for none (`undefined`: no such outcome at all).
   */
  readonly promiseOutcome: number[] | undefined;
}

/**
 * One pass over `[asOf − window, asOf]` finding the outcomes recorded on answers, which
 * {@link promiseKeeping} reads; without reply links, none. O(n) in the window.
 * @internal
 */
export function scanTrust(view: HistoryView): TrustScan {
  const { interactions: all, roles, parent, start, end } = view;
  let promiseOutcome: number[] | undefined;
  for (let i = view.threaded ? start : end; i < end; i++) {
    const target = parent[i] as number;
    if (target < 0) continue;
    const interaction = all[i] as Interaction;
    const outcome = interaction.outcome;
    if (outcome !== 'fulfilled' && outcome !== 'broken') continue;
    // A promise's own outcome is its own, even when it answers an earlier promise.
    if (interaction.direction === 'outbound' && roles[i] === 'commitment') continue;
    promiseOutcome ??= filled(all.length, 0);
    promiseOutcome[target] = i + 1; // in time order: the latest wins
  }
  return { view, promiseOutcome };
}

/** Whether the interaction at `i` is an inbound complaint (`config.trust.complaintTypes`). @internal */
export function isComplaint(view: HistoryView, i: number, complaintTypes: readonly string[]): boolean {
  const interaction = view.interactions[i] as Interaction;
  return interaction.direction === 'inbound' && complaintTypes.includes(interaction.type);
}
