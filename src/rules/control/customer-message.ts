import type { HistoryView } from '../../history/view.js';
import type { Interaction } from '../../model/interaction.js';

/**
 * The customer's message an outbound interaction answers: its nearest inbound ancestor along the
 * `inReplyTo` chain, as a position, or −1 for proactive outbound (no inbound ancestor).
 *
 * @remarks
 * Validation rules out reply cycles; the walk is bounded by the history's size all the same.
 * O(depth of the thread).
 * @internal
 */
export function customerMessageOf(view: HistoryView, position: number): number {
  const { interactions: all, parent } = view;
  let up = parent[position] as number;
  for (let steps = 0; up >= 0 && steps <= all.length; steps++) {
    if ((all[up] as Interaction).direction === 'inbound') return up;
    up = parent[up] as number;
  }
  return -1;
}

/**
 * The customer's `preferredChannels` as a set, for O(1) look-ups however many they list. O(preferences).
 * @internal
 */
export function preferredSet(view: HistoryView): ReadonlySet<string> {
  const preferred = view.history.customer.preferredChannels;
  return preferred === undefined || preferred.length === 0 ? NO_PREFERENCES : new Set(preferred);
}

/** The set of a customer without preferences (most of them): one shared empty set. */
const NO_PREFERENCES: ReadonlySet<string> = new Set();
