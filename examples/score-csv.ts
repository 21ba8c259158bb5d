/**
 * Batch scoring for data teams: CSV exports in, JSONL out, every rejected row reported.
 *
 *   npx tsx examples/score-csv.ts [--in examples/data] [--out <folder>] [--as-of 2026-06-30T00:00:00Z]
 *
 * Reads `customers.csv`, `channels.csv`, `interactions.csv` and (optionally) `consents.csv` from `--in`
 * with a streaming CSV parser, validates them with `parseDataset(…, { mode: 'collect' })`, scores with
 * `scoreAll` and writes to `--out` (default: a new folder in the OS temp folder):
 *   profiles.jsonl   one EngagementProfile per line
 *   rejected.jsonl   one line per refused row: `{ file, row, collection, id, issues: [{ path, code, message }] }`
 * and prints a summary: counts, band and pyramid distributions, time. `--as-of` defaults to the moment
 * the sample data is meant for; pass your own for real exports (nothing reads the clock).
 *
 * Column mapping (first line of each file is the header; columns may come in any order; extra columns
 * are ignored; an empty or missing trailing cell means the field is absent; a row with more cells than
 * the header is reported as `invalid-csv-row`):
 *
 *   customers.csv     id, since, interests*, preferredChannels*, segment, levelOverride, levelOverrideUntil
 *   consents.csv      customerId, channel, purpose, granted, at          (joined onto customers by customerId)
 *   channels.csv      id, kind, realTime, public, responseTarget         (responseTarget like "10 minutes", "4 hours", "3 days")
 *   interactions.csv  id, customerId, channel, at, direction, type, inReplyTo, personalized, topics*, amount,
 *                     sentiment, outcome, dueAt, reason, purpose
 *
 *   * lists, `;`-separated: `camping;cycling`.
 *   Timestamps (since, at, dueAt, levelOverrideUntil): ISO-8601 with Z or an offset, or epoch ms (digits only).
 *   Booleans (realTime, public, personalized, granted): `true` / `false`. Numbers (amount, sentiment): plain decimals.
 *   A cell that does not fit its column is passed on as text, so parseDataset reports it with a code
 *   instead of the script guessing (`"yes"` as a boolean is rejected, never read as true).
 *
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import {
  type ChannelInput,
  type CustomerInput,
  type DatasetCollection,
  type InputIssue,
  type InteractionInput,
  levelDistribution,
  type PyramidLevel,
  parseDataset,
  SAMPLE_AS_OF,
  scoreAll,
} from '../src/index.js';

/** How each column is read. */
type Cell = 'text' | 'list' | 'boolean' | 'number' | 'timestamp' | 'duration';

/** The columns of each file and how their cells are read. Exported for the fixture generator. */
export const COLUMNS = {
  customers: {
    id: 'text',
    since: 'timestamp',
    interests: 'list',
    preferredChannels: 'list',
    segment: 'text',
    levelOverride: 'text',
    levelOverrideUntil: 'timestamp',
  },
  consents: { customerId: 'text', channel: 'text', purpose: 'text', granted: 'boolean', at: 'timestamp' },
  channels: { id: 'text', kind: 'text', realTime: 'boolean', public: 'boolean', responseTarget: 'duration' },
  interactions: {
    id: 'text',
    customerId: 'text',
    channel: 'text',
    at: 'timestamp',
    direction: 'text',
    type: 'text',
    inReplyTo: 'text',
    personalized: 'boolean',
    topics: 'list',
    amount: 'number',
    sentiment: 'number',
    outcome: 'text',
    dueAt: 'timestamp',
    reason: 'text',
    purpose: 'text',
  },
} as const satisfies Record<string, Record<string, Cell>>;

type FileKind = keyof typeof COLUMNS;

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const EPOCH_MS = /^-?\d+$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute|second)s?$/i;

/** One cell as the model wants it, or the text unchanged when it does not fit (parseDataset then says why). */
export function readCell(kind: Cell, text: string): unknown {
  switch (kind) {
    case 'list':
      return text
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'boolean': {
      const lower = text.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : text;
    }
    case 'number':
      return NUMBER.test(text) ? Number(text) : text;
    case 'timestamp':
      return EPOCH_MS.test(text) ? Number(text) : text;
    case 'duration': {
      const match = DURATION.exec(text);
      return match === null ? text : { [`${(match[2] as string).toLowerCase()}s`]: Number(match[1]) };
    }
    default:
      return text;
  }
}

/** A record read from one CSV row, with its line in the file (the header is line 1; a quoted multi-line row counts its last line). */
interface Row {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/** A problem found before parseDataset: a row the CSV parser could not read, a consent without its customer. */
interface RowProblem {
  readonly file: string;
  readonly row: number;
  readonly collection: string;
  readonly issues: readonly { path: readonly (string | number)[]; code: string; message: string }[];
}

/** Streams one CSV file into records (cells already read by their column's kind). */
async function readCsv(path: string, kind: FileKind, problems: RowProblem[]): Promise<Row[]> {
  const columns: Record<string, Cell> = COLUMNS[kind];
  const file = `${kind}.csv`;
  const parser = createReadStream(path).pipe(
    parse({
      columns: true,
      bom: true,
      trim: true,
      info: true,
      skip_empty_lines: true,
      // Missing trailing cells are empty cells; a row with more cells than the header is reported.
      relax_column_count_less: true,
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    problems.push({
      file,
      row: error.lines ?? 0,
      collection: kind,
      issues: [{ path: [], code: 'invalid-csv-row', message: `score-csv: ${error.message}` }],
    });
  });
  const rows: Row[] = [];
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    const out: Record<string, unknown> = {};
    for (const [column, text] of Object.entries(record)) {
      const cell = columns[column];
      if (cell === undefined || text === '') continue;
      out[column] = readCell(cell, text);
    }
    rows.push({ line: info.lines, record: out });
  }
  return rows;
}

/** Builds customer records: consents joined on by customerId, the level override from its two columns. */
function customersWithConsents(
  customers: readonly Row[],
  consents: readonly Row[],
  problems: RowProblem[],
): { records: CustomerInput[]; consentLines: number[][] } {
  const byId = new Map<unknown, number>();
  const records = customers.map(({ record }, index) => {
    byId.set(record['id'], index);
    const { levelOverride, levelOverrideUntil, ...rest } = record;
    const customer: Record<string, unknown> = { ...rest };
    if (levelOverride !== undefined || levelOverrideUntil !== undefined) {
      customer['levelOverride'] = { level: levelOverride, until: levelOverrideUntil };
    }
    return customer as unknown as CustomerInput;
  });
  const consentLines: number[][] = customers.map(() => []);
  for (const { line, record } of consents) {
    const { customerId, ...consent } = record;
    const index = byId.get(customerId);
    if (index === undefined) {
      problems.push({
        file: 'consents.csv',
        row: line,
        collection: 'consents',
        issues: [
          {
            path: ['customerId'],
            code: 'unknown-customer',
            message: `score-csv: no customer "${String(customerId)}" in customers.csv`,
          },
        ],
      });
      continue;
    }
    const customer = records[index] as unknown as { consents?: unknown[] };
    customer.consents ??= [];
    customer.consents.push(consent);
    (consentLines[index] as number[]).push(line);
  }
  return { records, consentLines };
}

/** Writes lines to a file, waiting when the stream asks to. */
async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path);
  let count = 0;
  for (const line of lines) {
    count++;
    if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return count;
}

/** What {@link scoreCsv} found and wrote. */
export interface ScoreCsvResult {
  readonly outDir: string;
  readonly read: Readonly<Record<string, number>>;
  readonly rejected: Readonly<Record<string, number>>;
  readonly profiles: number;
  readonly bands: Readonly<Record<string, number>>;
  readonly levels: Readonly<Record<string, number>>;
  readonly ms: { readonly read: number; readonly parse: number; readonly score: number };
}

/** Reads the CSV files in `inDir`, scores them and writes profiles.jsonl and rejected.jsonl into `outDir`. */
export async function scoreCsv(options: {
  readonly inDir: string;
  readonly outDir: string;
  readonly asOf: string;
}): Promise<ScoreCsvResult> {
  const { inDir, outDir, asOf } = options;
  const t0 = performance.now();
  const problems: RowProblem[] = [];
  const [customerRows, channelRows, interactionRows, consentRows] = await Promise.all([
    readCsv(join(inDir, 'customers.csv'), 'customers', problems),
    readCsv(join(inDir, 'channels.csv'), 'channels', problems),
    readCsv(join(inDir, 'interactions.csv'), 'interactions', problems),
    existsSync(join(inDir, 'consents.csv'))
      ? readCsv(join(inDir, 'consents.csv'), 'consents', problems)
      : Promise.resolve([]),
  ]);
  const { records: customers, consentLines } = customersWithConsents(customerRows, consentRows, problems);
  const t1 = performance.now();

  const { dataset, rejected } = parseDataset(
    {
      customers,
      channels: channelRows.map((row) => row.record as unknown as ChannelInput),
      interactions: interactionRows.map((row) => row.record as unknown as InteractionInput),
    },
    { mode: 'collect' },
  );
  const t2 = performance.now();

  const lines: Record<DatasetCollection, readonly Row[]> = {
    customers: customerRows,
    channels: channelRows,
    interactions: interactionRows,
  };
  const reportRow = (entry: (typeof rejected)[number]) => {
    const row = lines[entry.collection][entry.index];
    // An issue inside a customer's consents points at its row in consents.csv.
    const issues = entry.issues.map((issue: InputIssue) => {
      const [, , field, k] = issue.path;
      const consentLine = field === 'consents' && typeof k === 'number' ? consentLines[entry.index]?.[k] : undefined;
      return consentLine === undefined ? issue : { ...issue, file: 'consents.csv', row: consentLine };
    });
    const id = (entry.record as { id?: unknown } | null)?.id;
    return JSON.stringify({
      file: `${entry.collection}.csv`,
      row: row?.line,
      collection: entry.collection,
      id,
      issues,
    });
  };
  await mkdir(outDir, { recursive: true });
  await writeLines(join(outDir, 'rejected.jsonl'), [
    ...problems.map((problem) => JSON.stringify(problem)),
    ...rejected.map(reportRow),
  ]);

  const bands: Record<string, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  const profileLevels: (PyramidLevel | null)[] = [];
  function* profileLines(): Iterable<string> {
    for (const profile of scoreAll(dataset, { asOf })) {
      const band = profile.composite.band ?? 'none';
      bands[band] = (bands[band] ?? 0) + 1;
      profileLevels.push(profile.level.level);
      yield JSON.stringify(profile);
    }
  }
  const profiles = await writeLines(join(outDir, 'profiles.jsonl'), profileLines());
  const t3 = performance.now();

  const distribution = levelDistribution(profileLevels);
  const levelCounts: Record<string, number> = {};
  for (const row of distribution.levels) levelCounts[row.level] = row.count;
  levelCounts['none'] = distribution.unclassified;

  const rejectedCounts: Record<string, number> = { customers: 0, consents: 0, channels: 0, interactions: 0 };
  for (const entry of [...problems, ...rejected]) {
    rejectedCounts[entry.collection] = (rejectedCounts[entry.collection] ?? 0) + 1;
  }
  return {
    outDir,
    read: {
      customers: customerRows.length,
      consents: consentRows.length,
      channels: channelRows.length,
      interactions: interactionRows.length,
    },
    rejected: rejectedCounts,
    profiles,
    bands,
    levels: levelCounts,
    ms: { read: t1 - t0, parse: t2 - t1, score: t3 - t2 },
  };
}

const list = (counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([key, count]) => `${key} ${count}`)
    .join(' · ');

/** Prints the summary of a run. */
export function summarise(result: ScoreCsvResult): string[] {
  const total = result.ms.read + result.ms.parse + result.ms.score;
  return [
    `read       ${list(result.read)} (rows)`,
    `rejected   ${list(result.rejected)} → ${join(result.outDir, 'rejected.jsonl')}`,
    `scored     ${result.profiles} profiles → ${join(result.outDir, 'profiles.jsonl')}`,
    `bands      ${list(result.bands)}`,
    `pyramid    ${list(result.levels)}`,
    `time       read ${Math.round(result.ms.read)} ms · validate ${Math.round(result.ms.parse)} ms · score and write ${Math.round(result.ms.score)} ms · total ${Math.round(total)} ms`,
  ];
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<ScoreCsvResult> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      in: { type: 'string', default: fileURLToPath(new URL('./data', import.meta.url)) },
      out: { type: 'string' },
      'as-of': { type: 'string', default: SAMPLE_AS_OF },
    },
  });
  const outDir = values.out ?? (await mkdtemp(join(tmpdir(), 'engagement-scoring-csv-')));
  const result = await scoreCsv({ inDir: values.in, outDir, asOf: values['as-of'] });
  for (const line of summarise(result)) console.log(line);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
