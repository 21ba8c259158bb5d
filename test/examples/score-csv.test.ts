/**
 * The CSV example (examples/score-csv.ts): the shipped fixtures score exactly like the sample data,
 * every bad row is reported with its file, line and reasons, and cells are never guessed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCell, scoreCsv } from '../../examples/score-csv.js';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';

const folders: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'score-csv-test-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const readJsonl = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('examples/score-csv', () => {
  it('scores the CSV fixtures exactly like the sample data, and reports the three bad rows', async () => {
    const outDir = tempDir();
    const dataDir = join(import.meta.dirname, '..', '..', 'examples', 'data');
    const result = await scoreCsv({ inDir: dataDir, outDir, asOf: SAMPLE_AS_OF });

    const expected = JSON.parse(JSON.stringify([...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })]));
    expect(readJsonl(join(outDir, 'profiles.jsonl'))).toEqual(expected);
    expect(result.profiles).toBe(50);
    expect(Object.values(result.bands).reduce((a, b) => a + b, 0)).toBe(50);
    expect(Object.values(result.levels).reduce((a, b) => a + b, 0)).toBe(50);

    const rejected = readJsonl(join(outDir, 'rejected.jsonl'));
    expect(rejected).toEqual([
      expect.objectContaining({
        file: 'interactions.csv',
        row: 987,
        id: 'i9001',
        issues: [expect.objectContaining({ code: 'offset-less-timestamp' })],
      }),
      expect.objectContaining({
        file: 'interactions.csv',
        row: 988,
        id: 'i9002',
        issues: [expect.objectContaining({ code: 'out-of-range' })],
      }),
      expect.objectContaining({
        file: 'interactions.csv',
        row: 989,
        id: 'i9003',
        issues: [expect.objectContaining({ code: 'unknown-customer' })],
      }),
    ]);
    expect(result.rejected).toEqual({ customers: 0, consents: 0, channels: 0, interactions: 3 });
  });

  it('reports unreadable rows, orphan consents and bad consents with their file and line', async () => {
    const inDir = tempDir();
    writeFileSync(join(inDir, 'customers.csv'), 'id,segment\nc1,retail\nc2,"trade, north"\n');
    writeFileSync(
      join(inDir, 'consents.csv'),
      'customerId,channel,granted,at\nc1,mail,true,2026-01-01T00:00:00Z\nc9,mail,true,2026-01-01T00:00:00Z\nc2,mail,yes,2026-01-01T00:00:00Z\n',
    );
    writeFileSync(join(inDir, 'channels.csv'), 'id,kind,responseTarget\nmail,email,4 hours\n');
    writeFileSync(
      join(inDir, 'interactions.csv'),
      [
        'id,customerId,channel,at,direction,type,topics',
        'i1,c1,mail,2026-03-01T09:00:00Z,inbound,question,billing;delivery',
        'i2,c1,mail,2026-03-01T10:00:00Z,outbound,reply,,surplus-cell',
        'i3,c1,mail,1772359200000,outbound,reply',
      ].join('\n'),
    );
    const outDir = tempDir();
    const result = await scoreCsv({ inDir, outDir, asOf: SAMPLE_AS_OF });
    const rejected = readJsonl(join(outDir, 'rejected.jsonl'));
    expect(rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'interactions.csv',
          row: 3,
          issues: [expect.objectContaining({ code: 'invalid-csv-row' })],
        }),
        expect.objectContaining({
          file: 'consents.csv',
          row: 3,
          issues: [expect.objectContaining({ code: 'unknown-customer' })],
        }),
        expect.objectContaining({
          file: 'customers.csv',
          row: 3,
          id: 'c2',
          issues: [expect.objectContaining({ code: 'invalid-type', file: 'consents.csv', row: 4 })],
        }),
      ]),
    );
    expect(rejected).toHaveLength(3);
    expect(result.profiles).toBe(1);
    expect(result.read).toEqual({ customers: 2, consents: 3, channels: 1, interactions: 2 });
  });

  it('reads cells by column kind and leaves what does not fit as text', () => {
    expect(readCell('list', 'camping; cycling;')).toEqual(['camping', 'cycling']);
    expect(readCell('boolean', 'TRUE')).toBe(true);
    expect(readCell('boolean', 'yes')).toBe('yes');
    expect(readCell('number', '-20.5')).toBe(-20.5);
    expect(readCell('number', '12 EUR')).toBe('12 EUR');
    expect(readCell('timestamp', '1772355600000')).toBe(1_772_355_600_000);
    expect(readCell('timestamp', '2026-03-01T09:00:00Z')).toBe('2026-03-01T09:00:00Z');
    expect(readCell('duration', '10 minutes')).toEqual({ minutes: 10 });
    expect(readCell('duration', '1 day')).toEqual({ days: 1 });
    expect(readCell('duration', 'PT4H')).toBe('PT4H');
  });
});
