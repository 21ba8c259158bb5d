import { type CustomerHistory, compareInteractions } from '../history/customer-history.js';
import type { Interaction } from '../model/interaction.js';

/**
 * The distinct interaction ids in `ids`, in the history's order (time, then id).
 *
 * @remarks
 * Rules collect evidence component by component; a {@link RuleScore} lists it in time order.
 * Ids that are not in the history are dropped. O(k log k) for k ids.
 * @internal
 */
export function evidenceInTimeOrder(history: CustomerHistory, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const found: Interaction[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const interaction = history.byId.get(id);
    if (interaction !== undefined) found.push(interaction);
  }
  found.sort(compareInteractions);
  return found.map((interaction) => interaction.id);
}
