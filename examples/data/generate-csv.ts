/**
 * Writes the CSV fixtures in this folder from the sample data (`sampleDataset()`), in the column
 * mapping the command line reads (src/cli/columns.ts), plus three deliberately bad interaction rows at the end of
 * interactions.csv (an offset-less timestamp, a negative amount, an unknown customer) so that the
 * rejected report is never empty. Run once after the sample data changes, and commit the CSVs:
 *
 *   npx tsx examples/data/generate-csv.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLUMNS } from '../../src/cli/columns.js';
import { sampleDataset } from '../../src/index.js';

type Kind = keyof typeof COLUMNS;

/** One value as CSV text: lists `;`-separated, durations as "<n> <unit>", quoted when needed. */
function cell(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (Array.isArray(value)) {
    if (value.some((item) => String(item).includes(';'))) throw new Error(`a list item contains ";": ${value}`);
    text = value.join(';');
  } else if (typeof value === 'object') {
    const entries = Object.entries(value);
    const [unit, amount] = entries[0] ?? [];
    if (entries.length !== 1) throw new Error(`a duration with ${entries.length} parts: ${JSON.stringify(value)}`);
    text = `${amount} ${unit}`;
  } else text = String(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(kind: Kind, records: readonly Record<string, unknown>[]): string {
  const columns = Object.keys(COLUMNS[kind]);
  const lines = [
    columns.join(','),
    ...records.map((record) => columns.map((column) => cell(record[column])).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

const data = sampleDataset();
const customers = data.customers.map(({ consents: _, levelOverride, ...customer }) => ({
  ...customer,
  levelOverride: levelOverride?.level,
  levelOverrideUntil: levelOverride?.until,
}));
const consents = data.customers.flatMap((customer) =>
  (customer.consents ?? []).map((consent) => ({ customerId: customer.id, ...consent })),
);
const bad = [
  // No offset: the instant would depend on the server's time zone (offset-less-timestamp).
  {
    id: 'i9001',
    customerId: 'c001',
    channel: 'mail',
    at: '2026-05-02T10:00:00',
    direction: 'inbound',
    type: 'question',
  },
  // A refund keyed in as a negative purchase (out-of-range).
  {
    id: 'i9002',
    customerId: 'c003',
    channel: 'webshop',
    at: '2026-05-03T12:00:00Z',
    direction: 'inbound',
    type: 'purchase',
    amount: -20,
  },
  // A customer missing from customers.csv (unknown-customer).
  {
    id: 'i9003',
    customerId: 'c999',
    channel: 'hotline',
    at: '2026-05-04T08:30:00Z',
    direction: 'inbound',
    type: 'complaint',
  },
];

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
writeFileSync(here('customers.csv'), csv('customers', customers));
writeFileSync(here('consents.csv'), csv('consents', consents));
writeFileSync(here('channels.csv'), csv('channels', data.channels));
writeFileSync(here('interactions.csv'), csv('interactions', [...data.interactions, ...bad]));
console.log(
  `customers ${customers.length} · consents ${consents.length} · channels ${data.channels.length} · interactions ${data.interactions.length} + ${bad.length} bad`,
);
