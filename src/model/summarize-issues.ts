import type { CollectedDataset, DatasetCollection, RejectedRecord } from './dataset.js';
import type { IssueCode } from './errors.js';
import { truncate } from './timestamp.js';

/** One cause of rejection: a code at one field of one collection, with how often it occurred. */
export interface IssueCause {
  readonly collection: DatasetCollection;
  readonly code: IssueCode;
  /** The path with record indexes replaced by `*`, e.g. `interactions[*].at`. */
  readonly path: string;
  /** Rejected records with this cause. */
  readonly records: number;
  /** Up to three ids (or `#index` when a record has no id) of records with this cause. */
  readonly examples: readonly string[];
  /** One line for people: count, share, code, field and what to do. */
  readonly summary: string;
}

/**
 * What {@link summarizeIssues} returns: counts by code and by cause, and a few lines to print.
 *
 * @category Errors
 */
export interface IssueSummary {
  /** Rejected records, all collections. */
  readonly rejected: number;
  /** Issues over all rejected records. */
  readonly issues: number;
  /** Issues by code, most frequent first. */
  readonly byCode: readonly { readonly code: IssueCode; readonly count: number }[];
  /** Causes (collection, code, field), most frequent first. */
  readonly causes: readonly IssueCause[];
  /** One line per top cause (at most `top`), ready to print. */
  readonly lines: readonly string[];
}

/** Options of {@link summarizeIssues}. @category Errors */
export interface SummarizeIssuesOptions {
  /** How many input records each collection had, for "N of M"; taken from a collect result when given one. */
  readonly totals?: Partial<Record<DatasetCollection, number>> | undefined;
  /** How many causes get a line (default 5). */
  readonly top?: number | undefined;
}

/** What to do about each code, in a few words. */
const ADVICE: Partial<Record<IssueCode, string>> = {
  'offset-less-timestamp': 'timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z',
  'implausible-timestamp':
    'numbers must be epoch milliseconds between 1990 and 2100 (epoch seconds × 1000; dates as ISO strings)',
  'invalid-timestamp': 'expected an ISO-8601 date-time with Z or an offset, or epoch milliseconds',
  'missing-field': 'a required field is absent',
  'invalid-id': 'ids must be non-empty strings',
  'invalid-type': 'a field has the wrong type',
  'invalid-value': 'a value is outside its vocabulary',
  'duplicate-id': 'the first record with an id is kept',
  'unknown-customer': 'the customer is missing or was rejected',
  'unknown-channel': 'the channel is missing or was rejected',
  'unknown-reply-target': "the replied-to interaction is missing (try danglingReplies: 'unlink')",
  'cross-customer-reply': "a reply points at another customer's interaction (try danglingReplies: 'unlink')",
  'reply-cycle': 'inReplyTo links form a loop',
  'unreadable-record': 'reading the record threw (a getter or Proxy)',
  'out-of-range': 'a number is outside its range',
  'not-finite': 'a number is NaN or infinite',
};

/**
 * Summarises the rejections of a collect-mode parse: counts by code and by cause (collection, code,
 * field with indexes generalised), a few example ids per cause, and one printable line per top cause.
 *
 * @remarks
 * Memory is O(causes), not O(issues). The lines read "`records` of `total` `collection`: `code` at
 * `path` — advice"; totals come from a collect result or `options.totals`. O(issues).
 *
 * @param rejected - `result.rejected`, or the whole collect-mode result (then totals are known).
 * @param options - `totals` (records per collection in the input) and `top` (lines, default 5).
 * @returns An {@link IssueSummary}.
 * @example
 * import { parseDataset, summarizeIssues } from 'engagement-scoring';
 * const result = parseDataset(
 *   {
 *     customers: [{ id: 'c1' }],
 *     channels: [{ id: 'mail', kind: 'email' }],
 *     interactions: [
 *       { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T10:00:00', direction: 'inbound', type: 'question' },
 *       { id: 'i2', customerId: 'c1', channel: 'mail', at: '2026-03-01T11:00:00', direction: 'inbound', type: 'question' },
 *     ],
 *   },
 *   { mode: 'collect' },
 * );
 * summarizeIssues(result).lines[0] //=> '2 of 2 interactions: offset-less-timestamp at interactions[*].at — timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z'
 * @category Errors
 */
export function summarizeIssues(
  rejected: readonly RejectedRecord[] | CollectedDataset,
  options: SummarizeIssuesOptions = {},
): IssueSummary {
  const list = Array.isArray(rejected) ? rejected : (rejected as CollectedDataset).rejected;
  const totals: Partial<Record<DatasetCollection, number>> = { ...options.totals };
  if (!Array.isArray(rejected)) {
    const { dataset } = rejected as CollectedDataset;
    for (const collection of ['customers', 'channels', 'interactions'] as const) {
      totals[collection] ??= dataset[collection].length + list.filter((r) => r.collection === collection).length;
    }
  }
  const byCode = new Map<IssueCode, number>();
  const causes = new Map<
    string,
    { collection: DatasetCollection; code: IssueCode; path: string; records: number; examples: string[]; first: string }
  >();
  let issues = 0;
  for (const record of list) {
    const seen = new Set<string>();
    for (const issue of record.issues) {
      issues++;
      byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
      const path = generalPath(issue.path);
      const key = `${record.collection}\u0000${issue.code}\u0000${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let cause = causes.get(key);
      if (cause === undefined) {
        cause = {
          collection: record.collection,
          code: issue.code,
          path,
          records: 0,
          examples: [],
          first: issue.message,
        };
        causes.set(key, cause);
      }
      cause.records++;
      if (cause.examples.length < 3) cause.examples.push(exampleId(record));
    }
  }
  const fmt = (n: number) => n.toLocaleString('en-US');
  const sorted = [...causes.values()]
    .sort((a, b) => b.records - a.records)
    .map((cause): IssueCause => {
      const total = totals[cause.collection];
      const of = total === undefined ? '' : ` of ${fmt(total)}`;
      const advice = ADVICE[cause.code] ?? truncate(cause.first.replace(/^[A-Za-z]+: /, ''));
      return {
        collection: cause.collection,
        code: cause.code,
        path: cause.path,
        records: cause.records,
        examples: cause.examples,
        summary: `${fmt(cause.records)}${of} ${cause.collection}: ${cause.code} at ${cause.path} — ${advice}`,
      };
    });
  return {
    rejected: list.length,
    issues,
    byCode: [...byCode].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count),
    causes: sorted,
    lines: sorted.slice(0, options.top ?? 5).map((cause) => cause.summary),
  };
}

/** `['interactions', 3, 'consents', 0, 'at']` → `interactions[*].consents[*].at`. */
function generalPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += '[*]';
    else out += out === '' ? truncate(key) : `.${truncate(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function exampleId(record: RejectedRecord): string {
  try {
    const value = record.record;
    if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'id')) {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && id !== '') return truncate(id);
    }
  } catch {
    // An unreadable record: fall back to its index.
  }
  return `#${record.index}`;
}
