/**
 * The scoring benchmark: `npm run bench`.
 *
 * Generates a deterministic dataset (100,000 customers, about 1,000,000 interactions, as JSON-like
 * records with ISO timestamps), then reports in one run: parse+validate throughput, `scoreAll`
 * throughput, the ratio of `scoreAll` to a single-pass floor, peak heap against the input's own
 * heap, and `scoreAll` time at 0.5×, 1× and 2× the size. Single thread. Figures, not a test: it
 * never fails on a slow machine.
 *
 * Options: `--customers N` (default 100000), `--no-scaling`, `--json` (print the figures as JSON).
 */
import { type Dataset, parseDataset, scoreAll } from '../src/index.js';
import { generateDataset } from '../src/sample/generate.js';
import { floorPass } from './floor.js';

const AS_OF = '2026-06-30T00:00:00Z';
const SEED = 20_261_123;
const args = process.argv.slice(2);
const customersArg = args.indexOf('--customers');
const CUSTOMERS = customersArg >= 0 ? Number(args[customersArg + 1]) : 100_000;
const scaling = !args.includes('--no-scaling');
const asJson = args.includes('--json');

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('Run with --expose-gc (npm run bench does) so heap figures are meaningful.');
  process.exit(1);
}

function heap(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

function generate(customers: number) {
  return generateDataset({ customers, seed: SEED, asOf: AS_OF, timestamps: 'iso' });
}

/** Consumes scoreAll, sampling the heap every 2,000 profiles; returns ms and the peak heap seen. */
function runScoreAll(dataset: Dataset): { ms: number; peak: number; profiles: number } {
  let peak = 0;
  let profiles = 0;
  let composite = 0;
  const start = performance.now();
  for (const profile of scoreAll(dataset, { asOf: AS_OF })) {
    profiles++;
    composite += profile.composite.score ?? 0;
    if (profiles % 2_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const ms = performance.now() - start;
  if (!Number.isFinite(composite)) throw new Error('non-finite composite');
  return { ms, peak: Math.max(peak, process.memoryUsage().heapUsed), profiles };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

// 1. Input: generate, then parse + validate (strict), three times; the median counts. The raw
// records are dropped afterwards, so the input's own heap is the parsed dataset's.
function parsePhase(): { dataset: Dataset; parseMs: number; records: number } {
  const raw = generate(CUSTOMERS);
  const records = raw.customers.length + raw.channels.length + raw.interactions.length;
  const runs: number[] = [];
  let dataset = parseDataset(raw);
  for (let i = 0; i < 3; i++) {
    const run = time(() => parseDataset(raw));
    runs.push(run.ms);
    dataset = run.result;
  }
  return { dataset, parseMs: median(runs), records };
}
// 1b. A JSON export: the same records through JSON.stringify/JSON.parse (as a file or HTTP body
// arrives), with optional fields present on some records and absent on others, in varying key
// order, as real exports look. Parse time only (JSON.parse excluded); median of three.
function jsonExportPhase(): { ms: number; records: number } {
  const raw = generate(CUSTOMERS);
  let k = 0;
  const vary = (record: object): object => {
    const entries = Object.entries(record).filter(([key]) => {
      k = (k * 1_103_515_245 + 12_345) % 2_147_483_648;
      // Required fields stay; each optional one is dropped from about one record in four.
      return ['id', 'customerId', 'channel', 'at', 'direction', 'type', 'kind'].includes(key) || k % 4 !== 0;
    });
    if (k % 3 === 0) entries.reverse();
    return Object.fromEntries(entries);
  };
  const text = JSON.stringify({
    customers: raw.customers,
    channels: raw.channels,
    interactions: raw.interactions.map(vary),
  });
  const input = JSON.parse(text) as unknown;
  const records = raw.customers.length + raw.channels.length + raw.interactions.length;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(time(() => parseDataset(input, { mode: 'collect' })).ms);
  return { ms: median(runs), records };
}

const jsonExport = jsonExportPhase();
const baseHeap = heap();
const { dataset, parseMs, records } = parsePhase();
const inputHeap = heap() - baseHeap;
const interactions = dataset.interactions.length;

// 2. The floor and scoreAll, alternated three times on the same parsed data; medians count.
const floorRuns: number[] = [];
const scoreRuns: number[] = [];
let peakHeap = 0;
for (let i = 0; i < 3; i++) {
  floorRuns.push(time(() => floorPass(dataset)).ms);
  heap();
  const run = runScoreAll(dataset);
  scoreRuns.push(run.ms);
  peakHeap = Math.max(peakHeap, run.peak - baseHeap);
}
const floorMs = median(floorRuns);
const scoreMs = median(scoreRuns);

// 3. Scaling: scoreAll at 0.5×, 1× and 2× the size (fresh data each; medians of two runs).
const scale: { factor: number; customers: number; interactions: number; ms: number }[] = [];
if (scaling) {
  for (const factor of [0.5, 1, 2]) {
    const parsed = factor === 1 ? dataset : parseDataset(generate(Math.round(CUSTOMERS * factor)));
    const runs = [runScoreAll(parsed).ms, runScoreAll(parsed).ms];
    scale.push({
      factor,
      customers: parsed.customers.length,
      interactions: parsed.interactions.length,
      ms: median(runs),
    });
  }
}

const figures = {
  node: process.version,
  customers: dataset.customers.length,
  interactions,
  records,
  parse: { ms: Math.round(parseMs), recordsPerSecond: perSecond(records, parseMs) },
  jsonExport: { ms: Math.round(jsonExport.ms), recordsPerSecond: perSecond(jsonExport.records, jsonExport.ms) },
  scoreAll: { ms: Math.round(scoreMs), interactionsPerSecond: perSecond(interactions, scoreMs) },
  floor: { ms: Math.round(floorMs), interactionsPerSecond: perSecond(interactions, floorMs) },
  ratioToFloor: Number((scoreMs / floorMs).toFixed(1)),
  heap: { inputBytes: inputHeap, peakBytes: peakHeap, ratio: Number((peakHeap / inputHeap).toFixed(2)) },
  scaling: scale.map((s) => ({ ...s, ms: Math.round(s.ms) })),
};

if (asJson) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const target = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  console.log(`engagement-scoring benchmark — Node ${figures.node}, single thread`);
  console.log(
    `dataset: ${fmt(figures.customers)} customers, ${fmt(interactions)} interactions (${fmt(records)} records)\n`,
  );
  console.log(
    `parse+validate   ${fmt(figures.parse.recordsPerSecond).padStart(12)} records/s       (${figures.parse.ms} ms; target ≥ 500,000: ${target(figures.parse.recordsPerSecond >= 500_000)})`,
  );
  console.log(
    `parse JSON export${fmt(figures.jsonExport.recordsPerSecond).padStart(12)} records/s       (${figures.jsonExport.ms} ms; records through JSON.parse, optional fields varying)`,
  );
  console.log(
    `scoreAll         ${fmt(figures.scoreAll.interactionsPerSecond).padStart(12)} interactions/s  (${figures.scoreAll.ms} ms; target ≥ 1,000,000: ${target(figures.scoreAll.interactionsPerSecond >= 1_000_000)})`,
  );
  console.log(
    `single-pass floor${fmt(figures.floor.interactionsPerSecond).padStart(12)} interactions/s  (${figures.floor.ms} ms)`,
  );
  console.log(
    `scoreAll ÷ floor ${String(figures.ratioToFloor).padStart(12)}×                (target ≤ 4×: ${target(figures.ratioToFloor <= 4)})`,
  );
  console.log(
    `peak heap        ${mb(peakHeap).padStart(12)} vs input ${mb(inputHeap)} = ${figures.heap.ratio}× (target ≤ 3×: ${target(figures.heap.ratio <= 3)})`,
  );
  if (scale.length === 3) {
    console.log('\nscaling (scoreAll):');
    for (const s of figures.scaling) {
      console.log(
        `  ${String(s.factor).padStart(3)}×  ${fmt(s.interactions).padStart(10)} interactions  ${fmt(s.ms).padStart(7)} ms`,
      );
    }
    const [half, one, two] = figures.scaling as [(typeof scale)[0], (typeof scale)[0], (typeof scale)[0]];
    const ratio = two.ms / one.ms;
    console.log(
      `  2× / 1× = ${ratio.toFixed(2)} (target ≤ 2.2: ${target(ratio <= 2.2)}); 1× / 0.5× = ${(one.ms / half.ms).toFixed(2)}`,
    );
  }
}
