import { EngagementInputError, type InputIssue } from '../model/errors.js';
import type { LevelMovement, MovementDirection } from './level-movement.js';

/**
 * One customer's movement, as {@link levelMovers} takes and returns it.
 *
 * @category Pyramid
 */
export interface CustomerMovement {
  readonly customerId: string;
  readonly movement: LevelMovement;
}

/**
 * Options of {@link levelMovers}.
 *
 * @category Pyramid
 */
export interface LevelMoversOptions {
  /** Which directions count as moving (default `['up', 'down']`; add `'new'`, `'returning'` and `'lapsed'` for entries and exits). */
  readonly include?: readonly MovementDirection[] | undefined;
  /** Keep at most this many (a non-negative integer); default all. */
  readonly limit?: number | undefined;
}

const FN = 'levelMovers';
const DIRECTIONS: ReadonlySet<string> = new Set(['up', 'down', 'same', 'new', 'returning', 'lapsed']);
const DEFAULT_INCLUDE: ReadonlySet<string> = new Set(['up', 'down']);

/**
 * The customers who moved up or down the pyramid, biggest moves first.
 *
 * @remarks
 * Keeps the entries whose `movement.direction` is included (default up and down), ordered by
 * `movement.distance` descending, then by `customerId` in code-unit order (never the locale), then
 * input order — so the output is the same on every machine. Returns the input entries themselves,
 * in a new array; nothing is copied or changed. O(n log n).
 *
 * @param movements - `{ customerId, movement }` entries, `movement` from {@link levelMovement}.
 * @param options - `include` (directions) and `limit`.
 * @returns The movers, in order.
 * @throws {@link EngagementInputError} `invalid-type` for malformed entries (each listed by position)
 *   and `invalid-option` for a bad `include` or `limit`.
 * @example
 * import { levelMovers } from 'engagement-scoring';
 * const movers = levelMovers([
 *   { customerId: 'b', movement: { from: 'observing', to: 'endorsing', direction: 'up', distance: 2 } },
 *   { customerId: 'c', movement: { from: 'following', to: 'following', direction: 'same', distance: 0 } },
 *   { customerId: 'a', movement: { from: 'owning', to: 'following', direction: 'down', distance: 3 } },
 *   { customerId: 'd', movement: { from: 'following', to: 'endorsing', direction: 'up', distance: 1 } },
 * ]);
 * movers.map((m) => `${m.customerId} ${m.movement.direction} ${m.movement.distance}`) //=> ['a down 3', 'b up 2', 'd up 1']
 * @category Pyramid
 */
export function levelMovers(
  movements: Iterable<CustomerMovement>,
  options: LevelMoversOptions = {},
): CustomerMovement[] {
  const { include, limit } = readOptions(options);
  if (movements === null || typeof movements !== 'object' || typeof movements[Symbol.iterator] !== 'function') {
    throw new EngagementInputError(FN, [
      { path: [], code: 'invalid-type', message: `${FN}: expected an iterable of { customerId, movement }` },
    ]);
  }
  const kept: CustomerMovement[] = [];
  const issues: InputIssue[] = [];
  let position = 0;
  for (const entry of movements) {
    if (!isEntry(entry)) {
      issues.push({
        path: [position],
        code: 'invalid-type',
        message: `${FN}: expected { customerId: string, movement: { direction, distance } }`,
      });
    } else if (include.has(entry.movement.direction)) {
      kept.push(entry);
    }
    position++;
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);
  kept.sort(
    (a, b) =>
      b.movement.distance - a.movement.distance ||
      (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
  );
  return limit === undefined ? kept : kept.slice(0, limit);
}

function isEntry(entry: unknown): entry is CustomerMovement {
  if (entry === null || typeof entry !== 'object') return false;
  const { customerId, movement } = entry as { customerId?: unknown; movement?: unknown };
  if (typeof customerId !== 'string' || movement === null || typeof movement !== 'object') return false;
  const { direction, distance } = movement as { direction?: unknown; distance?: unknown };
  return (
    typeof direction === 'string' &&
    DIRECTIONS.has(direction) &&
    typeof distance === 'number' &&
    Number.isFinite(distance) &&
    distance >= 0
  );
}

function readOptions(options: LevelMoversOptions): { include: ReadonlySet<string>; limit: number | undefined } {
  const issues: InputIssue[] = [];
  const include = options?.include;
  const limit = options?.limit;
  if (include !== undefined && (!Array.isArray(include) || !include.every((d) => DIRECTIONS.has(d)))) {
    issues.push({
      path: ['include'],
      code: 'invalid-option',
      message: `${FN}: include must list directions among up, down, same, new, returning, lapsed`,
    });
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    issues.push({ path: ['limit'], code: 'invalid-option', message: `${FN}: limit must be a non-negative integer` });
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);
  return { include: include === undefined ? DEFAULT_INCLUDE : new Set(include), limit };
}
