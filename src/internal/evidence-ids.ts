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
  const found: Interaction[] = [];
  // Repeats are dropped (first kept): by scanning back on short lists, with a Set on long ones.
  const seen = ids.length > 32 ? new Set<string>() : undefined;
  let ordered = true;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (seen === undefined ? ids.indexOf(id) !== i : seen.has(id)) continue;
    seen?.add(id);
    const interaction = history.byId.get(id);
    if (interaction === undefined) continue;
    const previous = found[found.length - 1];
    if (previous !== undefined && compareInteractions(previous, interaction) > 0) ordered = false;
    found.push(interaction);
  }
  if (!ordered) found.sort(compareInteractions);
  const out: string[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) out[i] = (found[i] as Interaction).id;
  return out;
}
