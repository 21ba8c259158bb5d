import type { InputWarning, WarningCode } from './errors.js';
import { truncate } from './timestamp.js';

/** At most this many distinct causes per code and collection; the rest share one warning. */
const MAX_DISTINCT = 100;

interface Entry {
  path: readonly (string | number)[];
  code: WarningCode;
  message: string;
  count: number;
}

/**
 * Collects warnings aggregated by cause: the first occurrence gives the path and message, later
 * ones only add to the count, so 600,000 identical unknown columns make one warning. Local to one
 * call of `parseDataset` (no shared state). @internal
 */
export class WarningSink {
  private readonly entries = new Map<string, Entry>();
  private readonly distinct = new Map<string, number>();

  /**
   * Counts one occurrence of the cause `key` (within `group`); `describe` runs on the first only.
   */
  add(group: string, key: string, code: WarningCode, path: readonly (string | number)[], describe: () => string): void {
    const id = `${group}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry !== undefined) {
      entry.count++;
      return;
    }
    const seen = this.distinct.get(group) ?? 0;
    if (seen >= MAX_DISTINCT) {
      const overflow = `${group}\u0000\u0001more`;
      const more = this.entries.get(overflow);
      if (more !== undefined) more.count++;
      else this.entries.set(overflow, { path, code, message: `further distinct causes (${group})`, count: 1 });
      return;
    }
    this.distinct.set(group, seen + 1);
    this.entries.set(id, { path, code, message: describe(), count: 1 });
  }

  /** The warnings in the order their causes were first seen. */
  list(fn: string): InputWarning[] {
    return [...this.entries.values()].map((entry) => ({
      path: entry.path,
      code: entry.code,
      message: `${fn}: ${entry.message}${entry.count > 1 ? ` (${entry.count.toLocaleString('en-US')} times)` : ''}`,
      count: entry.count,
    }));
  }
}

/** A value quoted in a message: JSON-quoted, at most 40 characters of it. @internal */
export function quote(value: string): string {
  return JSON.stringify(truncate(value));
}

/**
 * The normal form used to match vocabulary case- and separator-insensitively: lower case, spaces
 * and underscores as hyphens (`'Opt_Out'` → `'opt-out'`). @internal
 */
export function normalForm(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The closest of `candidates` to `key` (case and separators ignored, or at most two edits away),
 * for "did you mean"; `undefined` when none is close. @internal
 */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  const plain = key.toLowerCase().replace(/[\s_-]+/g, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === plain) return candidate;
    const distance = editDistance(plain, other, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, or `limit` as soon as it is certain to reach it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit);
}
