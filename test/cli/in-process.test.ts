/**
 * The command line run in this process through `main(argv, io)`, with in-memory stdout and stderr:
 * the same commands as the child-process tests, cheap enough to cover every input form, option and
 * exit code, and visible to coverage (a child process is not).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';
import { AS_OF, read, readJsonl, removeTempDirs, SAMPLE_CSV, sampleCopy, sortedSample, tempDir } from './support.js';

afterAll(removeTempDirs);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A write stream that keeps what is written; `tty` makes it look like a terminal (progress bars). */
function memoryStream(tty = false): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const stream = {
    isTTY: tty,
    columns: 100,
    write: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    on: () => stream,
    once: () => stream,
    removeListener: () => stream,
    off: () => stream,
    text: () => chunks.join(''),
  };
  return stream as unknown as NodeJS.WriteStream & { text: () => string };
}

async function run(argv: readonly string[], options: { tty?: boolean } = {}): Promise<Run> {
  const stdout = memoryStream();
  const stderr = memoryStream(options.tty ?? false);
  let clock = 0;
  const code = await main(argv, { stdout, stderr, now: () => (clock += 250) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const byCustomer = (list: unknown[]) =>
  [...(list as { customerId: string }[])].sort((a, b) => a.customerId.localeCompare(b.customerId));

describe('main, in process: score', { timeout: 60_000 }, () => {
  const expected = byCustomer(
    JSON.parse(JSON.stringify([...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })])),
  );

  it('scores a CSV folder into the four outputs, identical to the library', async () => {
    const out = join(tempDir(), 'out');
    const result = await run(['score', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/scored\s+50 customers/);
    expect(byCustomer(readJsonl(join(out, 'profiles.jsonl')))).toEqual(expected);
    expect(read(join(out, 'scores.csv')).split('\n')[0]).toMatch(/^customerId,/);
    for (const file of ['rejected.jsonl', 'summary.json']) expect(existsSync(join(out, file))).toBe(true);
  });

  it('streams an export sorted by customer (--sorted), with a progress bar on a terminal', async () => {
    const out = join(tempDir(), 'out');
    const result = await run(['score', '--in', sortedSample(), '--as-of', SAMPLE_AS_OF, '--out', out, '--sorted'], {
      tty: true,
    });
    expect(result.code).toBe(0);
    expect(byCustomer(readJsonl(join(out, 'profiles.jsonl')))).toEqual(expected);
    const summary = JSON.parse(read(join(out, 'summary.json')));
    expect(summary.mode).toBe('streaming');
  });

  it('fails loudly when --sorted input is not grouped by customer', async () => {
    const out = join(tempDir(), 'out');
    const result = await run(['score', '--in', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out, '--sorted']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sorted/);
  });

  it('reads everything into memory on request, prints summary.json with --json, and stays quiet with --quiet', async () => {
    const out = join(tempDir(), 'out');
    const json = await run(['score', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out, '--in-memory', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).status).toBe('ok');
    const quiet = await run(['score', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', join(tempDir(), 'q'), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
  });

  it('reads one gzipped JSON dataset file and one JSON Lines dataset file', async () => {
    const dir = tempDir();
    const dataset = sampleDataset();
    const gz = join(dir, 'dataset.json.gz');
    writeFileSync(gz, gzipSync(JSON.stringify(dataset)));
    const fromGz = await run(['score', gz, '--as-of', SAMPLE_AS_OF, '--out', join(dir, 'a'), '--quiet']);
    expect(fromGz.code).toBe(0);
    expect(byCustomer(readJsonl(join(dir, 'a', 'profiles.jsonl')))).toEqual(expected);
    const jsonl = join(dir, 'dataset.jsonl');
    writeFileSync(
      jsonl,
      [
        ...dataset.channels.map((channel) => ({ channel })),
        ...dataset.customers.map((customer) => ({ customer })),
        ...dataset.interactions.map((interaction) => ({ interaction })),
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const fromJsonl = await run(['score', jsonl, '--as-of', SAMPLE_AS_OF, '--out', join(dir, 'b'), '--quiet']);
    expect(fromJsonl.code).toBe(0);
  });

  it('renames columns and types with --map, and learns or is told whether the business side is recorded', async () => {
    const dir = sampleCopy();
    const path = join(dir, 'interactions.csv');
    writeFileSync(path, read(path).replace(/^id,/, 'event_id,'));
    const map = join(tempDir(), 'map.json');
    writeFileSync(map, JSON.stringify({ columns: { event_id: 'id' }, types: { 'Order Placed': 'purchase' } }));
    const out = join(tempDir(), 'out');
    const result = await run([
      'score',
      dir,
      '--as-of',
      SAMPLE_AS_OF,
      '--out',
      out,
      '--map',
      map,
      '--business-side',
      'no',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(read(join(out, 'summary.json'))).recordsBusinessSide).toBe(false);
  });

  it('refuses to score above --max-rejected, listing the top causes', async () => {
    const dir = sampleCopy();
    const path = join(dir, 'interactions.csv');
    const [header, ...rows] = read(path).trimEnd().split('\n');
    writeFileSync(
      path,
      `${[header, ...rows.map((row, k) => (k % 2 === 0 ? row.replace(/,20\d\d-/, ',yesterday-') : row))].join('\n')}\n`,
    );
    const out = join(tempDir(), 'out');
    const result = await run(['score', dir, '--as-of', SAMPLE_AS_OF, '--out', out, '--max-rejected', '0.01']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rejected/);
    expect(existsSync(join(out, 'profiles.jsonl'))).toBe(false);
  });

  it('exits 2 with one line for missing, empty and header-only files', async () => {
    const missing = await run(['score', join(tempDir(), 'nowhere'), '--as-of', AS_OF, '--out', join(tempDir(), 'o')]);
    expect(missing.code).toBe(2);
    const dir = sampleCopy();
    writeFileSync(join(dir, 'interactions.csv'), 'id,customerId,channel,at,direction,type\n');
    const headerOnly = await run(['score', dir, '--as-of', AS_OF, '--out', join(tempDir(), 'o')]);
    expect(headerOnly.code).toBe(2);
    expect(headerOnly.stderr).toMatch(/^engagement-scoring: /);
    expect(headerOnly.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('main, in process: input errors', { timeout: 60_000 }, () => {
  const score = (input: string, ...more: string[]) =>
    run(['score', input, '--as-of', SAMPLE_AS_OF, '--out', join(tempDir(), 'out'), '--quiet', ...more]);
  const file = (name: string, text: string): string => {
    const path = join(tempDir(), name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['a CSV file instead of its folder', () => score(file('interactions.csv', 'id\n')), /is not a dataset file/],
    ['a folder without interactions', () => score(tempDir()), /has no customers\.csv/],
    ['a JSON file that is not one object', () => score(file('d.json', '[]')), /must hold one object/],
    [
      'a JSON dataset without channels',
      () => score(file('d.json', '{"customers":[],"interactions":[]}')),
      /has no "channels" array/,
    ],
    ['an unreadable --map', () => score(SAMPLE_CSV, '--map', join(tempDir(), 'none.json')), /--map: cannot read/],
    ['a --map that is not JSON', () => score(SAMPLE_CSV, '--map', file('m.json', '{')), /--map: .* is not valid JSON/],
    [
      'a --map that is not an object',
      () => score(SAMPLE_CSV, '--map', file('m.json', '[]')),
      /must hold a JSON object/,
    ],
    [
      'a --map with an unknown key',
      () => score(SAMPLE_CSV, '--map', file('m.json', '{"cols":{}}')),
      /unknown key "cols"/,
    ],
    [
      'a --map section that is not an object',
      () => score(SAMPLE_CSV, '--map', file('m.json', '{"types":[]}')),
      /"types" must be an object/,
    ],
    [
      'a --map with an empty target',
      () => score(SAMPLE_CSV, '--map', file('m.json', '{"types":{"x":""}}')),
      /"types"\."x" must be a non-empty string/,
    ],
  ] as const)('exits 2 for %s', async (_, go, message) => {
    const result = await go();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('rejects JSON Lines that are not one keyed record, and scores the rest', async () => {
    const dataset = sampleDataset();
    const lines = [
      ...dataset.channels.map((channel) => ({ channel })),
      ...dataset.customers.map((customer) => ({ customer })),
      ...dataset.interactions.map((interaction) => ({ interaction })),
      { something: 1 },
    ].map((line) => JSON.stringify(line));
    const out = join(tempDir(), 'out');
    const result = await run([
      'score',
      file('d.jsonl', lines.join('\n')),
      '--as-of',
      SAMPLE_AS_OF,
      '--out',
      out,
      '--quiet',
    ]);
    expect(result.code).toBe(0);
    expect(read(join(out, 'rejected.jsonl'))).toMatch(/invalid-json-line/);
  });

  it('reads a folder of JSON Lines and JSON files, gzipped or not', async () => {
    const dataset = sampleDataset();
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.json'), JSON.stringify(dataset.customers));
    writeFileSync(join(dir, 'channels.jsonl.gz'), gzipSync(dataset.channels.map((c) => JSON.stringify(c)).join('\n')));
    writeFileSync(join(dir, 'interactions.ndjson'), dataset.interactions.map((i) => JSON.stringify(i)).join('\n'));
    const out = join(tempDir(), 'out');
    const result = await run(['score', dir, '--as-of', SAMPLE_AS_OF, '--out', out, '--quiet']);
    expect(result.code).toBe(0);
    expect(readJsonl(join(out, 'profiles.jsonl'))).toHaveLength(dataset.customers.length);
  });
});

describe('main, in process: rejected records, warnings and broken files', { timeout: 60_000 }, () => {
  const BAD_ROWS = [
    'bad1,c001,mail,yesterday,inbound,question,,,,,,,,,',
    'bad2,c001,nowhere,2026-05-01T00:00:00Z,inbound,question,,,,,,,,,',
    'bad3,c999,mail,2026-05-01T00:00:00Z,inbound,question,,,,,,,,,',
  ];

  it.each(['--sorted', '--in-memory'])('lists rejected rows and scores the rest (%s)', async (mode) => {
    // c998 has no interactions; c997's `since` is not a date (a rejected customer).
    const dir = sortedSample({ customers: ['c998,,,,,,', 'c997,someday,,,,,'], interactions: BAD_ROWS });
    const consents = join(dir, 'consents.csv');
    writeFileSync(consents, `${read(consents).trimEnd()}\nc999,email,marketing,true,2026-01-01T00:00:00Z\n`);
    const path = join(dir, 'customers.csv');
    writeFileSync(
      path,
      read(path)
        .replace(/^id,/, 'id,favouriteColour,')
        .replace(/\n(c\d+),/g, '\n$1,blue,'),
    );
    const out = join(tempDir(), 'out');
    const result = await run(['score', dir, '--as-of', SAMPLE_AS_OF, '--out', out, mode, '--max-rejected', '1']);
    expect(result.code).toBe(0);
    const rejected = readJsonl(join(out, 'rejected.jsonl')) as { issues: { code: string }[] }[];
    const codes = rejected.flatMap((entry) => entry.issues.map((issue) => issue.code));
    expect(codes).toEqual(expect.arrayContaining(['invalid-timestamp', 'unknown-channel']));
    expect(result.stderr).toMatch(/favouriteColour|unknown/i);
  });

  it('reads a single dataset file whole even under --sorted, and says so', async () => {
    const path = join(tempDir(), 'dataset.json');
    writeFileSync(path, JSON.stringify(sampleDataset()));
    const result = await run(['score', path, '--as-of', SAMPLE_AS_OF, '--out', join(tempDir(), 'o'), '--sorted']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--sorted has no effect/);
  });

  it.each([
    ['a JSON file that is not JSON', 'customers.json', '[{'],
    ['a JSON file that is not an array', 'customers.json', '{}'],
  ])('exits 2 for %s in a folder', async (_, name, text) => {
    const dir = sampleCopy();
    writeFileSync(join(dir, name), text);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'customers.csv'));
    const result = await run(['score', dir, '--as-of', SAMPLE_AS_OF, '--out', join(tempDir(), 'o'), '--quiet']);
    expect(result.code).toBe(2);
  });

  it('rejects JSON Lines rows that are not JSON objects, with their line numbers', async () => {
    const dataset = sampleDataset();
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.jsonl'), dataset.customers.map((c) => JSON.stringify(c)).join('\n'));
    writeFileSync(join(dir, 'channels.jsonl'), dataset.channels.map((c) => JSON.stringify(c)).join('\n'));
    const lines = dataset.interactions.map((i) => JSON.stringify(i));
    writeFileSync(join(dir, 'interactions.jsonl'), [...lines, '', '{not json', '42'].join('\n'));
    const out = join(tempDir(), 'out');
    const result = await run(['score', dir, '--as-of', SAMPLE_AS_OF, '--out', out, '--quiet', '--max-rejected', '1']);
    expect(result.code).toBe(0);
    expect(readJsonl(join(out, 'rejected.jsonl')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('main, in process: usage', () => {
  it.each([
    [[], 2, /Usage:/],
    [['--help'], 0, /Usage:/],
    [['score', '--help'], 0, /Usage:/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['score', 'a', '--out', 'o'], 2, /--as-of is required/],
    [['score', 'a', 'b', '--as-of', AS_OF, '--out', 'o'], 2, /one input only/],
    [['score', 'a', '--as-of', '2026-06-30', '--out', 'o'], 2, /--as-of: "2026-06-30" is not a date-time/],
    [['score', 'a', '--as-of', AS_OF, '--out', 'o', '--business-side', 'maybe'], 2, /--business-side must be/],
    [['score', 'a', '--as-of', AS_OF, '--out', 'o', '--sorted', '--in-memory'], 2, /exclude each other/],
    [['score', 'a', '--as-of', AS_OF, '--out', 'o', '--max-rejected', '2'], 2, /--max-rejected: "2"/],
    [['score', 'a', '--as-of', AS_OF, '--out', 'o', '--frob'], 2, /score: Unknown option/],
  ] as const)('%j exits %i', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(code === 0 || argv.length === 0 ? result.stdout : result.stderr).toMatch(message);
  });

  it('prints the version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+|unknown/);
  });
});
