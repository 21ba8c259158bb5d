/** `engagement-scoring report`, run as a user runs it: one self-contained HTML file, or exit 1 / 2. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, builtCli, read, removeTempDirs, runCli, SAMPLE_CSV, tempDir } from './support.js';

let cli = '';
beforeAll(async () => {
  cli = await builtCli('report');
});
afterAll(removeTempDirs);

describe('report', { timeout: 60_000 }, () => {
  it('writes one self-contained HTML file: data, chart code and styles inline, nothing to fetch', async () => {
    const out = join(tempDir(), 'report.html');
    const run = await runCli(cli, ['report', '--in', SAMPLE_CSV, '--as-of', AS_OF, '--out', out, '--in-memory']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('report: 50 customers');
    const html = read(out);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/\{\{\w+\}\}/); // every placeholder filled
    expect(html).not.toContain('/* charts */');
    expect(html.length).toBeGreaterThan(200_000); // the chart code (Plot and d3) is inline
    const data = JSON.parse(
      html.match(/<script type="application\/json" id="report-data">(.*?)<\/script>/s)?.[1] ?? '',
    );
    expect(data.customers).toBe(50);
    expect(data.pyramid.map((level: { count: number }) => level.count).reduce((a: number, b: number) => a + b, 0)).toBe(
      50 - data.unclassified,
    );
    expect(data.activity.scored).toBeGreaterThan(0);
    expect(data.perception.rows.length).toBeGreaterThan(5);
  });

  it('writes no report when too many records are rejected (exit 1), and exits 2 on usage errors', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.csv'), 'id\nc1\n');
    writeFileSync(join(dir, 'channels.csv'), 'id,kind\nmail,email\n');
    writeFileSync(
      join(dir, 'interactions.csv'),
      'id,customerId,channel,at,direction,type\ni1,c1,mail,2026-03-01 10:00,inbound,visit\ni2,c1,mail,2026-03-01 11:00,inbound,visit\n',
    );
    const out = join(dir, 'report.html');
    const failed = await runCli(cli, ['report', '--in', dir, '--as-of', AS_OF, '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/2 of 2 interactions: offset-less-timestamp/);
    expect(existsSync(out)).toBe(false);
    const usage = await runCli(cli, ['report', '--in', dir, '--as-of', AS_OF]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--out is required/);
  });
});
