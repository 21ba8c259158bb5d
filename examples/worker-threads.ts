/**
 * Scoring a large dataset across worker threads: customer histories are independent, so
 * `partitionByCustomer` splits a dataset into parts that score separately to the same profiles.
 *
 *   npx tsx examples/worker-threads.ts [--customers 40000] [--workers <n>]
 *
 * Generates a dataset (about ten interactions per customer), validates it once, scores it on one
 * thread, then again across `--workers` worker threads (default: the available parallelism, at
 * least 2, at most 8), checks that the merged result equals the single-thread result (same customer
 * ids, same composite scores) and prints the speed-up. Exits with code 1 when the results differ.
 *
 * Copying a validated part into a worker (structured clone) costs about as much as scoring it, so
 * the speed-up needs cores to spare: on two CPUs the copy eats the gain. Jobs that can hand each worker
 * its own shard of the export (a file per shard) avoid the copy through the main thread.
 *
 * Each worker receives its partition as a validated `Dataset` (plain data, copied by structured
 * clone) and scores it with `scoreAll` without validating again; here it sends back only ids and
 * composite scores, where a real job would write its profiles itself. When this file runs as
 * TypeScript (through tsx), each worker registers tsx before importing it; compiled to JavaScript,
 * the workers load it directly.
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type Dataset, parseDataset, partitionByCustomer, SAMPLE_AS_OF, scoreAll } from '../src/index.js';
import { generateDataset } from '../src/sample/generate.js';

/** What a worker sends back for its partition. */
interface PartResult {
  readonly ids: string[];
  readonly scores: (number | null)[];
  readonly ms: number;
}

const WORKER_TAG = 'engagement-scoring/worker-threads';
const PARTS_PER_WORKER = 4;

/** Scores a dataset on this thread, keeping only ids and composite scores. */
function scorePart(dataset: Dataset, asOf: string): PartResult {
  const started = performance.now();
  const ids: string[] = [];
  const scores: (number | null)[] = [];
  for (const profile of scoreAll(dataset, { asOf })) {
    ids.push(profile.customerId);
    scores.push(profile.composite.score);
  }
  return { ids, scores, ms: performance.now() - started };
}

/** Warms the scoring code up (JIT) on a smaller dataset, so that both runs are measured warm. */
function warmUp(customers: number): void {
  const input = generateDataset({ customers, seed: 1, asOf: SAMPLE_AS_OF, timestamps: 'epoch-ms' });
  scorePart(parseDataset(input), SAMPLE_AS_OF);
}

// The worker side: warm up, say so, then score every partition it is sent.
const data = workerData as { tag?: unknown; warmUpCustomers?: number } | null;
if (!isMainThread && data?.tag === WORKER_TAG) {
  const port = parentPort;
  if (port === null) throw new Error('worker-threads: no parent port');
  warmUp(data.warmUpCustomers ?? 0);
  port.on('message', ({ dataset, asOf }: { dataset: Dataset; asOf: string }) => {
    port.postMessage(scorePart(dataset, asOf));
  });
  port.postMessage('ready');
}

/** Starts one worker running this file, and resolves once it is warm. */
async function startWorker(warmUpCustomers: number): Promise<Worker> {
  const url = import.meta.url;
  const options = { workerData: { tag: WORKER_TAG, warmUpCustomers } };
  // As TypeScript source (run through tsx), the worker first registers tsx's loader, then imports
  // this file; `execArgv: ['--import', 'tsx']` is not applied to a worker's entry module on Node 20.
  const worker = fileURLToPath(url).endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`,
        { ...options, eval: true },
      )
    : new Worker(new URL(url), options);
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return worker;
}

/**
 * Sends every part to its worker at once (part k to worker k mod n) and collects the results. The
 * main thread copies the next part while the workers already unpack and score the first ones.
 */
function scoreInWorkers(pool: readonly Worker[], parts: readonly Dataset[], asOf: string): Promise<PartResult[]> {
  return Promise.all(
    pool.map(
      (worker, w) =>
        new Promise<PartResult[]>((resolve, reject) => {
          const mine = parts.filter((_, k) => k % pool.length === w);
          const results: PartResult[] = [];
          worker.on('error', reject);
          worker.on('message', (result: PartResult) => {
            results.push(result);
            if (results.length === mine.length) resolve(results);
          });
          if (mine.length === 0) resolve(results);
          for (const part of mine) worker.postMessage({ dataset: part, asOf });
        }),
    ),
  ).then((perWorker) => perWorker.flat());
}

/** The outcome of {@link compareRuns}. */
export interface RunComparison {
  readonly customers: number;
  readonly singleMs: number;
  readonly parallelMs: number;
  readonly workerMs: readonly number[];
  /** Ids missing from either side, or whose composite score differs. */
  readonly mismatches: readonly string[];
}

/**
 * Scores `dataset` on this thread and across `workers` worker threads, and compares the results.
 * Each thread first scores `warmUpCustomers` generated customers (default 2,000), not timed.
 */
export async function compareRuns(
  dataset: Dataset,
  asOf: string,
  workers: number,
  { warmUpCustomers = 2000 }: { readonly warmUpCustomers?: number } = {},
): Promise<RunComparison> {
  warmUp(warmUpCustomers);
  const single = scorePart(dataset, asOf);

  const pool = await Promise.all(Array.from({ length: workers }, () => startWorker(warmUpCustomers)));
  try {
    const started = performance.now();
    // More parts than workers, so that copying and scoring overlap.
    const parts = partitionByCustomer(dataset, workers * PARTS_PER_WORKER);
    const results = await scoreInWorkers(pool, parts, asOf);
    const parallelMs = performance.now() - started;

    const merged = new Map<string, number | null>();
    for (const { ids, scores } of results) {
      for (let k = 0; k < ids.length; k++) merged.set(ids[k] as string, scores[k] ?? null);
    }
    const mismatches: string[] = [];
    for (let k = 0; k < single.ids.length; k++) {
      const id = single.ids[k] as string;
      if (!merged.has(id) || !Object.is(merged.get(id), single.scores[k])) mismatches.push(id);
      merged.delete(id);
    }
    mismatches.push(...merged.keys()); // scored in a worker but not on one thread
    if (results.reduce((n, r) => n + r.ids.length, 0) !== single.ids.length) mismatches.push('(count)');

    return {
      customers: single.ids.length,
      singleMs: single.ms,
      parallelMs,
      workerMs: results.map((r) => r.ms),
      mismatches,
    };
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<RunComparison> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      customers: { type: 'string', default: '40000' },
      workers: { type: 'string', default: String(Math.min(8, Math.max(2, availableParallelism()))) },
    },
  });
  const customers = Number(values.customers);
  const workers = Number(values.workers);
  if (!Number.isSafeInteger(customers) || customers < 1) throw new Error('--customers must be a positive integer');
  if (!Number.isSafeInteger(workers) || workers < 1) throw new Error('--workers must be a positive integer');

  let started = performance.now();
  const input = generateDataset({ customers, seed: 2026, asOf: SAMPLE_AS_OF, timestamps: 'epoch-ms' });
  const generatedMs = performance.now() - started;
  started = performance.now();
  const dataset = parseDataset(input);
  const parsedMs = performance.now() - started;
  console.log(
    `dataset    ${int(customers)} customers · ${int(dataset.interactions.length)} interactions` +
      ` (generated in ${int(generatedMs)} ms, validated in ${int(parsedMs)} ms)`,
  );

  const result = await compareRuns(dataset, SAMPLE_AS_OF, workers);
  const workerTotal = result.workerMs.reduce((sum, ms) => sum + ms, 0);
  console.log(
    `1 thread   ${int(result.singleMs)} ms (${int((result.customers / result.singleMs) * 1000)} customers/s)`,
  );
  console.log(
    `${workers} workers  ${int(result.parallelMs)} ms, speed-up ${(result.singleMs / result.parallelMs).toFixed(2)}× on` +
      ` ${availableParallelism()} CPUs (${result.workerMs.length} parts; ${int(workerTotal)} ms scoring in the workers,` +
      ' the rest partitioning and copying the parts into them)',
  );
  if (result.mismatches.length > 0) {
    console.error(
      `check      MISMATCH for ${result.mismatches.length} customers, e.g. ${result.mismatches.slice(0, 5)}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `check      merged result equals the single-thread result: ${int(result.customers)} customers, same composite scores`,
    );
  }
  return result;
}

if (isMainThread && process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
