import type { Interaction } from '../model/interaction.js';

/**
 * The ids of the interactions marked in `marks` (index → non-zero), in history order (time, then
 * id). Turns evidence marked by position into the time-ordered list a `RuleScore` carries. O(marks).
 * @internal
 */
export function markedIds(interactions: readonly Interaction[], marks: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i] !== 0) out.push((interactions[i] as Interaction).id);
  return out;
}

/**
 * The ids in `used`, in the order of `interactions` (time, then id), looking at the first `end`.
 * Turns evidence collected in any order into the time-ordered list a `RuleScore` carries. O(end).
 * @internal
 */
export function timeOrderedIds(interactions: readonly Interaction[], end: number, used: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (used.size === 0) return out;
  for (let i = 0; i < end; i++) {
    const id = (interactions[i] as Interaction).id;
    if (used.has(id)) out.push(id);
  }
  return out;
}
