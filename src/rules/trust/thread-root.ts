import type { Interaction } from '../../model/interaction.js';

/**
 * The id at the top of an interaction's `inReplyTo` chain (itself when it answers nothing in the
 * history), memoised in `memo`.
 *
 * @remarks
 * Iterative, so a long chain cannot overflow the stack; validation rules out loops, and the walk
 * stops anyway after as many steps as there are interactions. Amortised O(1) per call.
 * @internal
 */
export function threadRoot(id: string, byId: ReadonlyMap<string, Interaction>, memo: Map<string, string>): string {
  const path: string[] = [];
  let current = id;
  let root: string | undefined;
  while (root === undefined) {
    const known = memo.get(current);
    if (known !== undefined) {
      root = known;
      break;
    }
    path.push(current);
    const parent = byId.get(current)?.inReplyTo;
    if (parent === undefined || !byId.has(parent) || path.length > byId.size) root = current;
    else current = parent;
  }
  for (let i = 0; i < path.length; i++) memo.set(path[i] as string, root);
  return root;
}
