/** The columns of each input file, how their cells are read, and how headers are matched to them. */

/** How a CSV cell is read. */
export type Cell = 'text' | 'list' | 'boolean' | 'number' | 'timestamp' | 'duration';

/** The input files of an export. */
export type FileKind = 'customers' | 'consents' | 'channels' | 'interactions';

export const FILE_KINDS: readonly FileKind[] = ['customers', 'consents', 'channels', 'interactions'];

/** The columns of each file and how their cells are read. */
export const COLUMNS: { readonly [K in FileKind]: Readonly<Record<string, Cell>> } = {
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
};

/** A header in normal form: lower case, letters and digits only (`Customer_ID` → `customerid`). */
export function normalHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Matches a file's headers to its columns, case- and separator-insensitively (`customer_id`,
 * `Customer ID` and `customerId` are one column). `renames` (from `--map`) are applied first, keyed by
 * header in normal form. Returns the column per header, `undefined` for a header that matches none.
 */
export function matchHeaders(
  kind: FileKind,
  headers: readonly string[],
  renames: ReadonlyMap<string, string>,
): (string | undefined)[] {
  const byNormal = new Map<string, string>();
  for (const column of Object.keys(COLUMNS[kind])) byNormal.set(normalHeader(column), column);
  return headers.map((header) => {
    const normal = normalHeader(header);
    const renamed = renames.get(normal);
    return byNormal.get(renamed === undefined ? normal : normalHeader(renamed));
  });
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const EPOCH_MS = /^-?\d+$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute|second)s?$/i;

/** One cell as the model wants it, or the text unchanged when it does not fit (validation then says why). */
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
