import type { Duration } from 'date-fns';
import type { ScoringConfig } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { type HistoryView, historyView } from '../history/view.js';
import { DurationSchema, durationToMs } from '../model/duration.js';
import { EngagementInputError } from '../model/errors.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';
import { fromZodIssues } from '../model/zod-issues.js';
import { readRuleOptions } from '../rules/rule-score.js';
import type { ClassifyLevelOptions } from './classify-level.js';
import { type CompiledPyramid, type CompiledRule, compilePyramid } from './compile-rules.js';
import {
  checkAt,
  collectEvidence,
  consentView,
  firstGrant,
  followingAt,
  type LevelEvidence,
  oldestGrantInForce,
  overrideAt,
  sweep,
} from './level-evidence.js';

/**
 * How a customer's level changed: `up`, `down`, `same` (also when there was no level at either
 * moment), `new` (no level then nor ever before, a level now), `returning` (no level then, but a
 * level at some moment before it, and a level now) or `lapsed` (a level then, none now).
 *
 * @category Pyramid
 */
export type MovementDirection = 'up' | 'down' | 'same' | 'new' | 'returning' | 'lapsed';

/**
 * A customer's movement on the pyramid between `asOf − period` and `asOf`.
 *
 * @category Pyramid
 */
export interface LevelMovement {
  /** The level at `asOf − period`, or `null`. */
  readonly from: PyramidLevel | null;
  /** The level at `asOf`, or `null`. */
  readonly to: PyramidLevel | null;
  readonly direction: MovementDirection;
  /** How many ranks were crossed, ≥ 0 (no level counts as rank 0: `new` to following is 2). */
  readonly distance: number;
}

/**
 * Options of {@link levelMovement}: `asOf`, an optional configuration and an optional period.
 *
 * @category Pyramid
 */
export interface LevelMovementOptions extends ClassifyLevelOptions {
  /** How far back to compare, a date-fns `Duration` (default `config.pyramid.movementPeriod`, 90 days). */
  readonly period?: Duration | undefined;
}

const FN = 'levelMovement';
const FOLLOWING = 1;

/**
 * Compares a customer's pyramid level at `asOf` with their level one period earlier.
 *
 * @remarks
 * `from = classifyLevel(history, { asOf: asOf − period }).level`, `to` = the level at `asOf`, with
 * the same rules (override, evidence, consent). An override without a start date counts as in
 * force at both moments unless its `until` has passed. `distance = |rank(to) − rank(from)|` with
 * rank 0 for no level. Months and years in `period` use date-fns' average lengths, so the result
 * does not depend on the time zone. O(n) per level looked at (levels without a qualifying
 * interaction are skipped).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf`, an optional configuration and an optional `period`.
 * @returns The {@link LevelMovement}.
 * @throws {@link EngagementInputError} `invalid-as-of` for a missing `asOf`; `invalid-duration` (or
 *   `out-of-range` for a negative part) for a `period` that is not a positive date-fns Duration; and
 *   one issue per invalid configuration field.
 * @example
 * import { createHistory, levelMovement } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'web', kind: 'web' }],
 *   interactions: [
 *     { id: 'v1', customerId: 'c1', channel: 'web', at: '2026-01-10T00:00:00Z', direction: 'inbound', type: 'visit' },
 *     { id: 'r1', customerId: 'c1', channel: 'web', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'review' },
 *   ],
 * });
 * levelMovement(history, { asOf: '2026-06-01T00:00:00Z' })
 *   //=> { from: 'observing', to: 'endorsing', direction: 'up', distance: 2 }
 * levelMovement(history, { asOf: '2026-06-01T00:00:00Z', period: { days: 7 } }).direction //=> 'same'
 * @category Pyramid
 */
export function levelMovement(history: CustomerHistory, options: LevelMovementOptions): LevelMovement {
  const { asOf, config } = readRuleOptions(FN, history, options);
  const periodMs = options.period === undefined ? config.pyramid.movementPeriod : readPeriod(options.period);
  return levelMovementOf(historyView(history, asOf, config), config, periodMs);
}

/**
 * {@link levelMovement} over a {@link HistoryView} made with the same configuration; `now` is the
 * level index at `asOf` when already known (from {@link classifyLevel}), `evidence` the level
 * evidence when already collected. @internal
 */
export function levelMovementOf(
  view: HistoryView,
  config: ScoringConfig,
  periodMs: number,
  now?: number,
  evidence: LevelEvidence = collectEvidence(view, config),
): LevelMovement {
  const pyramid = compilePyramid(config);
  const then = levelIndexAt(view, evidence, pyramid, view.asOf - periodMs);
  const to = now ?? levelIndexAt(view, evidence, pyramid, view.asOf);
  let direction = directionOf(then, to);
  if (direction === 'new' && hadLevelBefore(view, evidence, pyramid, view.asOf - periodMs)) direction = 'returning';
  return {
    from: then >= 0 ? (PYRAMID_LEVELS[then] as PyramidLevel) : null,
    to: to >= 0 ? (PYRAMID_LEVELS[to] as PyramidLevel) : null,
    direction,
    distance: Math.abs(to - then),
  };
}

/**
 * Whether the customer held any level at some moment before `t`: a level rule that first held
 * before `t` (a sweep of its evidence), a qualifying consent grant before `t`, or an override
 * from before `t`. Only asked for customers who look `new`.
 */
function hadLevelBefore(view: HistoryView, evidence: LevelEvidence, pyramid: CompiledPyramid, t: number): boolean {
  const override = view.history.customer.levelOverride;
  if (override !== undefined && PYRAMID_LEVELS.indexOf(override.level) >= 0 && override.until !== undefined) {
    // An override that ended by `t` was in force before it.
    if (override.until <= t) return true;
  }
  for (let l = 0; l < pyramid.rules.length; l++) {
    const firstAt = sweep(evidence, l, pyramid.rules[l] as CompiledRule).firstAt;
    if (firstAt !== undefined && firstAt < t) return true;
  }
  const grant = firstGrant(consentView(view, pyramid));
  return grant !== undefined && grant.at < t;
}

function directionOf(then: number, now: number): MovementDirection {
  if (then < 0 && now >= 0) return 'new';
  if (then >= 0 && now < 0) return 'lapsed';
  return now > then ? 'up' : now < then ? 'down' : 'same';
}

/** The level index (rank − 1, −1 for none) at moment `t`, by the rules of {@link classifyLevel}. */
function levelIndexAt(view: HistoryView, evidence: LevelEvidence, pyramid: CompiledPyramid, t: number): number {
  const override = overrideAt(view.history, t, PYRAMID_LEVELS);
  if (override >= 0) return override;
  for (let l = pyramid.rules.length - 1; l >= 0; l--) {
    if (l === FOLLOWING - 1 && oldestGrantInForce(consentView(view, pyramid), t) !== undefined) return FOLLOWING;
    const rule = pyramid.rules[l] as CompiledRule;
    // Following needs permission standing at t (a withdrawal since ends it).
    if ((l === FOLLOWING ? followingAt(view, evidence, l, rule, t) : checkAt(evidence, l, rule, t)).holds) return l;
  }
  return -1;
}

function readPeriod(period: unknown): number {
  const parsed = DurationSchema.safeParse(period);
  if (!parsed.success) throw new EngagementInputError(FN, fromZodIssues(FN, parsed.error.issues, ['period'], period));
  const ms = durationToMs(parsed.data);
  if (!(ms > 0) || !Number.isFinite(ms)) {
    throw new EngagementInputError(FN, [
      { path: ['period'], code: 'invalid-duration', message: `${FN}: period must be longer than zero` },
    ]);
  }
  return ms;
}
