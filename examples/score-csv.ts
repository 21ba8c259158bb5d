/**
 * Batch scoring with the library API, for a script of your own: a small CSV export in, one profile
 * per line out, every refused row reported. For real exports — any size, gzip, header matching,
 * progress, scores.csv and an HTML report — use the command line instead:
 *
 *   npx engagement-scoring score --in ./export --as-of 2026-06-30T00:00:00Z --out ./scored
 *
 * (see docs/cli.md). This example: `npx tsx examples/score-csv.ts [--in examples/data] [--as-of …]`.
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { parseDataset, SAMPLE_AS_OF, scoreAll } from '../src/index.js';

const LISTS = new Set(['interests', 'preferredChannels', 'topics']);
const NUMBERS = new Set(['amount', 'sentiment']);
const DURATION = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute|second)s?$/i;

/** One CSV cell as the model wants it; anything that does not fit stays text, and parseDataset says why. */
function cell(column: string, text: string): unknown {
  if (LISTS.has(column)) return text.split(';').filter((item) => item !== '');
  if (NUMBERS.has(column) && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  const duration = column === 'responseTarget' ? DURATION.exec(text) : null;
  if (duration !== null) return { [`${duration[2]?.toLowerCase()}s`]: Number(duration[1]) };
  return /^\d+$/.test(text) && (column === 'at' || column === 'since') ? Number(text) : text;
}

/** Reads one CSV file into records: empty cells are absent fields. */
function readCsv(path: string): Record<string, unknown>[] {
  const rows = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([, text]) => text !== '')
        .map(([column, text]) => [column, cell(column, text)]),
    ),
  );
}

/** Scores the CSV files of `inDir`: the profiles and the refused records with their reasons. */
export function scoreCsv(inDir: string, asOf: string) {
  // A level override comes in two columns and is one field of the customer.
  const customers = readCsv(join(inDir, 'customers.csv')).map(({ levelOverride, levelOverrideUntil, ...customer }) =>
    levelOverride === undefined
      ? customer
      : { ...customer, levelOverride: { level: levelOverride, until: levelOverrideUntil } },
  );
  const consentsFile = join(inDir, 'consents.csv');
  for (const { customerId, ...consent } of existsSync(consentsFile) ? readCsv(consentsFile) : []) {
    const customer = customers.find((c) => c['id'] === customerId);
    if (customer !== undefined) customer['consents'] = [...((customer['consents'] as unknown[]) ?? []), consent];
  }
  const { dataset, rejected } = parseDataset(
    {
      customers,
      channels: readCsv(join(inDir, 'channels.csv')),
      interactions: readCsv(join(inDir, 'interactions.csv')),
    },
    { mode: 'collect' },
  );
  return { profiles: [...scoreAll(dataset, { asOf })], rejected };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: fileURLToPath(new URL('./data', import.meta.url)) },
      'as-of': { type: 'string', default: SAMPLE_AS_OF },
    },
  });
  const { profiles, rejected } = scoreCsv(values.in, values['as-of']);
  for (const profile of profiles) console.log(JSON.stringify(profile));
  for (const entry of rejected) {
    console.error(`rejected ${entry.collection}[${entry.index}]: ${entry.issues.map((i) => i.code).join(', ')}`);
  }
  console.error(`${profiles.length} customers scored, ${rejected.length} records rejected`);
}
