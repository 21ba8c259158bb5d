/**
 * Scoring an export across worker threads, each worker reading its own shard files: customer
 * histories are independent, so `partitionByCustomer` splits a dataset into shards that score
 * separately to the same profiles.
 *
 *   npx tsx examples/worker-threads.ts [--customers 40000] [--workers <n>] [--shards <n>]
 *
 * Setup, not timed: generates a dataset (about ten interactions per customer), validates it once
 * with `parseDataset`, splits it with `partitionByCustomer` into `--shards` shards (default: four
 * per worker) and writes each shard as a JSON file (`{ customers, channels, interactions }`, the
 * normalised records: plain data with epoch-ms timestamps, which `parseDataset` accepts again) into
 * a fresh temporary folder, removed at the end (also when something fails).
 *
 * Timed, one thread: for each shard file, read + `JSON.parse` + `parseDataset` + `scoreAll`.
 * Timed, `--workers` worker threads (default: the available parallelism, at least 2, at most 8):
 * the main thread hands out shard file PATHS from a shared queue, one at a time to whichever worker
 * is free; each worker reads, parses, validates and scores its shard itself and sends back only ids
 * and composite scores (a real job would write its profiles to its own output file). No dataset is
 * copied from the main thread into a worker, which is what makes the threads pay off: copying a
 * validated part into a worker (structured clone) costs about as much as scoring it.
 *
 * Both sides first process a warm-up file the same way, not timed (JIT; it has as many customers
 * as one shard, at least 2,000); starting the workers is not timed either. The example checks that
 * the merged worker result equals the single-thread result (same customer ids, same composite
 * scores) and prints both times, the speed-up and the interactions per second of each. Exits with
 * code 1 when the results differ.
 *
 * When this file runs as TypeScript (through tsx), each worker registers tsx before importing it;
 * compiled to JavaScript, the workers load it directly.
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type Dataset, parseDataset, partitionByCustomer, SAMPLE_AS_OF, scoreAll } from '../src/index.js';
import { generateDataset } from '../src/sample/generate.js';

/** Customer ids and their composite scores, in the order scored. */
export interface Scores {
  readonly ids: readonly string[];
  readonly scores: readonly (number | null)[];
}

/** What scoring one shard file gives back: its scores, its size and where the time went. */
export interface ShardResult extends Scores {
  readonly interactions: number;
  /** Reading the file and `JSON.parse`. */
  readonly readMs: number;
  /** `parseDataset`. */
  readonly validateMs: number;
  /** `scoreAll`, keeping ids and composite scores. */
  readonly scoreMs: number;
}

const WORKER_TAG = 'engagement-scoring/worker-threads';
const SHARDS_PER_WORKER = 4;

/** Reads one shard file, validates it and scores it on this thread. */
export function scoreShardFile(file: string, asOf: string): ShardResult {
  const t0 = performance.now();
  const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const t1 = performance.now();
  const dataset = parseDataset(input);
  const t2 = performance.now();
  const ids: string[] = [];
  const scores: (number | null)[] = [];
  for (const profile of scoreAll(dataset, { asOf })) {
    ids.push(profile.customerId);
    scores.push(profile.composite.score);
  }
  const t3 = performance.now();
  return {
    ids,
    scores,
    interactions: dataset.interactions.length,
    readMs: t1 - t0,
    validateMs: t2 - t1,
    scoreMs: t3 - t2,
  };
}

/** A job for a worker: which shard file to score, and its position in the queue. */
interface ShardJob {
  readonly index: number;
  readonly file: string;
  readonly asOf: string;
}

// The worker side: warm up on the warm-up file (if any), say so, then score every shard it is sent.
const data = workerData as { tag?: unknown; warmUpFile?: string | null; asOf?: string } | null;
if (!isMainThread && data?.tag === WORKER_TAG) {
  const port = parentPort;
  if (port === null) throw new Error('worker-threads: no parent port');
  if (data.warmUpFile) scoreShardFile(data.warmUpFile, data.asOf ?? SAMPLE_AS_OF);
  port.on('message', ({ index, file, asOf }: ShardJob) => {
    port.postMessage({ index, result: scoreShardFile(file, asOf) });
  });
  port.postMessage('ready');
}

/** Starts one worker running this file, and resolves once it is warm. */
async function startWorker(warmUpFile: string | null, asOf: string): Promise<Worker> {
  const url = import.meta.url;
  const options = { workerData: { tag: WORKER_TAG, warmUpFile, asOf } };
  // As TypeScript source (run through tsx), the worker first registers tsx's loader, then imports
  // this file; `execArgv: ['--import', 'tsx']` is not applied to a worker's entry module on Node 20.
  const worker = fileURLToPath(url).endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`,
        { ...options, eval: true },
      )
    : new Worker(new URL(url), options);
  try {
    await new Promise<void>((resolve, reject) => {
      const onMessage = (): void => settle(null);
      const onError = (error: Error): void => settle(error);
      const onExit = (code: number): void => settle(new Error(`worker-threads: worker exited with code ${code}`));
      const settle = (error: Error | null): void => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (error === null) resolve();
        else reject(error);
      };
      worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return worker;
}

/**
 * Hands the shard files out from a shared queue: one to each worker, then the next one to whichever
 * worker reports back, until every shard is scored. Only paths go in and only scores come back.
 */
function scoreInWorkers(pool: readonly Worker[], files: readonly string[], asOf: string): Promise<ShardResult[]> {
  return new Promise((resolve, reject) => {
    const results: ShardResult[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const cleanups: (() => void)[] = [];
    const finish = (error: Error | null): void => {
      for (const cleanup of cleanups) cleanup();
      if (error === null) resolve(results);
      else reject(error);
    };
    const hand = (worker: Worker): void => {
      if (next < files.length) {
        const job: ShardJob = { index: next, file: files[next] as string, asOf };
        next++;
        worker.postMessage(job);
      }
    };
    for (const worker of pool) {
      const onMessage = ({ index, result }: { index: number; result: ShardResult }): void => {
        results[index] = result;
        done++;
        if (done === files.length) finish(null);
        else hand(worker);
      };
      const onError = (error: Error): void => finish(error);
      const onExit = (code: number): void => finish(new Error(`worker-threads: worker exited with code ${code}`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      cleanups.push(() => worker.off('message', onMessage).off('error', onError).off('exit', onExit));
    }
    if (files.length === 0) finish(null);
    else for (const worker of pool) hand(worker);
  });
}

/**
 * Customer ids whose composite score differs between `expected` and `actual`, or that only one of
 * them has (or has twice). Empty when both hold the same customers with the same scores, in any order.
 */
export function mismatchesBetween(expected: readonly Scores[], actual: readonly Scores[]): string[] {
  const got = new Map<string, number | null>();
  const mismatches: string[] = [];
  for (const { ids, scores } of actual) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as string;
      if (got.has(id)) mismatches.push(id); // scored twice
      got.set(id, scores[k] ?? null);
    }
  }
  for (const { ids, scores } of expected) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as string;
      if (!got.has(id) || !Object.is(got.get(id), scores[k] ?? null)) mismatches.push(id);
      got.delete(id);
    }
  }
  mismatches.push(...got.keys()); // in `actual` only
  return mismatches;
}

/** Options of {@link runShardJob}. */
export interface ShardJobOptions {
  readonly customers: number;
  readonly workers: number;
  /** Default: four per worker. */
  readonly shards?: number | undefined;
  /**
   * Customers in the warm-up file each thread processes before the timed runs (default: as many as
   * in one shard, at least 2,000; 0: no warm-up).
   */
  readonly warmUpCustomers?: number | undefined;
  readonly seed?: number | undefined;
  readonly asOf?: string | undefined;
}

/** The outcome of {@link runShardJob}. */
export interface ShardJobReport {
  readonly customers: number;
  readonly interactions: number;
  readonly shards: number;
  readonly workers: number;
  /** The temporary folder of the shard files (removed by the time this is returned). */
  readonly folder: string;
  readonly bytes: number;
  readonly generatedMs: number;
  readonly validatedMs: number;
  readonly writtenMs: number;
  /** Starting the workers and warming them up (not part of `parallelMs`). */
  readonly startMs: number;
  readonly singleMs: number;
  readonly parallelMs: number;
  /** One result per shard, in shard order. */
  readonly single: readonly ShardResult[];
  readonly parallel: readonly ShardResult[];
  /** Ids missing from either side, or whose composite score differs. */
  readonly mismatches: readonly string[];
}

/** {@link ShardJobOptions} with every default filled in. */
interface ShardJobSettings {
  readonly customers: number;
  readonly workers: number;
  readonly shards: number;
  readonly warmUpCustomers: number;
  readonly seed: number;
  readonly asOf: string;
}

/** Writes `dataset` as JSON to `file`, returning the number of bytes written. */
function writeJson(file: string, dataset: Dataset): number {
  const { customers, channels, interactions } = dataset;
  writeFileSync(file, JSON.stringify({ customers, channels, interactions }));
  return statSync(file).size;
}

/** Setup (not timed): the warm-up file every thread processes before the timed runs, if any. */
function writeWarmUpFile(folder: string, options: ShardJobSettings): string | null {
  if (options.warmUpCustomers === 0) return null;
  const file = join(folder, 'warm-up.json');
  const input = generateDataset({
    customers: options.warmUpCustomers,
    seed: options.seed + 1,
    asOf: options.asOf,
    timestamps: 'epoch-ms',
  });
  writeJson(file, parseDataset(input));
  return file;
}

/** Setup (not timed): generates and validates the dataset, splits it and writes one file per shard. */
function writeShards(folder: string, options: ShardJobSettings) {
  let started = performance.now();
  const input = generateDataset({
    customers: options.customers,
    seed: options.seed,
    asOf: options.asOf,
    timestamps: 'epoch-ms',
  });
  const generatedMs = performance.now() - started;
  started = performance.now();
  const dataset = parseDataset(input);
  const validatedMs = performance.now() - started;

  started = performance.now();
  const width = String(options.shards).length;
  const files = partitionByCustomer(dataset, options.shards).map((shard, k) => {
    const file = join(folder, `shard-${String(k).padStart(width, '0')}-of-${options.shards}.json`);
    return { file, bytes: writeJson(file, shard) };
  });
  const writtenMs = performance.now() - started;
  return {
    files: files.map(({ file }) => file),
    bytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    interactions: dataset.interactions.length,
    generatedMs,
    validatedMs,
    writtenMs,
  };
}

/**
 * Writes a generated dataset as shard files into a fresh temporary folder, scores them on this
 * thread and then across `workers` worker threads (each reading its own shards), compares the
 * results and removes the folder.
 */
export async function runShardJob(options: ShardJobOptions): Promise<ShardJobReport> {
  const shards = options.shards ?? options.workers * SHARDS_PER_WORKER;
  const settings: ShardJobSettings = {
    customers: options.customers,
    workers: options.workers,
    shards,
    warmUpCustomers: options.warmUpCustomers ?? Math.max(2000, Math.ceil(options.customers / shards)),
    seed: options.seed ?? 2026,
    asOf: options.asOf ?? SAMPLE_AS_OF,
  };
  const { workers, asOf } = settings;
  for (const [name, n] of [
    ['customers', settings.customers],
    ['workers', workers],
    ['shards', shards],
  ] as const) {
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  }
  if (!Number.isSafeInteger(settings.warmUpCustomers) || settings.warmUpCustomers < 0) {
    throw new Error('warmUpCustomers must be a non-negative integer');
  }

  const folder = mkdtempSync(join(tmpdir(), 'engagement-scoring-shards-'));
  try {
    // The dataset itself goes out of scope here: the timed runs start from the files alone.
    const setup = writeShards(folder, settings);
    const warmUpFile = writeWarmUpFile(folder, settings);

    // One thread: warm up, then every shard file in turn.
    if (warmUpFile !== null) scoreShardFile(warmUpFile, asOf);
    let started = performance.now();
    const single = setup.files.map((file) => scoreShardFile(file, asOf));
    const singleMs = performance.now() - started;

    // Worker threads: start them and let each warm up the same way (not timed), then hand out the
    // shard paths.
    started = performance.now();
    const starting = Promise.allSettled(Array.from({ length: workers }, () => startWorker(warmUpFile, asOf)));
    try {
      const settled = await starting;
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      const pool = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const startMs = performance.now() - started;
      started = performance.now();
      const parallel = await scoreInWorkers(pool, setup.files, asOf);
      const parallelMs = performance.now() - started;

      return {
        customers: single.reduce((n, r) => n + r.ids.length, 0),
        interactions: setup.interactions,
        shards,
        workers,
        folder,
        bytes: setup.bytes,
        generatedMs: setup.generatedMs,
        validatedMs: setup.validatedMs,
        writtenMs: setup.writtenMs,
        startMs,
        singleMs,
        parallelMs,
        single,
        parallel,
        mismatches: mismatchesBetween(single, parallel),
      };
    } finally {
      const settled = await starting;
      await Promise.all(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.terminate()] : [])));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const sum = (results: readonly ShardResult[], pick: (r: ShardResult) => number): number =>
  results.reduce((total, r) => total + pick(r), 0);

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<ShardJobReport> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      customers: { type: 'string', default: '40000' },
      workers: { type: 'string', default: String(Math.min(8, Math.max(2, availableParallelism()))) },
      shards: { type: 'string' },
    },
  });
  const workers = Number(values.workers);
  const report = await runShardJob({
    customers: Number(values.customers),
    workers,
    shards: values.shards === undefined ? undefined : Number(values.shards),
  });
  const { single, parallel } = report;
  const perSecond = (ms: number): string => `${int((report.interactions / ms) * 1000)} interactions/s`;

  console.log(
    `dataset    ${int(report.customers)} customers · ${int(report.interactions)} interactions` +
      ` (generated in ${int(report.generatedMs)} ms, validated in ${int(report.validatedMs)} ms)`,
  );
  console.log(
    `shards     ${report.shards} JSON files, ${(report.bytes / 1e6).toFixed(1)} MB in a temporary folder` +
      ` (split and written in ${int(report.writtenMs)} ms)`,
  );
  console.log(
    `1 thread   ${int(report.singleMs)} ms · ${perSecond(report.singleMs)}` +
      ` (read + JSON.parse ${int(sum(single, (r) => r.readMs))} ms, validate ${int(sum(single, (r) => r.validateMs))} ms,` +
      ` score ${int(sum(single, (r) => r.scoreMs))} ms)`,
  );
  const busy = sum(parallel, (r) => r.readMs + r.validateMs + r.scoreMs);
  console.log(
    `${workers} workers  ${int(report.parallelMs)} ms · ${perSecond(report.parallelMs)}` +
      ` (shard paths from a shared queue; ${int(busy)} ms busy in the workers;` +
      ` started and warmed up in ${int(report.startMs)} ms, not timed)`,
  );
  console.log(
    `speed-up   ${(report.singleMs / report.parallelMs).toFixed(2)}× with ${workers} workers` +
      ` on ${availableParallelism()} CPUs`,
  );
  if (report.mismatches.length > 0) {
    console.error(
      `check      MISMATCH for ${report.mismatches.length} customers, e.g. ${report.mismatches.slice(0, 5)}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `check      merged worker result equals the single-thread result: ${int(report.customers)} customers,` +
        ' same composite scores',
    );
  }
  return report;
}

if (isMainThread && process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
