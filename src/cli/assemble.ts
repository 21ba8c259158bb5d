/** Turns rows into the records `parseDataset` reads, and its rejections back into file and line. */
import type { InputIssue, RejectedRecord } from '../index.js';
import type { FileKind } from './columns.js';
import type { Row, RowProblem } from './records.js';

/** One line of rejected.jsonl: where the record was, its id, and every reason. */
export interface RejectionLine {
  readonly file: string;
  readonly row: number | undefined;
  readonly collection: string;
  readonly id?: unknown;
  readonly issues: readonly (InputIssue | RowProblem['issues'][number])[];
}

/** Customer records with their consents joined on, and for each the lines its consents came from. */
export interface AssembledCustomers {
  readonly records: Record<string, unknown>[];
  readonly consentLines: number[][];
}

/** Builds customer records: consents joined on by customerId, the level override from its two columns. */
export function assembleCustomers(
  customers: readonly Row[],
  consents: readonly Row[],
  consentFile: string,
  problem: (problem: RowProblem) => void,
): AssembledCustomers {
  const byId = new Map<unknown, number>();
  const records = customers.map(({ record }, index) => {
    if (!byId.has(record['id'])) byId.set(record['id'], index);
    const { levelOverride, levelOverrideUntil, ...rest } = record;
    const customer: Record<string, unknown> = { ...rest };
    if (levelOverride !== undefined || levelOverrideUntil !== undefined) {
      customer['levelOverride'] =
        typeof levelOverride === 'object' ? levelOverride : { level: levelOverride, until: levelOverrideUntil };
    }
    return customer;
  });
  const consentLines: number[][] = customers.map(() => []);
  for (const { line, record } of consents) {
    const { customerId, ...consent } = record;
    const index = byId.get(customerId);
    if (index === undefined) {
      problem({
        file: consentFile,
        row: line,
        collection: 'consents',
        issues: [
          {
            path: ['customerId'],
            code: 'unknown-customer',
            message: `${consentFile}: no customer "${String(customerId)}" among the customers`,
          },
        ],
      });
      continue;
    }
    const customer = records[index] as Record<string, unknown>;
    const list = Array.isArray(customer['consents']) ? [...customer['consents']] : [];
    list.push(consent);
    customer['consents'] = list;
    (consentLines[index] as number[]).push(line);
  }
  return { records, consentLines };
}

/** A problem found before validation, as a line of rejected.jsonl. */
export function problemLine(problem: RowProblem): RejectionLine {
  return problem;
}

/**
 * A rejection from `parseDataset` as a line of rejected.jsonl. `rows` are the rows of its collection;
 * `offset` shifts its index (streaming validates a few records at a time).
 */
export function rejectionLine(
  entry: RejectedRecord,
  file: string,
  rows: readonly Row[],
  offset: number,
  consents?: { readonly file: string; readonly lines: readonly (readonly number[])[] },
): RejectionLine {
  const index = entry.index + offset;
  const issues = entry.issues.map((issue) => {
    const path = offset === 0 ? issue.path : issue.path.map((key, k) => (k === 1 ? index : key));
    const [, , field, k] = path;
    const consentLine =
      consents !== undefined && field === 'consents' && typeof k === 'number'
        ? consents.lines[entry.index]?.[k]
        : undefined;
    const moved = offset === 0 ? issue : { ...issue, path };
    return consentLine === undefined ? moved : { ...moved, file: consents?.file, row: consentLine };
  });
  const record = entry.record;
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return { file, row: rows[entry.index]?.line, collection: entry.collection, id, issues };
}

/** Rank of each file in rejected.jsonl: customers (and their consents), channels, then interactions. */
const RANK: Readonly<Record<string, number>> = { customers: 0, consents: 0, channels: 1, interactions: 2 };

/** Orders rejection lines by file, then line: the order both scoring modes write them in. */
export function byFileThenRow(a: RejectionLine, b: RejectionLine): number {
  return (
    (RANK[a.collection] ?? 3) - (RANK[b.collection] ?? 3) ||
    (a.collection === b.collection ? 0 : a.collection < b.collection ? -1 : 1) ||
    (a.row ?? 0) - (b.row ?? 0)
  );
}

export type { FileKind };
