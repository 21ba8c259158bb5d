import { EngagementInputError, type InputIssue } from '../model/errors.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';

/**
 * What {@link levelDistribution} counts: a level name, `null` (no level), anything with a
 * `level` field such as a {@link LevelClassification}, or anything whose `level` field is such a
 * classification (an {@link EngagementProfile}).
 *
 * @category Pyramid
 */
export type LevelLike =
  | PyramidLevel
  | null
  | { readonly level: PyramidLevel | null }
  | { readonly level: { readonly level: PyramidLevel | null } };

/**
 * One level's row in a {@link LevelDistribution}.
 *
 * @category Pyramid
 */
export interface LevelDistributionRow {
  readonly level: PyramidLevel;
  readonly rank: number;
  readonly count: number;
  /** `count / classified`, in [0, 1]; 0 when nobody is classified. */
  readonly share: number;
  /** Share of classified customers at this level or higher (1 for observing when anyone is classified). */
  readonly shareAtOrAbove: number;
}

/**
 * How a population spreads over the pyramid.
 *
 * @category Pyramid
 */
export interface LevelDistribution {
  /** Everything counted: `classified + unclassified`. */
  readonly total: number;
  /** Customers with a level. */
  readonly classified: number;
  /** Customers without a level (`null`), kept out of the shares. */
  readonly unclassified: number;
  /** The six levels, lowest first. */
  readonly levels: readonly LevelDistributionRow[];
}

const FN = 'levelDistribution';
const RANK_OF = new Map<string, number>(PYRAMID_LEVELS.map((level, index) => [level, index]));

/**
 * Counts customers per pyramid level, with each level's share of the classified customers.
 *
 * @remarks
 * `share = count / classified`, so the six shares sum to 1 (up to rounding) whenever anyone is
 * classified; customers without a level are counted in `unclassified` and left out of the shares
 * (all shares are 0 when nobody is classified). `shareAtOrAbove` is the cumulative share from the
 * top: "31% are contributing or higher". One pass, O(n), constant memory besides the result.
 *
 * @param levels - Any iterable (array, generator, the output of {@link scoreAll}) of level names,
 *   `null`s, {@link classifyLevel} results or profiles.
 * @returns The {@link LevelDistribution}.
 * @throws {@link EngagementInputError} `invalid-value` for an unknown level name and `invalid-type`
 *   for anything else, listing every bad item by its position.
 * @example
 * import { levelDistribution } from 'engagement-scoring';
 * const d = levelDistribution(['observing', 'following', 'following', { level: 'leading' }, null]);
 * [d.total, d.classified, d.unclassified] //=> [5, 4, 1]
 * d.levels.map((row) => row.count) //=> [1, 2, 0, 0, 0, 1]
 * d.levels[1] //=> { level: 'following', rank: 2, count: 2, share: 0.5, shareAtOrAbove: 0.75 }
 * @category Pyramid
 */
export function levelDistribution(levels: Iterable<LevelLike>): LevelDistribution {
  if (levels === null || typeof levels !== 'object' || typeof levels[Symbol.iterator] !== 'function') {
    throw new EngagementInputError(FN, [
      { path: [], code: 'invalid-type', message: `${FN}: expected an iterable of levels` },
    ]);
  }
  const counts = PYRAMID_LEVELS.map(() => 0);
  const issues: InputIssue[] = [];
  let unclassified = 0;
  let position = 0;
  for (const item of levels) {
    const level = levelOf(item);
    if (level === null) unclassified++;
    else {
      const index = typeof level === 'string' ? RANK_OF.get(level) : undefined;
      if (index === undefined) issues.push(issueFor(position, level));
      else counts[index] = (counts[index] as number) + 1;
    }
    position++;
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);
  let classified = 0;
  for (const count of counts) classified += count;
  const rows: LevelDistributionRow[] = [];
  let atOrAbove = classified;
  for (let i = 0; i < PYRAMID_LEVELS.length; i++) {
    const count = counts[i] as number;
    rows.push({
      level: PYRAMID_LEVELS[i] as PyramidLevel,
      rank: i + 1,
      count,
      share: classified === 0 ? 0 : count / classified,
      shareAtOrAbove: classified === 0 ? 0 : atOrAbove / classified,
    });
    atOrAbove -= count;
  }
  return { total: classified + unclassified, classified, unclassified, levels: rows };
}

function issueFor(position: number, level: unknown): InputIssue {
  if (typeof level === 'string') {
    return {
      path: [position],
      code: 'invalid-value',
      message: `${FN}: "${level.slice(0, 40)}" is not a pyramid level (${PYRAMID_LEVELS.join(', ')})`,
    };
  }
  return {
    path: [position],
    code: 'invalid-type',
    message: `${FN}: expected a level name, null, or an object with a level field`,
  };
}

function levelOf(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const level = (item as { level?: unknown }).level;
  return level !== null && typeof level === 'object' ? (level as { level?: unknown }).level : level;
}
