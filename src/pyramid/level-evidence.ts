import type { ScoringConfig } from '../config/scoring-config.js';
import { type ConsentEvent, Withdrawals } from '../history/consent.js';
import type { CustomerHistory } from '../history/customer-history.js';
import type { HistoryView } from '../history/view.js';
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
 * Whether `count` interactions totalling `sum` meet a rule. Amounts are compared with a relative
 * tolerance of 1e-9 so that 0.1 + 0.2 reaches 0.3.
 */
function meets(rule: CompiledRule, count: number, sum: number, scale: number): boolean {
  if (count < rule.minCount) return false;
  return rule.minAmount === undefined || sum + 1e-9 * scale >= rule.minAmount;
}

/** The tolerance scale of a level: the larger of 1, its threshold and its bucket's total amount. */
function toleranceScale(evidence: LevelEvidence, level: number, rule: CompiledRule): number {
  if (rule.minAmount === undefined) return 1; // only a threshold reads it
  const { interactions: all, masks } = evidence;
  const bit = 1 << level;
  let total = 0;
  for (let i = 0; i < masks.length; i++) {
    if (((masks[i] as number) & bit) !== 0) total += (all[i] as Interaction).amount ?? 0;
  }
  return Math.max(1, rule.minAmount, total);
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
  const holds = meets(rule, to - from, sumTo - sumFrom, toleranceScale(evidence, level, rule));
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
  const scale = toleranceScale(evidence, level, rule);
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
    if (!meets(rule, jIndex - loIndex, jSum - loSum, scale)) runStart = e;
    if (firstAt === undefined && meets(rule, kIndex - loIndex, kSum - loSum, scale)) firstAt = e;
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
  const timeline = pyramid.consentPurposes.size === 0 ? NO_EVENTS : view.consentTimeline;
  return { timeline, purposes: pyramid.consentPurposes, channels: view.history.channels };
}

/** Whether event `i` is a qualifying grant still in force at the end of the first `end` events. */
function inForce(view: ConsentView, i: number, withdrawals: Withdrawals): boolean {
  const event = view.timeline[i] as ConsentEvent;
  return event.granted && view.purposes.has(event.purpose) && !withdrawals.covers(i);
}

/** How many events happened at or before `t` (`t` ≤ the timeline's `asOf`). */
function eventsUpTo(view: ConsentView, t: number): number {
  const { timeline } = view;
  let end = 0;
  while (end < timeline.length && (timeline[end] as ConsentEvent).at <= t) end++;
  return end;
}

/** The oldest qualifying grant still in force at `t`, if any. O(events). @internal */
export function oldestGrantInForce(view: ConsentView, t: number): ConsentEvent | undefined {
  const end = eventsUpTo(view, t);
  const withdrawals = new Withdrawals(view.timeline, end, view.channels);
  for (let i = 0; i < end; i++) if (inForce(view, i, withdrawals)) return view.timeline[i];
  return undefined;
}

/** Ids of the `opt-in` interactions among the qualifying grants in force at `t`, in the order given. @internal */
export function grantIdsInForce(view: ConsentView, t: number): string[] {
  const end = eventsUpTo(view, t);
  const withdrawals = new Withdrawals(view.timeline, end, view.channels);
  const ids: string[] = [];
  for (let i = 0; i < end; i++) {
    const id = (view.timeline[i] as ConsentEvent).interactionId;
    if (id !== undefined && inForce(view, i, withdrawals)) ids.push(id);
  }
  return ids;
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
