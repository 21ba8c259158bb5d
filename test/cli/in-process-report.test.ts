/**
 * `engagement-scoring report` run in this process through `main(argv, io)`. The chart bundle
 * (report-page.js) is built next to dist/cli.js; from source it is not there, so this file reads a
 * stand-in for it and checks everything else: the data, the page, the exit codes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SAMPLE_AS_OF } from '../../src/index.js';
import { read, removeTempDirs, SAMPLE_CSV, sampleCopy, tempDir } from './support.js';

const PAGE_SCRIPT = '/* the chart bundle */';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((path: Parameters<typeof original.readFile>[0], options?: unknown) =>
    String(path).endsWith('/report-page.js')
      ? Promise.resolve(PAGE_SCRIPT)
      : original.readFile(path, options as never)) as typeof original.readFile;
  return { ...original, default: { ...original, readFile }, readFile };
});

afterAll(removeTempDirs);

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (chunks: string[]) =>
    ({ isTTY: false, write: (chunk: string) => chunks.push(chunk) > 0 }) as unknown as NodeJS.WriteStream;
  const code = await main(argv, { stdout: stream(out), stderr: stream(err), now: () => 0 });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('main, in process: report', { timeout: 60_000 }, () => {
  it('writes one self-contained page with the data and the chart code', async () => {
    const out = join(tempDir(), 'report.html');
    const result = await run(['report', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^report: 50 customers → /);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain(PAGE_SCRIPT);
    expect(html).not.toMatch(/\{\{\w+\}\}/);
  });

  it('prints summary.json with --json', async () => {
    const out = join(tempDir(), 'report.html');
    const result = await run(['report', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).status).toBe('ok');
  });

  it('writes no report above --max-rejected', async () => {
    const dir = sampleCopy();
    const path = join(dir, 'interactions.csv');
    const [header, ...rows] = read(path).trimEnd().split('\n');
    const broken = rows.map((row, k) => (k % 2 === 0 ? row.replace(/,20\d\d-/, ',yesterday-') : row));
    writeFileSync(path, `${[header, ...broken].join('\n')}\n`);
    const result = await run(['report', dir, '--as-of', SAMPLE_AS_OF, '--out', join(tempDir(), 'r.html')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/engagement-scoring score/);
  });

  it('exits 2 with one line when the report cannot be written', async () => {
    const out = join(tempDir(), 'missing-folder', 'report.html');
    const result = await run(['report', SAMPLE_CSV, '--as-of', SAMPLE_AS_OF, '--out', out, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out: cannot write/);
  });
});
