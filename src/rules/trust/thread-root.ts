/**
 * The position at the top of an interaction's `inReplyTo` chain (itself when it answers nothing in
 * the history), memoised in `memo` (per position, 1 + its root; 0 while unknown).
 *
 * @remarks
 * Iterative, so a long chain cannot overflow the stack; validation rules out loops, and the walk
 * stops anyway after as many steps as there are interactions. Amortised O(1) per call.
 * @internal
 */
export function threadRoot(position: number, parent: readonly number[], memo: number[]): number {
  let current = position;
  let root = -1;
  let steps = 0;
  while (root < 0) {
    const known = memo[current] as number;
    if (known !== 0) {
      root = known - 1;
      break;
    }
    steps++;
    const up = parent[current] as number;
    if (up < 0 || steps > parent.length) root = current;
    else current = up;
  }
  // Second walk: remember the root for every link passed.
  for (let link = position; memo[link] === 0 && steps > 0; steps--) {
    memo[link] = root + 1;
    const up = parent[link] as number;
    if (up < 0) break;
    link = up;
  }
  return root;
}
