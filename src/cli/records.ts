/** Reads the records of one input file (CSV, JSON Lines or JSON; gzip too) as a stream of rows. */
import { createReadStream, type ReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { COLUMNS, type FileKind, matchHeaders, normalHeader, readCell } from './columns.js';
import { CliError } from './errors.js';
import type { Mapping } from './mapping.js';

/** A record read from one row or line of a file, with its line number (a CSV header is line 1). */
export interface Row {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/** A row that could not be read at all (a CSV row with too many cells, a line that is not JSON). */
export interface RowProblem {
  readonly file: string;
  readonly row: number;
  readonly collection: FileKind;
  readonly issues: readonly { path: readonly (string | number)[]; code: string; message: string }[];
}

/** Bytes read so far over all files, for progress and its ETA. */
export interface ByteCounter {
  bytes: number;
}

/** What a reader reports besides its rows. */
export interface ReadContext {
  readonly mapping: Mapping;
  readonly counter: ByteCounter;
  readonly problems: (problem: RowProblem) => void;
  /** Columns that match nothing and are ignored, by file. */
  readonly ignoredColumns: (file: string, columns: readonly string[]) => void;
}

/** The formats a file may come in, from its name. */
export type Format = 'csv' | 'jsonl' | 'json';

export function formatOf(path: string): Format | undefined {
  const name = basename(path).toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return 'json';
  return undefined;
}

/** Opens a file as a stream of bytes, gunzipped when its name ends in `.gz`, counting bytes read. */
export function openFile(path: string, counter: ByteCounter): Readable {
  const raw: ReadStream = createReadStream(path);
  raw.on('data', (chunk) => {
    counter.bytes += chunk.length;
  });
  if (!path.toLowerCase().endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** Pipes `source` into `target`, passing the source's errors on (`pipe` alone drops them). */
function pipeErrors<T extends NodeJS.WritableStream & Readable>(source: Readable, target: T): T {
  source.on('error', (error) => target.destroy(error));
  return source.pipe(target);
}

/** A read error as one clear line (exit 2). */
export function readError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof CliError) return cause;
  const code = (error as { code?: unknown }).code;
  const reason =
    code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR'
      ? 'not valid gzip data'
      : code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
  return new CliError(`cannot read ${basename(path)}: ${reason}`);
}

/** Type values renamed by `--map` (exact match first, then case- and separator-insensitive). */
function typeMapper(mapping: Mapping): (value: unknown) => unknown {
  if (mapping.types.size === 0) return (value) => value;
  const byNormal = new Map<string, string>();
  for (const [from, to] of mapping.types) byNormal.set(normalHeader(from), to);
  return (value) =>
    typeof value === 'string' ? (mapping.types.get(value) ?? byNormal.get(normalHeader(value)) ?? value) : value;
}

/** The column a record key stands for (`customer_id` → `customerId`), or the key unchanged. */
function keyMapper(kind: FileKind, mapping: Mapping): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let column = cache.get(key);
    if (column === undefined) {
      column = matchHeaders(kind, [key], mapping.columns)[0] ?? key;
      cache.set(key, column);
    }
    return column;
  };
}

/** Renames a JSON record's keys to the model's columns and maps its type value. */
export function jsonRecordReader(kind: FileKind, mapping: Mapping): (value: unknown) => Record<string, unknown> {
  const key = keyMapper(kind, mapping);
  const type = typeMapper(mapping);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value };
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const column = key(k);
      out[column] = column === 'type' && kind === 'interactions' ? type(v) : v;
    }
    return out;
  };
}

/** Streams the rows of a CSV file: headers matched to columns, cells read by their column's kind. */
async function* csvRows(path: string, kind: FileKind, context: ReadContext): AsyncGenerator<Row> {
  const file = basename(path);
  const cells = COLUMNS[kind];
  const type = typeMapper(context.mapping);
  let headerSeen = false;
  const parser = pipeErrors(
    openFile(path, context.counter),
    parse({
      columns: (headers: string[]) => {
        headerSeen = true;
        const columns = matchHeaders(kind, headers, context.mapping.columns);
        const ignored = headers.filter((_, k) => columns[k] === undefined);
        if (ignored.length > 0) context.ignoredColumns(file, ignored);
        const required = kind === 'interactions' || kind === 'consents' ? 'customerId' : 'id';
        if (!columns.includes(required)) {
          throw new CliError(
            `${file} has no ${required} column (headers: ${headers.join(', ')}); rename one with --map`,
          );
        }
        // csv-parse skips a column named `false`.
        return columns.map((column) => column ?? false);
      },
      bom: true,
      trim: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count_less: true,
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    context.problems({
      file,
      row: error.lines ?? 0,
      collection: kind,
      issues: [{ path: [], code: 'invalid-csv-row', message: `${file}: ${error.message}` }],
    });
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const out: Record<string, unknown> = {};
      for (const column in record) {
        const text = record[column] as string;
        const cell = cells[column];
        if (cell === undefined || text === '') continue;
        out[column] = column === 'type' ? type(text) : readCell(cell, text);
      }
      yield { line: info.lines, record: out };
    }
  } catch (error) {
    throw readError(path, error);
  }
  if (!headerSeen) throw new CliError(`${file} is empty: expected a header line and rows`);
}

/** The lines of a text stream, numbered from 1. */
async function* textLines(source: Readable): AsyncGenerator<[number, string]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  for await (const chunk of source) {
    const text = rest + decoder.write(chunk as Buffer);
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield [++line, part];
  }
  rest += decoder.end();
  if (rest !== '') yield [++line, rest];
}

/** Streams the records of a JSON Lines file (one JSON object per line). */
async function* jsonlRows(path: string, kind: FileKind, context: ReadContext): AsyncGenerator<Row> {
  const file = basename(path);
  const read = jsonRecordReader(kind, context.mapping);
  try {
    for await (const [line, text] of textLines(openFile(path, context.counter))) {
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        context.problems({
          file,
          row: line,
          collection: kind,
          issues: [{ path: [], code: 'invalid-json-line', message: `${file}: ${(error as Error).message}` }],
        });
        continue;
      }
      yield { line, record: read(value) };
    }
  } catch (error) {
    throw readError(path, error);
  }
}

/** Reads a whole JSON file. */
export async function readJson(path: string, counter: ByteCounter): Promise<unknown> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of openFile(path, counter)) chunks.push(chunk as Buffer);
  } catch (error) {
    throw readError(path, error);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new CliError(`${basename(path)} is empty`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${basename(path)} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a JSON file holding an array of records of one kind. */
async function* jsonArrayRows(path: string, kind: FileKind, context: ReadContext): AsyncGenerator<Row> {
  const json = await readJson(path, context.counter);
  if (!Array.isArray(json)) throw new CliError(`${basename(path)} must hold a JSON array of ${kind}`);
  const read = jsonRecordReader(kind, context.mapping);
  for (let k = 0; k < json.length; k++) yield { line: k + 1, record: read(json[k]) };
}

/** Streams the rows of one file of an export folder, whatever its format. */
export async function* readRows(path: string, kind: FileKind, context: ReadContext): AsyncGenerator<Row> {
  const format = formatOf(path);
  const rows =
    format === 'csv'
      ? csvRows(path, kind, context)
      : format === 'jsonl'
        ? jsonlRows(path, kind, context)
        : jsonArrayRows(path, kind, context);
  let count = 0;
  for await (const row of rows) {
    count++;
    yield row;
  }
  if (count === 0 && kind !== 'consents') {
    throw new CliError(`${basename(path)} has no ${kind}: a header or nothing, but no rows`);
  }
}

/** Reads every row of a file into memory. */
export async function readAllRows(path: string, kind: FileKind, context: ReadContext): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of readRows(path, kind, context)) rows.push(row);
  return rows;
}
