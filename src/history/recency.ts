/**
 * The recency weight of something that happened at `at`, seen from `asOf`.
 *
 * @remarks
 * `0.5 ^ ((asOf − at) / halfLife)`: 1 at `asOf`, 0.5 one half-life earlier, 0.25 two half-lives
 * earlier. An event after `asOf` has weight 0 (it has not happened yet). O(1).
 *
 * @param at - When it happened, epoch ms.
 * @param asOf - The moment of scoring, epoch ms.
 * @param halfLifeMs - The half-life in ms (> 0).
 * @returns A weight in [0, 1].
 * @internal
 */
export function recencyWeight(at: number, asOf: number, halfLifeMs: number): number {
  if (at > asOf) return 0;
  return 0.5 ** ((asOf - at) / halfLifeMs);
}
