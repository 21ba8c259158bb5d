/**
 * parse and `scoreAll` on a fixed input file, for comparing two versions of the library on exactly
 * the same records: `node --expose-gc --import tsx bench/same-input.bench.ts --write FILE --customers N`
 * writes the benchmark's generated dataset as JSON once; `... --read FILE [--src DIR]` times
 * `parseDataset` (strict) and `scoreAll` on it, three runs each, medians of wall-clock and CPU time, printed as JSON. `--src`
 * points at another checkout's `src/` (default: this one), so an older version can be driven by the
 * same script on the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const AS_OF = '2026-06-30T00:00:00Z';
const SEED = 20_261_123;
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const src = resolve(arg('--src') ?? new URL('../src', import.meta.url).pathname);
const load = (path: string) => import(pathToFileURL(resolve(src, path)).href);

const writeTo = arg('--write');
if (writeTo !== undefined) {
  const { generateDataset } = await load('sample/generate.ts');
  const customers = Number(arg('--customers') ?? 100_000);
  const raw = generateDataset({ customers, seed: SEED, asOf: AS_OF, timestamps: 'iso' });
  writeFileSync(writeTo, JSON.stringify(raw));
  console.log(`${writeTo}: ${raw.customers.length} customers, ${raw.interactions.length} interactions`);
  process.exit(0);
}

const readFrom = arg('--read');
if (readFrom === undefined) throw new Error('--write FILE or --read FILE');
const { parseDataset, scoreAll } = await load('index.ts');
const raw = JSON.parse(readFileSync(readFrom, 'utf8')) as unknown;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (v: number[]) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

/** Wall-clock and CPU milliseconds of `fn` (CPU time, of all the process's threads, moves less with machine load). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const parseRuns: { wall: number; cpu: number }[] = [];
let dataset = parseDataset(raw);
for (let i = 0; i < 3; i++) {
  gc();
  parseRuns.push(
    timed(() => {
      dataset = parseDataset(raw);
    }),
  );
}
const scoreRuns: { wall: number; cpu: number }[] = [];
let check = 0;
for (let i = 0; i < 3; i++) {
  gc();
  scoreRuns.push(
    timed(() => {
      for (const profile of scoreAll(dataset, { asOf: AS_OF })) check += profile.composite.score ?? 0;
    }),
  );
}
if (!Number.isFinite(check)) throw new Error('non-finite composite');
console.log(
  JSON.stringify({
    src,
    customers: dataset.customers.length,
    interactions: dataset.interactions.length,
    parse: {
      ms: Math.round(median(parseRuns.map((r) => r.wall))),
      cpuMs: Math.round(median(parseRuns.map((r) => r.cpu))),
    },
    scoreAll: {
      ms: Math.round(median(scoreRuns.map((r) => r.wall))),
      cpuMs: Math.round(median(scoreRuns.map((r) => r.cpu))),
    },
  }),
);
