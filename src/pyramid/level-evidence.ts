import type { ScoringConfig } from '../config/scoring-config.js';
import { type ConsentEvent, ConsentStanding, eventsUpTo } from '../history/consent.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { consentTimelineOf, type HistoryView } from '../history/view.js';
import { filled } from '../internal/filled.js';
import type { Interaction } from '../model/interaction.js';
import { type CompiledPyramid, type CompiledRule, compilePyramid } from './compile-rules.js';

/**
 * The interactions that can qualify a level, up to `asOf`: per position, the levels its inbound
 * interaction qualifies for. A level's "bucket" is the positions with its bit set, in time order.
 * @internal
 */
export interface LevelEvidence {
  readonly interactions: readonly Interaction[];
  /** Per position up to `asOf`: bit `l` set when the interaction qualifies for level index `l`. */
  readonly masks: readonly number[];
  /** The levels with at least one qualifying interaction (bit `l` for level index `l`). */
  readonly present: number;
}

/**
 * One pass over the history up to `asOf`: the levels each inbound interaction qualifies for.
 * Scoring a customer collects it once and hands it to classification and movement. O(n).
 * @internal
 */
export function collectEvidence(view: HistoryView, config: ScoringConfig): LevelEvidence {
  const pyramid = compilePyramid(config);
  const all = view.interactions;
  const masks = filled(view.end, 0);
  let present = 0;
  for (let i = 0; i < masks.length; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.direction !== 'inbound') continue;
    const mask = pyramid.levelsOfType.get(interaction.type);
    if (mask === undefined) continue;
    masks[i] = mask;
    present |= mask;
  }
  return { interactions: all, masks, present };
}

/**
 * Whether `count` interactions totalling `sum` meet a rule, `sum` being a difference of running
 * totals compared within `tolerance` (see {@link amountTolerance}).
 */
function meets(rule: CompiledRule, count: number, sum: number, tolerance: number): boolean {
  if (count < rule.minCount) return false;
  return rule.minAmount === undefined || sum + tolerance >= rule.minAmount;
}

/**
 * How far below its threshold a level's amount may fall and still meet it: 1e-9 of the threshold
 * (so that 0.1 + 0.2 reaches 0.3), plus the rounding a difference of running totals can carry —
 * at most `2 · n · ε` of the bucket's total over `n` amounts. The second term keeps a huge amount
 * outside the window from lending its size to the tolerance of a small sum inside it.
 */
function amountTolerance(evidence: LevelEvidence, level: number, rule: CompiledRule): number {
  if (rule.minAmount === undefined) return 0; // only a threshold reads it
  const { interactions: all, masks } = evidence;
  const bit = 1 << level;
  let total = 0;
  let n = 0;
  for (let i = 0; i < masks.length; i++) {
    if (((masks[i] as number) & bit) === 0) continue;
    total += Math.abs((all[i] as Interaction).amount ?? 0);
    n++;
  }
  return 1e-9 * Math.max(1, rule.minAmount) + 2 * n * Number.EPSILON * total;
}

/** A level's bucket inside the window `[t − window, t]`: its index range (`from` to `to`) and whether it meets the rule. @internal */
export interface WindowCheck {
  readonly holds: boolean;
  readonly from: number;
  readonly to: number;
}

const NEVER: WindowCheck = { holds: false, from: 0, to: 0 };

/**
 * Checks a level's rule at moment `t`: the bucket's interactions in `[t − window, t]` and their
 * amounts (as differences of running totals). O(n).
 * @internal
 */
export function checkAt(evidence: LevelEvidence, level: number, rule: CompiledRule, t: number): WindowCheck {
  const bit = 1 << level;
  if ((evidence.present & bit) === 0) return NEVER; // minCount ≥ 1: an empty bucket never meets a rule
  const { interactions: all, masks } = evidence;
  const low = t - rule.windowMs;
  let from = 0;
  let to = 0;
  let sumFrom = 0;
  let sumTo = 0;
  for (let i = 0; i < masks.length; i++) {
    if (((masks[i] as number) & bit) === 0) continue;
    const interaction = all[i] as Interaction;
    if (interaction.at > t) break;
    const amount = interaction.amount ?? 0;
    if (interaction.at < low) {
      from++;
      sumFrom += amount;
    }
    to++;
    sumTo += amount;
  }
  const holds = meets(rule, to - from, sumTo - sumFrom, amountTolerance(evidence, level, rule));
  return { holds, from, to };
}

/** Ids of a level's bucket entries `from` to `to` (indices within the bucket), in time order. @internal */
export function bucketIds(evidence: LevelEvidence, level: number, from: number, to: number): string[] {
  const { interactions: all, masks } = evidence;
  const bit = 1 << level;
  const ids: string[] = [];
  for (let i = 0, k = 0; i < masks.length && k < to; i++) {
    if (((masks[i] as number) & bit) === 0) continue;
    if (k >= from) ids.push((all[i] as Interaction).id);
    k++;
  }
  return ids;
}

/** When a level's rule first held, and when its latest unbroken stretch began. @internal */
export interface LevelSweep {
  /** First moment the rule held, or `undefined` if it never did up to `asOf`. */
  readonly firstAt: number | undefined;
  /** Start of the latest stretch during which the rule held without a break (meaningful when it holds at `asOf`). */
  readonly runStart: number | undefined;
}

const NO_SWEEP: LevelSweep = { firstAt: undefined, runStart: undefined };

/**
 * Sweeps a level's bucket (everything up to `asOf`) with a sliding window: three cursors, each
 * with its running total of amounts, only move forward. O(n).
 *
 * @remarks
 * Between two interactions the window only loses interactions, so the rule can only start to hold
 * at an interaction's time `e`, and it broke somewhere before `e` exactly when the interactions in
 * `[e − window, e)` do not meet it. `firstAt` is the first `e` where `[e − window, e]` meets the
 * rule; `runStart` the last `e` where `[e − window, e)` does not.
 * @internal
 */
export function sweep(evidence: LevelEvidence, level: number, rule: CompiledRule): LevelSweep {
  const bit = 1 << level;
  if ((evidence.present & bit) === 0) return NO_SWEEP;
  const { interactions: all, masks } = evidence;
  const end = masks.length;
  const tolerance = amountTolerance(evidence, level, rule);
  let firstAt: number | undefined;
  let runStart: number | undefined;
  // Cursors: `lo` (oldest inside the window), `j` (first of the current instant); each with its
  // index in the bucket and the total amount of the bucket entries before it.
  let lo = nextWith(masks, bit, 0);
  let loIndex = 0;
  let loSum = 0;
  let j = lo;
  let jIndex = 0;
  let jSum = 0;
  while (j < end) {
    const e = (all[j] as Interaction).at;
    let k = j;
    let kIndex = jIndex;
    let kSum = jSum;
    while (k < end && (all[k] as Interaction).at === e) {
      kSum += (all[k] as Interaction).amount ?? 0;
      kIndex++;
      k = nextWith(masks, bit, k + 1);
    }
    while ((all[lo] as Interaction).at < e - rule.windowMs) {
      loSum += (all[lo] as Interaction).amount ?? 0;
      loIndex++;
      lo = nextWith(masks, bit, lo + 1);
    }
    if (!meets(rule, jIndex - loIndex, jSum - loSum, tolerance)) runStart = e;
    if (firstAt === undefined && meets(rule, kIndex - loIndex, kSum - loSum, tolerance)) firstAt = e;
    j = k;
    jIndex = kIndex;
    jSum = kSum;
  }
  return { firstAt, runStart };
}

/** The first position from `p` on whose mask has `bit`, or the end. */
function nextWith(masks: readonly number[], bit: number, p: number): number {
  let q = p;
  while (q < masks.length && ((masks[q] as number) & bit) === 0) q++;
  return q;
}

/** The consent events that can make a customer `following`: grants for a qualifying purpose. @internal */
export interface ConsentView {
  readonly timeline: readonly ConsentEvent[];
  readonly purposes: ReadonlySet<string>;
  readonly channels: CustomerHistory['channels'];
}

const NO_EVENTS: readonly ConsentEvent[] = [];

/** The consent timeline up to `asOf` (one more pass over the history, only when consent can matter). @internal */
export function consentView(view: HistoryView, pyramid: CompiledPyramid): ConsentView {
  const timeline = pyramid.consentPurposes.size === 0 ? NO_EVENTS : consentTimelineOf(view);
  return { timeline, purposes: pyramid.consentPurposes, channels: view.history.channels };
}

/** Whether event `i` is a qualifying grant still standing at the end of the first `end` events. */
function inForce(view: ConsentView, i: number, standing: ConsentStanding): boolean {
  const event = view.timeline[i] as ConsentEvent;
  return event.granted && view.purposes.has(event.purpose) && standing.stands(event.channel, event.purpose, event.at);
}

/** The oldest qualifying grant still in force at `t` (see {@link activeGrants}), if any. O(events). @internal */
export function oldestGrantInForce(view: ConsentView, t: number): ConsentEvent | undefined {
  const end = eventsUpTo(view.timeline, t);
  const standing = new ConsentStanding(view.timeline, end, view.channels);
  for (let i = 0; i < end; i++) if (inForce(view, i, standing)) return view.timeline[i];
  return undefined;
}

/** Ids of the granting interactions among the qualifying grants in force at `t`, in the order given. @internal */
export function grantIdsInForce(view: ConsentView, t: number): string[] {
  const end = eventsUpTo(view.timeline, t);
  const standing = new ConsentStanding(view.timeline, end, view.channels);
  const ids: string[] = [];
  for (let i = 0; i < end; i++) {
    const id = (view.timeline[i] as ConsentEvent).interactionId;
    if (id !== undefined && inForce(view, i, standing)) ids.push(id);
  }
  return ids;
}

/** A following check: the window check over the evidence whose permission still stands, with its ids. @internal */
export interface FollowingCheck extends WindowCheck {
  /** Ids of the standing evidence inside the window, in time order; `undefined` when nothing was withdrawn (use the bucket). */
  readonly ids: readonly string[] | undefined;
}

/**
 * Checks the `following` rule at `t` counting only the evidence whose permission still stands at
 * `t`: a qualifying interaction (subscribe, follow, opt-in, register, …) stops counting once a
 * withdrawal at or after it, at or before `t`, covers what it applied to (its `appliesTo`, else its
 * channel) for its purpose — the same reading as the consent timeline. Without any withdrawal
 * up to `t` this is {@link checkAt}. O(n) plus O(events).
 * @internal
 */
export function followingAt(
  view: HistoryView,
  evidence: LevelEvidence,
  level: number,
  rule: CompiledRule,
  t: number,
): FollowingCheck {
  const timeline = consentTimelineOf(view);
  const end = eventsUpTo(timeline, t);
  let withdrawn = false;
  for (let j = 0; j < end && !withdrawn; j++) withdrawn = !(timeline[j] as ConsentEvent).granted;
  if (!withdrawn) {
    const { holds, from, to } = checkAt(evidence, level, rule, t);
    return { holds, from, to, ids: undefined };
  }
  const bit = 1 << level;
  if ((evidence.present & bit) === 0) return { holds: false, from: 0, to: 0, ids: [] };
  const standing = new ConsentStanding(timeline, end, view.history.channels);
  const { interactions: all, masks } = evidence;
  const low = t - rule.windowMs;
  const ids: string[] = [];
  let sum = 0;
  for (let i = 0; i < masks.length; i++) {
    if (((masks[i] as number) & bit) === 0) continue;
    const interaction = all[i] as Interaction;
    if (interaction.at > t) break;
    if (interaction.at < low) continue;
    const purpose = interaction.purpose === 'service' ? 'service' : 'marketing';
    if (!standing.stands(interaction.appliesTo ?? interaction.channel, purpose, interaction.at)) continue;
    ids.push(interaction.id);
    sum += interaction.amount ?? 0;
  }
  const holds = meets(rule, ids.length, sum, amountTolerance(evidence, level, rule));
  return { holds, from: 0, to: ids.length, ids };
}

/**
 * Start of the current stretch of `following` by evidence at `asOf`, given the unbroken stretch
 * `runStart` the window sweep found: a withdrawal inside it that broke following restarts the
 * stretch at the next moment the rule holds again. O(withdrawals · n).
 * @internal
 */
export function followingSince(
  view: HistoryView,
  evidence: LevelEvidence,
  level: number,
  rule: CompiledRule,
  runStart: number,
): number {
  const { interactions: all, masks } = evidence;
  const bit = 1 << level;
  let since = runStart;
  for (const event of consentTimelineOf(view)) {
    if (event.granted || event.at < since || followingAt(view, evidence, level, rule, event.at).holds) continue;
    // Broken at this withdrawal: the stretch restarts at the first later evidence at which it holds.
    for (let i = 0; i < masks.length; i++) {
      if (((masks[i] as number) & bit) === 0) continue;
      const at = (all[i] as Interaction).at;
      if (at <= event.at) continue;
      if (followingAt(view, evidence, level, rule, at).holds) {
        since = at;
        break;
      }
    }
  }
  return since;
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
