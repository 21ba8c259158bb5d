/**
 * Helpers for the command-line tests: build the CLI as `npm run build` does (into a cache folder
 * inside the repository, so its dependencies resolve), run it as a child process, make temp folders.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_CSV = join(ROOT, 'examples', 'data');
export const AS_OF = '2026-06-30T00:00:00Z';

/** Builds the CLI into a folder of its own; returns the path of cli.js. */
export async function builtCli(name: string): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', `cli-test-${name}-${process.pid}`);
  const [cli] = await buildCli(dir);
  return cli as string;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with `args`, as a user would: a child process, its output captured. */
export function runCli(
  cli: string,
  args: readonly string[],
  cwd = tmpdir(),
  env: Readonly<Record<string, string>> = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const options = { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } };
    execFile(process.execPath, [cli, ...args], options, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const folders: string[] = [];
/** A new temporary folder, removed by {@link removeTempDirs}. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engagement-cli-test-'));
  folders.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the sample CSV export in a temp folder. */
export function sampleCopy(): string {
  const dir = tempDir();
  cpSync(SAMPLE_CSV, dir, { recursive: true, filter: (path) => !path.endsWith('.ts') });
  return dir;
}

/** The sample export with interactions.csv sorted (stably) by customer id, after adding `extra` rows. */
export function sortedSample(extra: { customers?: readonly string[]; interactions?: readonly string[] } = {}): string {
  const dir = sampleCopy();
  const customers = join(dir, 'customers.csv');
  writeFileSync(customers, `${readFileSync(customers, 'utf8').trimEnd()}\n${(extra.customers ?? []).join('\n')}\n`);
  const path = join(dir, 'interactions.csv');
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  rows.push(...(extra.interactions ?? []));
  const customerOf = (row: string): string => row.split(',', 2)[1] ?? '';
  rows.sort((a, b) => (customerOf(a) < customerOf(b) ? -1 : customerOf(a) > customerOf(b) ? 1 : 0));
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
  return dir;
}

export const read = (path: string): string => readFileSync(path, 'utf8');
export const readJsonl = (path: string): unknown[] =>
  read(path)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

/**
 * Sorts a CSV file's rows (header kept first) stably by the cell in column `column` (0-based, no
 * quoted commas), as `LC_ALL=C sort -t, -k<column+1>,<column+1> -s` does for ASCII ids.
 */
export function sortCsvBy(path: string, column: number): void {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const keyOf = (row: string): string => row.split(',')[column] ?? '';
  rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
}
