import type { ScoringConfig } from '../config/scoring-config.js';
import { activeGrants, type ConsentEvent, consentTimeline } from '../history/consent.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { memoize } from '../history/memo.js';
import type { Interaction } from '../model/interaction.js';
import { type CompiledPyramid, type CompiledRule, compilePyramid } from './compile-rules.js';

/** One level's qualifying inbound interactions up to `asOf`, in time order, as parallel arrays. @internal */
export interface LevelBucket {
  readonly at: number[];
  readonly ids: string[];
  /** `prefix[k]` = total amount of the first `k` interactions (missing amounts count 0). */
  readonly prefix: number[];
}

/**
 * One pass over the history: every inbound interaction at or before `asOf` goes into the bucket of
 * each level its type qualifies for. O(n).
 * @internal
 */
export function collectEvidence(history: CustomerHistory, asOf: number, config: ScoringConfig): readonly LevelBucket[] {
  // classifyLevel and levelMovement both need the buckets: derive them once per history, asOf and configuration.
  return memoize(history, 'pyramidEvidence', asOf, config, computeEvidence);
}

function computeEvidence(history: CustomerHistory, asOf: number, config: ScoringConfig): LevelBucket[] {
  const pyramid = compilePyramid(config);
  const buckets: LevelBucket[] = [];
  for (let l = 0; l < pyramid.rules.length; l++) buckets.push({ at: [], ids: [], prefix: [0] });
  const all = history.interactions;
  for (let i = 0; i < all.length; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.at > asOf) break;
    if (interaction.direction !== 'inbound') continue;
    const mask = pyramid.levelsOfType.get(interaction.type);
    if (mask === undefined) continue;
    for (let l = 0; l < buckets.length; l++) {
      if ((mask & (1 << l)) === 0) continue;
      const bucket = buckets[l] as LevelBucket;
      bucket.at.push(interaction.at);
      bucket.ids.push(interaction.id);
      bucket.prefix.push((bucket.prefix[bucket.prefix.length - 1] as number) + (interaction.amount ?? 0));
    }
  }
  return buckets;
}

/**
 * Whether `count` interactions totalling `sum` meet a rule. Amounts are compared with a relative
 * tolerance of 1e-9 so that 0.1 + 0.2 reaches 0.3.
 * @internal
 */
function meets(rule: CompiledRule, count: number, sum: number, scale: number): boolean {
  if (count < rule.minCount) return false;
  return rule.minAmount === undefined || sum + 1e-9 * scale >= rule.minAmount;
}

function toleranceScale(rule: CompiledRule, bucket: LevelBucket): number {
  return Math.max(1, rule.minAmount ?? 0, bucket.prefix[bucket.prefix.length - 1] as number);
}

/** Index of the first value `>= t` (`strict`: `> t`) in a sorted array. @internal */
export function lowerBound(values: readonly number[], t: number, strict = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid] as number;
    if (v < t || (strict && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The bucket's interactions inside the window `[t − window, t]`: index range and whether they meet the rule. @internal */
export interface WindowCheck {
  readonly holds: boolean;
  readonly from: number;
  readonly to: number;
}

/** Checks a level's rule at moment `t` (binary search, O(log n)). @internal */
export function checkAt(bucket: LevelBucket, rule: CompiledRule, t: number): WindowCheck {
  const from = lowerBound(bucket.at, t - rule.windowMs);
  const to = lowerBound(bucket.at, t, true);
  const sum = (bucket.prefix[to] as number) - (bucket.prefix[from] as number);
  return { holds: meets(rule, to - from, sum, toleranceScale(rule, bucket)), from, to };
}

/** When a level's rule first held, and when its latest unbroken stretch began. @internal */
export interface LevelSweep {
  /** First moment the rule held, or `undefined` if it never did up to `t`. */
  readonly firstAt: number | undefined;
  /** Start of the latest stretch during which the rule held without a break (meaningful when it holds at `t`). */
  readonly runStart: number | undefined;
}

/**
 * Sweeps a level's interactions up to `t` with a sliding window (two pointers, O(k)).
 *
 * @remarks
 * Between two interactions the window only loses interactions, so the rule can only start to hold
 * at an interaction's time `e`, and it broke somewhere before `e` exactly when the interactions in
 * `[e − window, e)` do not meet it. `firstAt` is the first `e` where `[e − window, e]` meets the
 * rule; `runStart` the last `e` where `[e − window, e)` does not.
 * @internal
 */
export function sweep(bucket: LevelBucket, rule: CompiledRule, t: number): LevelSweep {
  const { at, prefix } = bucket;
  const end = lowerBound(at, t, true);
  const scale = toleranceScale(rule, bucket);
  let firstAt: number | undefined;
  let runStart: number | undefined;
  let lo = 0;
  let j = 0;
  while (j < end) {
    const e = at[j] as number;
    let k = j + 1;
    while (k < end && at[k] === e) k++;
    while ((at[lo] as number) < e - rule.windowMs) lo++;
    if (!meets(rule, j - lo, (prefix[j] as number) - (prefix[lo] as number), scale)) runStart = e;
    if (firstAt === undefined && meets(rule, k - lo, (prefix[k] as number) - (prefix[lo] as number), scale)) {
      firstAt = e;
    }
    j = k;
  }
  return { firstAt, runStart };
}

/** The consent events that can make a customer `following`: grants for a qualifying purpose. @internal */
export interface ConsentView {
  readonly timeline: readonly ConsentEvent[];
  readonly purposes: ReadonlySet<string>;
  readonly channels: CustomerHistory['channels'];
}

/** The consent timeline up to `asOf` (one more pass over the history, only when consent can matter). @internal */
export function consentView(
  history: CustomerHistory,
  asOf: number,
  config: ScoringConfig,
  pyramid: CompiledPyramid,
): ConsentView {
  const timeline = pyramid.consentPurposes.size === 0 ? [] : consentTimeline(history, { asOf, config });
  return { timeline, purposes: pyramid.consentPurposes, channels: history.channels };
}

/** Qualifying grants still in force at `t` (`t` ≤ the timeline's `asOf`), in the order given. @internal */
export function grantsInForce(view: ConsentView, t: number): ConsentEvent[] {
  const { timeline } = view;
  let end = 0;
  while (end < timeline.length && (timeline[end] as ConsentEvent).at <= t) end++;
  const cut = end === timeline.length ? timeline : timeline.slice(0, end);
  return activeGrants(cut, view.channels).filter((grant) => view.purposes.has(grant.purpose));
}

/** The first qualifying grant in the timeline, if any. @internal */
export function firstGrant(view: ConsentView): ConsentEvent | undefined {
  return view.timeline.find((event) => event.granted && view.purposes.has(event.purpose));
}

/** The override's level index (rank − 1) if it is in force at `t`, else −1. @internal */
export function overrideAt(history: CustomerHistory, t: number, levels: readonly string[]): number {
  const override = history.customer.levelOverride;
  if (override === undefined) return -1;
  if (override.until !== undefined && override.until <= t) return -1;
  return levels.indexOf(override.level);
}
