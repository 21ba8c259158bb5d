/**
 * The worker-threads example (examples/worker-threads.ts): shard files scored in real worker
 * threads, each worker reading its own shards, give the same customers and composite scores as one
 * thread, and as scoring the whole dataset at once. Timings are printed, never asserted.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, mismatchesBetween, runShardJob } from '../../examples/worker-threads.js';
import { parseDataset, SAMPLE_AS_OF, scoreAll } from '../../src/index.js';
import { generateDataset } from '../../src/sample/generate.js';

describe('examples/worker-threads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('merges worker results into exactly the single-thread result, and into the whole dataset’s', async () => {
    const report = await runShardJob({ customers: 300, workers: 2, seed: 7, warmUpCustomers: 0 });
    expect(report.customers).toBe(300);
    expect(report.shards).toBe(8);
    expect(report.single).toHaveLength(8);
    expect(report.parallel).toHaveLength(8);
    expect(report.mismatches).toEqual([]);
    expect(mismatchesBetween(report.single, report.parallel)).toEqual([]);
    // The shard files lose nothing: one pass over the whole dataset scores the same.
    const whole = parseDataset(
      generateDataset({ customers: 300, seed: 7, asOf: SAMPLE_AS_OF, timestamps: 'epoch-ms' }),
    );
    const ids: string[] = [];
    const scores: (number | null)[] = [];
    for (const profile of scoreAll(whole, { asOf: SAMPLE_AS_OF })) {
      ids.push(profile.customerId);
      scores.push(profile.composite.score);
    }
    expect(report.interactions).toBe(whole.interactions.length);
    expect(mismatchesBetween([{ ids, scores }], report.parallel)).toEqual([]);
    // The temporary folder of the shard files is gone.
    expect(existsSync(report.folder)).toBe(false);
  }, 30_000);

  it('removes its temporary folder when the job fails', async () => {
    const folders = (): string[] =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('engagement-scoring-shards-'));
    const before = folders();
    await expect(
      runShardJob({ customers: 50, workers: 1, warmUpCustomers: 0, asOf: 'not a timestamp' }),
    ).rejects.toThrow();
    expect(folders()).toEqual(before);
  });

  it('reports every customer that differs, is missing, is extra or is scored twice', () => {
    const expected = [{ ids: ['a', 'b', 'c'], scores: [10, null, 30] }];
    expect(
      mismatchesBetween(expected, [
        { ids: ['c'], scores: [30] },
        { ids: ['b', 'a'], scores: [null, 10] },
      ]),
    ).toEqual([]);
    expect(mismatchesBetween(expected, [{ ids: ['a', 'b', 'c'], scores: [10, 0, 31] }])).toEqual(['b', 'c']);
    expect(mismatchesBetween(expected, [{ ids: ['a', 'c', 'd'], scores: [10, 30, 40] }])).toEqual(['b', 'd']);
    expect(mismatchesBetween(expected, [{ ids: ['a', 'b', 'c', 'a'], scores: [10, null, 30, 10] }])).toEqual(['a']);
  });

  it('prints the check and a speed-up line, and refuses bad options', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const exitCode = process.exitCode;
    try {
      const report = await main(['--customers', '200', '--workers', '2', '--shards', '3']);
      expect(process.exitCode).toBe(exitCode);
      expect(report.mismatches).toEqual([]);
      expect(lines.some((line) => /^shards +3 JSON files/.test(line))).toBe(true);
      expect(lines.some((line) => /^1 thread +[\d,]+ ms · [\d,]+ interactions\/s/.test(line))).toBe(true);
      expect(lines.some((line) => /^2 workers +[\d,]+ ms · [\d,]+ interactions\/s/.test(line))).toBe(true);
      expect(lines.some((line) => /^speed-up +\d+\.\d\d× with 2 workers on \d+ CPUs$/.test(line))).toBe(true);
      expect(lines.some((line) => line.startsWith('check      merged worker result equals'))).toBe(true);
    } finally {
      process.exitCode = exitCode;
    }
    await expect(main(['--customers', '0'])).rejects.toThrow('--customers must be a positive integer');
  }, 30_000);
});
