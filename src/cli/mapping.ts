/** `--map mapping.json`: column renames and interaction type values, so real exports work unchanged. */
import { readFile } from 'node:fs/promises';
import { normalHeader } from './columns.js';
import { CliError } from './errors.js';

/** A loaded mapping: renames keyed by header in normal form, type values keyed exactly. */
export interface Mapping {
  readonly columns: ReadonlyMap<string, string>;
  readonly types: ReadonlyMap<string, string>;
}

export const NO_MAPPING: Mapping = { columns: new Map(), types: new Map() };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringMap(value: unknown, name: string, normalKeys: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (value === undefined) return out;
  if (!isRecord(value)) throw new CliError(`--map: "${name}" must be an object of "from": "to" strings`);
  for (const [from, to] of Object.entries(value)) {
    if (typeof to !== 'string' || to === '') {
      throw new CliError(`--map: "${name}"."${from}" must be a non-empty string`);
    }
    out.set(normalKeys ? normalHeader(from) : from, to);
  }
  return out;
}

/** Parses a mapping object: `{ "columns": { "event": "type" }, "types": { "Order Placed": "purchase" } }`. */
export function parseMapping(value: unknown): Mapping {
  if (!isRecord(value)) throw new CliError('--map: the file must hold a JSON object with "columns" and/or "types"');
  const unknown = Object.keys(value).filter((key) => key !== 'columns' && key !== 'types');
  if (unknown.length > 0) {
    throw new CliError(`--map: unknown key "${unknown[0]}" (expected "columns" and/or "types")`);
  }
  return { columns: stringMap(value['columns'], 'columns', true), types: stringMap(value['types'], 'types', false) };
}

/** Reads and parses the `--map` file. */
export async function loadMapping(path: string | undefined): Promise<Mapping> {
  if (path === undefined) return NO_MAPPING;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`--map: cannot read ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--map: ${path} is not valid JSON (${(error as Error).message})`);
  }
  return parseMapping(json);
}
