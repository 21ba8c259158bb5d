import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { type HistoryView, historyView } from '../history/view.js';
import type { TimestampInput } from '../model/timestamp.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';
import { EVIDENCE_CAP, readRuleOptions } from '../rules/rule-score.js';
import { type CompiledRule, compilePyramid } from './compile-rules.js';
import {
  bucketIds,
  checkAt,
  collectEvidence,
  consentView,
  firstGrant,
  grantIdsInForce,
  type LevelEvidence,
  oldestGrantInForce,
  overrideAt,
  sweep,
  type WindowCheck,
} from './level-evidence.js';

/**
 * Options of {@link classifyLevel}: the moment to classify at and an optional configuration.
 *
 * @category Pyramid
 */
export interface ClassifyLevelOptions {
  /** The moment to classify at; interactions after it are ignored. Required: nothing reads the clock. */
  readonly asOf: TimestampInput;
  /** A partial configuration (see `config.pyramid`), or one from {@link resolveConfig}. */
  readonly config?: ScoringConfigInput | ScoringConfig | undefined;
}

/**
 * Why a customer has their level: a manual `override`, interactions (`evidence`), an active
 * granted `consent` (following only), or `none` (no level).
 *
 * @category Pyramid
 */
export type LevelReason = 'override' | 'evidence' | 'consent' | 'none';

/**
 * A customer's place on the Engagement Pyramid at one moment. Plain, JSON-serialisable data.
 *
 * @category Pyramid
 */
export interface LevelClassification {
  /** The level, or `null` when nothing qualifies. */
  readonly level: PyramidLevel | null;
  /** 1 (observing) to 6 (leading); 0 without a level. */
  readonly rank: number;
  readonly reason: LevelReason;
  /**
   * Ids of the interactions inside the level's window that qualified it, in time order — the most
   * recent {@link EVIDENCE_CAP} when there are more. For `consent`, the `opt-in` interactions among
   * the grants in force (consent records on the customer have no id); empty for `override` and `none`.
   */
  readonly evidence: readonly string[];
  /** How many ids `evidence` had before capping. */
  readonly evidenceCount: number;
  /**
   * Start of the current unbroken stretch during which the level's rule has held (epoch ms); for
   * consent, the oldest grant still in force. `null` for `override` (it carries no start) and `none`.
   */
  readonly reachedAt: number | null;
  /** The highest level ever reached up to `asOf` (never below `level`), or `null`. */
  readonly peak: PyramidLevel | null;
  /** Rank of `peak`, 0 when `null`. */
  readonly peakRank: number;
  /** When `peak` was first reached (epoch ms); `null` without a peak or when only an override reached it. */
  readonly peakAt: number | null;
  /** The level from evidence and consent alone, before any override (equals `level` without one). */
  readonly computedLevel: PyramidLevel | null;
}

const FN = 'classifyLevel';
const FOLLOWING = 1;

/**
 * Places one customer on the Engagement Pyramid (observing, following, endorsing, contributing,
 * owning, leading) at `asOf`, with the evidence, when the level was reached, and the peak.
 *
 * @remarks
 * A level's rule holds at a moment `t` when at least `minCount` inbound interactions qualifying for
 * it fall in `[t − window, t]` (and, with `minAmount`, their amounts total at least that). An
 * interaction qualifies for a level when its type is in `levelRules[level].types` or
 * `config.typeRoles` maps it to the level's role. Defaults: the standard vocabulary, `minCount` 1,
 * window 365 days (owning and leading 730), no `minAmount`.
 *
 * - `level`: an active `customer.levelOverride` (no `until`, or `until > asOf`) wins, reason
 *   `override`. Otherwise the highest level whose rule holds at `asOf` (reason `evidence`); failing
 *   that, `following` when a consent for one of `config.pyramid.followingConsentPurposes` (default
 *   marketing) is granted and in force at `asOf` (reason `consent`); else `null` (reason `none`).
 * - `peak`: the highest level whose rule held at any moment up to `asOf` — every window-length span
 *   of the history is tried, windows are not anchored at `asOf` — or `following` if a qualifying
 *   consent was ever granted, or the override's level (an override carries no start date, so it
 *   counts as in force at every moment before its `until`). Hence `peakRank ≥ rank`.
 *
 * Levels are checked independently: a customer with a purchase and no page view is contributing.
 * O(n) per level looked at (one pass marks what qualifies for each level; checking and sweeping a
 * level walk the history once more, and levels without a qualifying interaction are skipped); the
 * consent timeline is read only when it can change the answer (level below endorsing).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional configuration.
 * @returns The {@link LevelClassification}.
 * @throws {@link EngagementInputError} `invalid-as-of` when `asOf` is missing or not an instant,
 *   and one issue per invalid configuration field (paths under `config`).
 * @example
 * import { classifyLevel, createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'web', kind: 'web' }, { id: 'shop', kind: 'in-person' }],
 *   interactions: [
 *     { id: 'v1', customerId: 'c1', channel: 'web', at: '2026-01-10T00:00:00Z', direction: 'inbound', type: 'visit' },
 *     { id: 'p1', customerId: 'c1', channel: 'shop', at: '2026-03-01T00:00:00Z', direction: 'inbound', type: 'purchase', amount: 40 },
 *   ],
 * });
 * const result = classifyLevel(history, { asOf: '2026-06-01T00:00:00Z' });
 * [result.level, result.rank, result.reason, result.evidence] //=> ['contributing', 4, 'evidence', ['p1']]
 * new Date(result.reachedAt).toISOString() //=> '2026-03-01T00:00:00.000Z'
 *
 * // Two years on, every window has emptied: no level now, but the peak remains.
 * const later = classifyLevel(history, { asOf: '2028-06-01T00:00:00Z' });
 * [later.level, later.peak, later.peakRank] //=> [null, 'contributing', 4]
 * @category Pyramid
 */
export function classifyLevel(history: CustomerHistory, options: ClassifyLevelOptions): LevelClassification {
  const { asOf, config } = readRuleOptions(FN, options);
  return classifyLevelOf(historyView(history, asOf, config), config);
}

/**
 * {@link classifyLevel} over a {@link HistoryView} made with the same configuration, and the
 * level evidence collected from it (collected here when not given). @internal
 */
export function classifyLevelOf(
  view: HistoryView,
  config: ScoringConfig,
  evidenceOf: LevelEvidence = collectEvidence(view, config),
): LevelClassification {
  const asOf = view.asOf;
  const pyramid = compilePyramid(config);
  const rules = pyramid.rules;

  // The level from evidence: the highest rule that holds at asOf.
  let index = -1;
  let check: WindowCheck | undefined;
  for (let l = rules.length - 1; l >= 0 && index < 0; l--) {
    const c = checkAt(evidenceOf, l, rules[l] as CompiledRule, asOf);
    if (c.holds) {
      index = l;
      check = c;
    }
  }
  // The peak from evidence: the highest rule that ever held; sweeping the current level also gives reachedAt.
  let peakIndex = -1;
  let peakAt: number | null = null;
  let reachedAt: number | null = null;
  for (let l = rules.length - 1; l >= 0; l--) {
    const s = sweep(evidenceOf, l, rules[l] as CompiledRule);
    if (l === index) reachedAt = s.runStart ?? null;
    if (s.firstAt !== undefined && peakIndex < 0) {
      peakIndex = l;
      peakAt = s.firstAt;
    }
    // Once the peak is known and the current level swept, lower levels cannot change anything.
    if (peakIndex >= 0 && (index < 0 || l <= index)) break;
  }

  let reason: LevelReason = index >= 0 ? 'evidence' : 'none';
  let evidence: string[] = [];
  let evidenceCount = 0;
  if (check !== undefined) {
    evidence = bucketIds(evidenceOf, index, Math.max(check.from, check.to - EVIDENCE_CAP), check.to);
    evidenceCount = check.to - check.from;
  }

  // Consent can only matter while the level is below endorsing.
  if (index <= FOLLOWING) {
    const consent = consentView(view, pyramid);
    const oldest = oldestGrantInForce(consent, asOf);
    if (oldest !== undefined) {
      const since = oldest.at;
      if (index < FOLLOWING) {
        index = FOLLOWING;
        reason = 'consent';
        const ids = grantIdsInForce(consent, asOf);
        evidence = ids.length > EVIDENCE_CAP ? ids.slice(ids.length - EVIDENCE_CAP) : ids;
        evidenceCount = ids.length;
        reachedAt = since;
      } else {
        reachedAt = Math.min(reachedAt ?? since, since);
      }
    }
    const first = firstGrant(consent);
    if (first !== undefined && peakIndex <= FOLLOWING) {
      peakAt = peakIndex < FOLLOWING ? first.at : Math.min(peakAt ?? first.at, first.at);
      peakIndex = FOLLOWING;
    }
  }

  const computedLevel = index >= 0 ? (PYRAMID_LEVELS[index] as PyramidLevel) : null;
  const override = view.history.customer.levelOverride;
  if (override !== undefined) {
    const overrideIndex = PYRAMID_LEVELS.indexOf(override.level);
    if (overrideIndex > peakIndex) {
      peakIndex = overrideIndex;
      peakAt = null;
    }
    if (overrideAt(view.history, asOf, PYRAMID_LEVELS) >= 0) {
      index = overrideIndex;
      reason = 'override';
      evidence = [];
      evidenceCount = 0;
      reachedAt = null;
    }
  }

  return {
    level: index >= 0 ? (PYRAMID_LEVELS[index] as PyramidLevel) : null,
    rank: index + 1,
    reason,
    evidence,
    evidenceCount,
    reachedAt: index >= 0 ? reachedAt : null,
    peak: peakIndex >= 0 ? (PYRAMID_LEVELS[peakIndex] as PyramidLevel) : null,
    peakRank: peakIndex + 1,
    peakAt,
    computedLevel,
  };
}
