/**
 * Summarising a run for people and machines: rejections and warnings counted by cause, distributions
 * of bands, levels and movement. Counting, grouping and ordering use lodash-es; this layer only ever
 * sees whole rows, never the core's per-interaction loops.
 */
import { groupBy, orderBy, sumBy, toPairs } from 'lodash-es';
import type { EngagementProfile, InputWarning } from '../index.js';
import type { RejectionLine } from './assemble.js';

/** One cause of rejection: an issue code at a field of a collection, how often, and an example. */
export interface Cause {
  readonly code: string;
  readonly collection: string;
  /** The field, e.g. `at` (path without the record index), or `''` for the whole record. */
  readonly field: string;
  readonly count: number;
  readonly example: string;
  /** Up to three ids of records rejected for it. */
  readonly ids: readonly string[];
}

/** A warning: something was not used or was changed, counted once per cause. */
export interface Warning {
  readonly code: string;
  readonly message: string;
  readonly count: number;
}

/** What to do about the commonest causes, in a few words. */
const HINTS: Readonly<Record<string, string>> = {
  'offset-less-timestamp': 'timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z',
  'invalid-timestamp': 'timestamps must be ISO 8601 with Z or an offset (2026-03-01T10:00:00Z) or epoch milliseconds',
  'unknown-customer': 'the customer id is not among the valid customers',
  'unknown-channel': 'the channel id is not in the channels file',
  'missing-field': 'a required column is empty or missing (rename columns with --map)',
  'duplicate-id': 'the id appears more than once; the first is kept',
  'invalid-csv-row': 'the row has more cells than the header',
  'unknown-reply-target': 'inReplyTo points at an interaction that is not in the export',
};

const MAX_IDS = 3;
const MAX_EXAMPLE = 200;

/** Counts rejections by collection and by cause, a batch at a time (streaming adds per customer). */
export class IssueTally {
  readonly #causes = new Map<string, { -readonly [K in keyof Cause]: Cause[K] } & { ids: string[] }>();
  readonly #byCollection = new Map<string, number>();
  #records = 0;

  /** Adds a batch of rejection lines. */
  add(lines: readonly RejectionLine[]): void {
    if (lines.length === 0) return;
    this.#records += lines.length;
    for (const [collection, group] of toPairs(groupBy(lines, (line) => line.collection))) {
      this.#byCollection.set(collection, (this.#byCollection.get(collection) ?? 0) + group.length);
    }
    const issues = lines.flatMap((line) =>
      line.issues.map((issue) => ({
        code: issue.code,
        collection: line.collection,
        field: issue.path
          .slice(1)
          .filter((key) => typeof key === 'string')
          .join('.'),
        message: issue.message,
        id: typeof line.id === 'string' ? line.id : undefined,
      })),
    );
    for (const [key, group] of toPairs(
      groupBy(issues, (issue) => `${issue.collection}\u0000${issue.code}\u0000${issue.field}`),
    )) {
      const first = group[0];
      if (first === undefined) continue;
      const cause = this.#causes.get(key) ?? {
        code: first.code,
        collection: first.collection,
        field: first.field,
        count: 0,
        example: first.message.slice(0, MAX_EXAMPLE),
        ids: [],
      };
      cause.count += group.length;
      for (const issue of group) {
        if (cause.ids.length >= MAX_IDS) break;
        if (issue.id !== undefined) cause.ids.push(issue.id.slice(0, 64));
      }
      this.#causes.set(key, cause);
    }
  }

  /** Rejected records in all. */
  get records(): number {
    return this.#records;
  }

  /** Rejected records per collection. */
  byCollection(): Record<string, number> {
    return Object.fromEntries(this.#byCollection);
  }

  /** Every cause, commonest first. */
  causes(): Cause[] {
    return orderBy([...this.#causes.values()], ['count', 'collection', 'code', 'field'], ['desc', 'asc', 'asc', 'asc']);
  }
}

/** Counts warnings by code and message. */
export class WarningTally {
  readonly #warnings = new Map<string, Warning>();
  add(code: string, message: string, count = 1): void {
    const key = `${code}\u0000${message}`;
    const before = this.#warnings.get(key);
    this.#warnings.set(key, { code, message, count: (before?.count ?? 0) + count });
  }
  /**
   * Adds the warnings of one `parseDataset` call (`unknown-field`, `normalized-value`, `unmapped-type`,
   * `unlinked-reply`), by code and message; the message's own count ("(12 times)") becomes the count,
   * so calls over chunks of the data add up. `collection` keeps only the warnings about it (a call that
   * re-reads the channels for each customer must not count their warnings each time).
   */
  addInput(list: readonly InputWarning[], collection?: string): void {
    for (const warning of list) {
      if (collection !== undefined && warning.path[0] !== collection) continue;
      this.add(warning.code, warning.message.replace(/ \([\d,]+ times\)$/, ''), warning.count);
    }
  }
  /** Adds every warning of `other` (a run's warnings, once the run is kept). */
  addAll(other: WarningTally): void {
    for (const warning of other.#warnings.values()) this.add(warning.code, warning.message, warning.count);
  }
  list(): Warning[] {
    return orderBy([...this.#warnings.values()], ['count', 'code'], ['desc', 'asc']);
  }
}

/** Counts of bands, levels and movement over the scored customers. */
export class Distributions {
  readonly band: Record<string, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  readonly level: Record<string, number> = {
    observing: 0,
    following: 0,
    endorsing: 0,
    contributing: 0,
    owning: 0,
    leading: 0,
    none: 0,
  };
  readonly movement: Record<string, number> = { up: 0, down: 0, same: 0, new: 0, lapsed: 0 };
  add(profile: EngagementProfile): void {
    const count = (table: Record<string, number>, key: string): void => {
      table[key] = (table[key] ?? 0) + 1;
    };
    count(this.band, profile.composite.band ?? 'none');
    count(this.level, profile.level.level ?? 'none');
    count(this.movement, profile.movement.direction);
  }
}

const formatCount = (n: number): string => n.toLocaleString('en-US');

/** Share as a percentage with up to one decimal. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? '0%' : `${Math.round((1000 * part) / whole) / 10}%`;

/**
 * The top causes in plain words, one line each:
 * "607,634 of 607,634 interactions: offset-less-timestamp at at — timestamps need Z or an offset, e.g. …".
 */
export function describeCauses(causes: readonly Cause[], read: Readonly<Record<string, number>>, limit = 5): string[] {
  const lines = causes.slice(0, limit).map((cause) => {
    const of = read[cause.collection];
    const field = cause.field === '' ? '' : ` (${cause.field})`;
    const hint = HINTS[cause.code] ?? cause.example;
    const ids = cause.ids.length > 0 ? `; e.g. ${cause.ids.map((id) => `"${id}"`).join(', ')}` : '';
    return `${formatCount(cause.count)}${of === undefined ? '' : ` of ${formatCount(of)}`} ${cause.collection}: ${cause.code}${field} — ${hint}${ids}`;
  });
  const rest = sumBy(causes.slice(limit), 'count');
  if (rest > 0) lines.push(`… and ${formatCount(rest)} more issues of ${causes.length - limit} other causes`);
  return lines;
}

export { formatCount };
