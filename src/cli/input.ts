/** Finds the files of an export: a folder of CSV / JSON Lines / JSON files, or one dataset file. */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FileKind } from './columns.js';
import { CliError } from './errors.js';
import { formatOf, jsonRecordReader, type ReadContext, type Row, readAllRows, readJson } from './records.js';

/** The files of an export folder, by kind. */
export interface ExportFiles {
  readonly customers: string;
  readonly channels: string;
  readonly interactions: string;
  readonly consents: string | undefined;
}

/** Where the data come from. */
export type Input =
  | { readonly kind: 'folder'; readonly path: string; readonly files: ExportFiles }
  | { readonly kind: 'dataset'; readonly path: string; readonly format: 'json' | 'jsonl' };

const EXTENSIONS = ['.csv', '.jsonl', '.ndjson', '.json'].flatMap((ext) => [ext, `${ext}.gz`]);

function findFile(dir: string, kind: FileKind): string | undefined {
  for (const ext of EXTENSIONS) {
    const path = join(dir, `${kind}${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Resolves `--in`: a folder with customers, channels and interactions files, or a dataset file. */
export function locateInput(path: string): Input {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new CliError(`--in: no such file or folder: ${path}`);
  }
  if (!isDirectory) {
    const format = formatOf(path);
    if (format === 'json' || format === 'jsonl') return { kind: 'dataset', path, format };
    throw new CliError(
      `--in: ${basename(path)} is not a dataset file (.json or .jsonl, optionally .gz); for CSV, pass the folder that holds customers.csv, channels.csv and interactions.csv`,
    );
  }
  const need = (kind: FileKind): string => {
    const file = findFile(path, kind);
    if (file === undefined) {
      throw new CliError(`--in: ${path} has no ${kind}.csv (nor ${kind}.jsonl or ${kind}.json, optionally .gz)`);
    }
    return file;
  };
  return {
    kind: 'folder',
    path,
    files: {
      customers: need('customers'),
      channels: need('channels'),
      interactions: need('interactions'),
      consents: findFile(path, 'consents'),
    },
  };
}

/** Every row of an export, in memory, with the file each collection came from. */
export interface LoadedExport {
  readonly rows: { readonly [K in FileKind]: readonly Row[] };
  readonly files: { readonly [K in FileKind]: string };
}

const KEYS: Readonly<Record<string, FileKind>> = {
  customer: 'customers',
  channel: 'channels',
  interaction: 'interactions',
  consent: 'consents',
};

/** Reads a whole dataset file: `{ customers, channels, interactions }` as JSON, or tagged JSON Lines. */
async function loadDatasetFile(path: string, format: 'json' | 'jsonl', context: ReadContext): Promise<LoadedExport> {
  const file = basename(path);
  const rows: Record<FileKind, Row[]> = { customers: [], consents: [], channels: [], interactions: [] };
  const readers = {
    customers: jsonRecordReader('customers', context.mapping),
    consents: jsonRecordReader('consents', context.mapping),
    channels: jsonRecordReader('channels', context.mapping),
    interactions: jsonRecordReader('interactions', context.mapping),
  };
  if (format === 'json') {
    const json = await readJson(path, context.counter);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new CliError(
        `${file} must hold one object { "customers": [...], "channels": [...], "interactions": [...] }`,
      );
    }
    for (const kind of ['customers', 'channels', 'interactions'] as const) {
      const list = (json as Record<string, unknown>)[kind];
      if (!Array.isArray(list)) throw new CliError(`${file} has no "${kind}" array`);
      rows[kind] = list.map((value, k) => ({ line: k + 1, record: readers[kind](value) }));
    }
  } else {
    const lines = await readAllRows(path, 'interactions', {
      ...context,
      mapping: { columns: new Map(), types: new Map() },
    });
    for (const { line, record } of lines) {
      const keys = Object.keys(record);
      const kind = keys.length === 1 ? KEYS[keys[0] as string] : undefined;
      if (kind === undefined) {
        context.problems({
          file,
          row: line,
          collection: 'interactions',
          issues: [
            {
              path: [],
              code: 'invalid-json-line',
              message: `${file}: each line must be one object { "customer" | "channel" | "interaction" | "consent": {...} }`,
            },
          ],
        });
        continue;
      }
      rows[kind].push({ line, record: readers[kind](record[keys[0] as string]) });
    }
  }
  for (const kind of ['customers', 'channels', 'interactions'] as const) {
    if (rows[kind].length === 0) throw new CliError(`${file} has no ${kind}`);
  }
  return { rows, files: { customers: file, consents: file, channels: file, interactions: file } };
}

/** Reads a whole export into memory. */
export async function loadExport(input: Input, context: ReadContext): Promise<LoadedExport> {
  if (input.kind === 'dataset') return loadDatasetFile(input.path, input.format, context);
  const { files } = input;
  const [customers, channels, consents] = await Promise.all([
    readAllRows(files.customers, 'customers', context),
    readAllRows(files.channels, 'channels', context),
    files.consents === undefined ? Promise.resolve([]) : readAllRows(files.consents, 'consents', context),
  ]);
  const interactions = await readAllRows(files.interactions, 'interactions', context);
  return {
    rows: { customers, consents, channels, interactions },
    files: {
      customers: basename(files.customers),
      consents: files.consents === undefined ? 'consents.csv' : basename(files.consents),
      channels: basename(files.channels),
      interactions: basename(files.interactions),
    },
  };
}
