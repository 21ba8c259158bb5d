import type { InputIssue } from '../model/errors.js';
import { averageRanks } from './spearman.js';

/**
 * Multi-select survey shares per reason, in percent (0–100): the share of respondents who cited
 * the reason. They need not sum to 100. `null` marks a reason known to be on the list whose share
 * is unknown.
 *
 * @category Perception
 */
export type ReasonPercentages = Readonly<Record<string, number | null>>;

/**
 * The ordering of reasons when only that is known: 1 = most cited, positive integers, each rank
 * used once. Gaps in the numbering are allowed (a shortened list).
 *
 * @category Perception
 */
export type ReasonRanks = Readonly<Record<string, number>>;

/**
 * One side of a perception-gap comparison — what the business believes, or what customers say or
 * do: `percentages`, `ranks`, or both. With both, `ranks` gives each reason's rank and must rank
 * every reason that has a percentage. Other properties are ignored, so the result of
 * {@link reasonShares} can be passed as it is.
 *
 * @category Perception
 */
export interface PerceptionSide {
  readonly percentages?: ReasonPercentages | undefined;
  readonly ranks?: ReasonRanks | undefined;
}

/** What one side says about one reason once validated: its share and its rank, either may be unknown. @internal */
export interface SideEntry {
  readonly percentage: number | null;
  readonly rank: number | null;
}

type SideName = 'business' | 'customer';

/**
 * Validates one side, pushing every problem onto `issues`; returns each reason's share and rank
 * (given, or derived from the shares with average ranks for ties), or `undefined` when invalid.
 *
 * @internal
 */
export function readSide(
  fn: string,
  name: SideName,
  side: unknown,
  issues: InputIssue[],
): Map<string, SideEntry> | undefined {
  const before = issues.length;
  if (!isRecord(side)) {
    issues.push({ path: [name], code: 'invalid-type', message: `${fn}: ${name} must be an object` });
    return undefined;
  }
  const rawPercentages = side['percentages'];
  const rawRanks = side['ranks'];
  if (rawPercentages === undefined && rawRanks === undefined) {
    issues.push({
      path: [name],
      code: 'invalid-type',
      message: `${fn}: ${name} needs percentages ({ reason: 0–100 }), ranks ({ reason: 1… }) or both`,
    });
    return undefined;
  }
  const percentages = rawPercentages === undefined ? undefined : readPercentages(fn, name, rawPercentages, issues);
  const ranks = rawRanks === undefined ? undefined : readRanks(fn, name, rawRanks, issues);
  if (percentages && ranks) {
    for (const reason of sortedKeys(percentages)) {
      if (!ranks.has(reason)) {
        issues.push({
          path: [name, 'ranks', reason],
          code: 'missing-field',
          message: `${fn}: "${reason}" is in percentages but has no rank; rank every reason or give percentages only`,
        });
      }
    }
  }
  if (issues.length > before || (percentages === undefined && ranks === undefined)) return undefined;
  return resolve(percentages, ranks);
}

function resolve(
  percentages: ReadonlyMap<string, number | null> | undefined,
  ranks: ReadonlyMap<string, number> | undefined,
): Map<string, SideEntry> {
  const rankOf = ranks ?? derivedRanks(percentages ?? new Map());
  const out = new Map<string, SideEntry>();
  for (const reason of new Set([...(ranks?.keys() ?? []), ...(percentages?.keys() ?? [])])) {
    out.set(reason, { percentage: percentages?.get(reason) ?? null, rank: rankOf.get(reason) ?? null });
  }
  return out;
}

/** Ranks by share, highest first, ties sharing their average rank; unknown shares are not ranked. */
function derivedRanks(percentages: ReadonlyMap<string, number | null>): Map<string, number> {
  const reasons: string[] = [];
  const negated: number[] = [];
  for (const reason of sortedKeys(percentages)) {
    const share = percentages.get(reason);
    if (typeof share === 'number') {
      reasons.push(reason);
      negated.push(-share);
    }
  }
  const ranks = averageRanks(negated);
  return new Map(reasons.map((reason, i) => [reason, ranks[i] as number]));
}

function readPercentages(
  fn: string,
  name: SideName,
  value: unknown,
  issues: InputIssue[],
): Map<string, number | null> | undefined {
  const entries = readEntries(fn, name, 'percentages', value, issues);
  if (!entries) return undefined;
  const out = new Map<string, number | null>();
  for (const [reason, share] of entries) {
    const path = [name, 'percentages', reason];
    if (share === null) {
      out.set(reason, null);
    } else if (typeof share !== 'number') {
      issues.push({ path, code: 'invalid-type', message: `${fn}: a percentage must be a number in [0, 100] or null` });
    } else if (!Number.isFinite(share) || share < 0 || share > 100) {
      issues.push({ path, code: 'invalid-percentage', message: `${fn}: ${share} is not a percentage in [0, 100]` });
    } else {
      out.set(reason, share + 0); // −0 → 0
    }
  }
  return out;
}

function readRanks(fn: string, name: SideName, value: unknown, issues: InputIssue[]): Map<string, number> | undefined {
  const entries = readEntries(fn, name, 'ranks', value, issues);
  if (!entries) return undefined;
  const out = new Map<string, number>();
  const byRank = new Map<number, string[]>();
  for (const [reason, rank] of entries) {
    const path = [name, 'ranks', reason];
    if (typeof rank !== 'number') {
      issues.push({ path, code: 'invalid-type', message: `${fn}: a rank must be a positive integer` });
    } else if (!Number.isSafeInteger(rank) || rank < 1) {
      issues.push({ path, code: 'invalid-rank', message: `${fn}: ${rank} is not a rank (1, 2, 3, …)` });
    } else {
      out.set(reason, rank);
      const group = byRank.get(rank);
      if (group) group.push(reason);
      else byRank.set(rank, [reason]);
    }
  }
  for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
    const group = (byRank.get(rank) as string[]).sort(compareIds);
    if (group.length < 2) continue;
    for (const reason of group) {
      issues.push({
        path: [name, 'ranks', reason],
        code: 'duplicate-rank',
        message: `${fn}: rank ${rank} is given to ${group.length} reasons (${group.join(', ')}); each rank once`,
      });
    }
  }
  return out;
}

/** Own enumerable entries of a plain object, sorted by key; reports a non-object, an empty map and empty ids. */
function readEntries(
  fn: string,
  name: SideName,
  field: 'percentages' | 'ranks',
  value: unknown,
  issues: InputIssue[],
): [string, unknown][] | undefined {
  if (!isRecord(value)) {
    issues.push({
      path: [name, field],
      code: 'invalid-type',
      message: `${fn}: ${name}.${field} must be an object keyed by reason id`,
    });
    return undefined;
  }
  const entries = Object.entries(value).sort(([a], [b]) => compareIds(a, b));
  if (entries.length === 0) {
    issues.push({ path: [name, field], code: 'empty-input', message: `${fn}: ${name}.${field} lists no reason` });
    return undefined;
  }
  const valid: [string, unknown][] = [];
  for (const entry of entries) {
    if (entry[0] === '') {
      issues.push({ path: [name, field, ''], code: 'invalid-id', message: `${fn}: a reason id must be non-empty` });
    } else {
      valid.push(entry);
    }
  }
  return valid;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort(compareIds);
}

/** Orders reason ids by UTF-16 code units: the same everywhere, whatever the host's locale. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
