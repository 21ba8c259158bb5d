import type { Interaction } from '../model/interaction.js';

/**
 * The ids of the first `cap` interactions marked in `marks` (position → non-zero), in history order
 * (time, then id): evidence marked by position, listed the way a `RuleScore` carries it. O(marks).
 * @internal
 */
export function markedIds(interactions: readonly Interaction[], marks: readonly number[], cap: number): string[] {
  const ids: string[] = new Array(Math.min(cap, countMarked(marks)));
  for (let i = 0, k = 0; k < ids.length; i++) {
    if (marks[i] !== 0) ids[k++] = (interactions[i] as Interaction).id;
  }
  return ids;
}

/** How many positions `marks` marks. O(marks). @internal */
export function countMarked(marks: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < marks.length; i++) if (marks[i] !== 0) count++;
  return count;
}
