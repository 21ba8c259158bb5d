import type { Interaction } from '../model/interaction.js';

/**
 * The ids of the interactions marked in `marks` (index → non-zero), in history order (time, then
 * id): evidence marked by position, listed the way a `RuleScore` carries it. O(marks).
 * @internal
 */
export function markedIds(interactions: readonly Interaction[], marks: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i] !== 0) out.push((interactions[i] as Interaction).id);
  return out;
}
