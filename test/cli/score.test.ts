/**
 * `engagement-scoring score`, run as a user runs it: the built CLI in a child process, on temporary
 * folders. Every input form, header matching, --map, gzip, exit codes 0/1/2, the loud failure on an
 * all-rejected export, empty and missing files, --json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';
import {
  AS_OF,
  builtCli,
  read,
  readJsonl,
  removeTempDirs,
  runCli,
  SAMPLE_CSV,
  sampleCopy,
  tempDir,
} from './support.js';

let cli = '';
beforeAll(async () => {
  cli = await builtCli('score');
});
afterAll(removeTempDirs);

const noStackTrace = (stderr: string): void => {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
};

/** A tiny export: two customers, one channel, three interactions. */
function tinyExport(files: { customers?: string; channels?: string; interactions?: string }): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'customers.csv'), files.customers ?? 'id,segment\nc1,retail\nc2,trade\n');
  writeFileSync(join(dir, 'channels.csv'), files.channels ?? 'id,kind\nmail,email\n');
  writeFileSync(
    join(dir, 'interactions.csv'),
    files.interactions ??
      [
        'id,customerId,channel,at,direction,type,inReplyTo',
        'i1,c1,mail,2026-03-01T09:00:00Z,inbound,question,',
        'i2,c1,mail,2026-03-01T10:00:00Z,outbound,reply,i1',
        'i3,c2,mail,2026-03-02T10:00:00Z,inbound,purchase,',
      ].join('\n'),
  );
  return dir;
}

describe('score: inputs and outputs', { timeout: 60_000 }, () => {
  it('scores a CSV folder: the four outputs, the library profiles, one flat row per customer', async () => {
    const out = join(tempDir(), 'out');
    const run = await runCli(cli, ['score', '--in', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/scored\s+50 customers/);
    const expected = JSON.parse(JSON.stringify([...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })]));
    const byId = (list: unknown[]) =>
      [...(list as { customerId: string }[])].sort((a, b) => a.customerId.localeCompare(b.customerId));
    expect(byId(readJsonl(join(out, 'profiles.jsonl')))).toEqual(byId(expected));

    const csv = read(join(out, 'scores.csv')).trimEnd().split('\n');
    expect(csv[0]).toBe(
      'customerId,activity,composite,band,value,efficiency,trust,consistency,relevancy,control,coverage,level,peak,movement,levelBefore,nextStep,consentFlags',
    );
    expect(csv).toHaveLength(51);
    const c001 = expected.find((p: { customerId: string }) => p.customerId === 'c001');
    expect(csv.find((line) => line.startsWith('c001,'))).toContain(`,${Math.round(c001.composite.score * 100) / 100},`);

    expect(readJsonl(join(out, 'rejected.jsonl'))).toEqual([
      expect.objectContaining({ file: 'interactions.csv', row: 987, id: 'i9001' }),
      expect.objectContaining({ file: 'interactions.csv', row: 988, id: 'i9002' }),
      expect.objectContaining({ file: 'interactions.csv', row: 989, id: 'i9003' }),
    ]);
    const summary = JSON.parse(read(join(out, 'summary.json')));
    expect(summary).toMatchObject({
      status: 'ok',
      read: { customers: 50, channels: 8, interactions: 988, consents: 78 },
      rejected: { records: 3, byCollection: { interactions: 3 } },
      profiles: 50,
    });
    expect(Object.values(summary.distributions.band).reduce((a: number, b) => a + (b as number), 0)).toBe(50);
    expect(summary.rejected.causes.map((c: { code: string }) => c.code).sort()).toEqual([
      'offset-less-timestamp',
      'out-of-range',
      'unknown-customer',
    ]);
  });

  it('reads a dataset JSON file, a tagged JSON Lines file and a folder of .jsonl files to the same profiles', async () => {
    const dataset = sampleDataset();
    const dir = tempDir();
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    const lines = [
      ...dataset.channels.map((channel) => ({ channel })),
      ...dataset.customers.map((customer) => ({ customer })),
      ...dataset.interactions.map((interaction) => ({ interaction })),
    ];
    writeFileSync(join(dir, 'dataset.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
    const folder = join(dir, 'jsonl');
    mkdirSync(folder);
    for (const kind of ['customers', 'channels', 'interactions'] as const) {
      writeFileSync(join(folder, `${kind}.jsonl`), dataset[kind].map((r) => JSON.stringify(r)).join('\n'));
    }
    const outputs = [];
    for (const input of [join(dir, 'dataset.json'), join(dir, 'dataset.jsonl'), folder]) {
      const out = join(tempDir(), 'out');
      const run = await runCli(cli, ['score', '--in', input, '--as-of', SAMPLE_AS_OF, '--out', out, '--quiet']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      outputs.push(read(join(out, 'scores.csv')));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(outputs[0]?.split('\n').filter(Boolean)).toHaveLength(dataset.customers.length + 1);
  });

  it('reads gzip files exactly like plain ones', async () => {
    const plain = sampleCopy();
    const zipped = sampleCopy();
    for (const kind of ['customers', 'channels', 'interactions', 'consents']) {
      const path = join(zipped, `${kind}.csv`);
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
      writeFileSync(path, ''); // would fail if read
    }
    for (const kind of ['customers', 'channels', 'interactions', 'consents']) {
      // only the .gz files remain findable
      writeFileSync(join(zipped, `${kind}.csv`), '');
    }
    const { rmSync } = await import('node:fs');
    for (const kind of ['customers', 'channels', 'interactions', 'consents']) rmSync(join(zipped, `${kind}.csv`));
    const outA = join(tempDir(), 'a');
    const outB = join(tempDir(), 'b');
    expect((await runCli(cli, ['score', '--in', plain, '--as-of', AS_OF, '--out', outA])).code).toBe(0);
    const run = await runCli(cli, ['score', '--in', zipped, '--as-of', AS_OF, '--out', outB]);
    expect(run.code, run.stderr).toBe(0);
    for (const file of ['profiles.jsonl', 'scores.csv', 'rejected.jsonl']) {
      expect(read(join(outB, file)).replaceAll('.csv.gz', '.csv'), file).toBe(read(join(outA, file)));
    }
  });

  it('matches headers case- and separator-insensitively and applies --map to columns and type values', async () => {
    const dir = tinyExport({
      customers: 'ID,Segment\nc1,retail\nc2,trade\n',
      channels: 'Channel ID,KIND\nmail,email\n',
      interactions: [
        'event_id,customer_id,Channel,occurred_at,Direction,Event,in_reply_to,utm_source',
        'i1,c1,mail,2026-03-01T09:00:00Z,inbound,Question Asked,,x',
        'i2,c1,mail,2026-03-01T10:00:00Z,outbound,reply,i1,x',
        'i3,c2,mail,2026-03-02T10:00:00Z,inbound,Order Placed,,x',
      ].join('\n'),
    });
    const map = join(dir, 'map.json');
    writeFileSync(
      map,
      JSON.stringify({
        columns: { event_id: 'id', 'channel id': 'id', occurred_at: 'at', event: 'type' },
        types: { 'Order Placed': 'purchase', 'question asked': 'question' },
      }),
    );
    const out = join(tempDir(), 'out');
    const run = await runCli(cli, ['score', '--in', dir, '--as-of', AS_OF, '--out', out, '--map', map]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('"utm_source" not used');
    expect(readJsonl(join(out, 'rejected.jsonl'))).toEqual([]);
    const rows = read(join(out, 'scores.csv')).trimEnd().split('\n');
    expect(rows[1]).toMatch(/^c1,/);
    expect(rows[2]).toMatch(/^c2,.*,contributing,contributing,same,contributing,/); // the purchase counts: contributing
    const profiles = readJsonl(join(out, 'profiles.jsonl')) as { rules: { efficiency: { score: number } } }[];
    expect(profiles[0]?.rules.efficiency.score).not.toBeNull(); // the question was answered
  });

  it('prints summary.json on stdout with --json, and takes the input without --in as the README shows', async () => {
    const out = join(tempDir(), 'out');
    const run = await runCli(cli, ['score', tinyExport({}), '--as-of', AS_OF, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(read(join(out, 'summary.json'))));
  });
});

describe('score: exit codes', { timeout: 60_000 }, () => {
  it('fails loudly (exit 1) when every interaction is rejected: top causes, no pile of empty profiles', async () => {
    const rows = ['id,customerId,channel,at,direction,type'];
    for (let k = 0; k < 200; k++)
      rows.push(`i${k},c${1 + (k % 2)},mail,2026-03-01T10:00:${String(k % 60).padStart(2, '0')},inbound,visit`);
    const dir = tinyExport({ interactions: rows.join('\n') });
    const out = join(tempDir(), 'out');
    const run = await runCli(cli, ['score', '--in', dir, '--as-of', AS_OF, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('200 of 200 interactions: offset-less-timestamp (at)');
    expect(run.stderr).toContain('timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z');
    expect(run.stderr).toMatch(/200 of 203 records rejected \(98\.5%\), above --max-rejected 0\.05/);
    noStackTrace(run.stderr);
    expect(existsSync(join(out, 'profiles.jsonl'))).toBe(false);
    expect(existsSync(join(out, 'scores.csv'))).toBe(false);
    expect(readJsonl(join(out, 'rejected.jsonl'))).toHaveLength(200);
    expect(JSON.parse(read(join(out, 'summary.json')))).toMatchObject({ status: 'too-many-rejected', profiles: 0 });

    // A higher threshold accepts the same export.
    const lenient = await runCli(cli, ['score', '--in', dir, '--as-of', AS_OF, '--out', out, '--max-rejected', '1']);
    expect(lenient.code).toBe(0);
    expect(existsSync(join(out, 'scores.csv'))).toBe(true);
  });

  it.each([
    [['score'], /--in is required/],
    [['score', '--in', 'x', '--out', 'y'], /--as-of is required/],
    [['score', '--in', 'nowhere', '--as-of', AS_OF, '--out', 'y'], /--in: no such file or folder: nowhere/],
    [['score', '--in', '.', '--as-of', '2026-06-30T00:00:00', '--out', 'y'], /--as-of: .* with Z or an offset/],
    [['score', '--in', '.', '--as-of', AS_OF, '--out', 'y', '--max-rejected', '5%'], /--max-rejected: "5%"/],
    [['score', '--in', '.', '--as-of', AS_OF, '--out', 'y', '--colour'], /Unknown option '--colour'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['score', 'a', 'b', '--as-of', AS_OF, '--out', 'y'], /one input only \(unexpected "b"\)/],
  ])('exits 2 with one clear line for usage errors: %j', async (args, message) => {
    const run = await runCli(cli, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    noStackTrace(run.stderr);
  });

  it('exits 2 without a stack trace for a missing file, an empty file and a header-only file', async () => {
    const missing = tinyExport({});
    const { rmSync } = await import('node:fs');
    rmSync(join(missing, 'channels.csv'));
    const cases: [string, RegExp][] = [
      [missing, /has no channels\.csv/],
      [tinyExport({ interactions: '' }), /interactions\.csv is empty/],
      [
        tinyExport({ interactions: 'id,customerId,channel,at,direction,type\n' }),
        /interactions\.csv has no interactions/,
      ],
      [tinyExport({ customers: 'name\nAnn\n' }), /customers\.csv has no id column/],
    ];
    for (const [dir, message] of cases) {
      const out = join(tempDir(), 'out');
      const run = await runCli(cli, ['score', '--in', dir, '--as-of', AS_OF, '--out', out]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      noStackTrace(run.stderr);
      expect(existsSync(join(out, 'profiles.jsonl'))).toBe(false);
    }
  });

  it('exits 2 for a corrupt gzip file and an unreadable --map', async () => {
    const dir = tinyExport({});
    const { renameSync } = await import('node:fs');
    writeFileSync(join(dir, 'interactions.csv.gz'), 'not gzip at all');
    renameSync(join(dir, 'interactions.csv'), join(dir, 'old.txt'));
    const run = await runCli(cli, ['score', '--in', dir, '--as-of', AS_OF, '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/interactions\.csv\.gz: not valid gzip data/);
    noStackTrace(run.stderr);
    const badMap = await runCli(cli, [
      'score',
      '--in',
      tinyExport({}),
      '--as-of',
      AS_OF,
      '--out',
      join(dir, 'o'),
      '--map',
      join(dir, 'nope.json'),
    ]);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/--map: cannot read/);
  });
});
