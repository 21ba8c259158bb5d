/** `engagement-scoring score`: an export in, profiles.jsonl, scores.csv, rejected.jsonl and summary.json out. */
import { statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngagementProfile } from '../index.js';
import type { RejectionLine } from './assemble.js';
import type { BusinessSide } from './business-side.js';
import { CliError, EXIT } from './errors.js';
import { type Input, locateInput } from './input.js';
import { loadMapping } from './mapping.js';
import { type DanglingReplies, type OrderMode, type RunResult, runScoring, type Sink } from './pipeline.js';
import { createProgress } from './progress.js';
import type { ByteCounter } from './records.js';
import { csvLine, SCORE_HEADER, scoreRow } from './rows.js';
import {
  type Cause,
  Distributions,
  describeCauses,
  formatCount,
  percent,
  type Warning,
  WarningTally,
} from './summary.js';
import { LineWriter } from './write-lines.js';

/** Options shared by `score` and `report`. */
export interface ScoringArgs {
  readonly in: string;
  readonly asOf: string;
  readonly map: string | undefined;
  readonly maxRejected: number;
  readonly order: OrderMode;
  readonly businessSide: BusinessSide;
  readonly danglingReplies: DanglingReplies;
  readonly quiet: boolean;
  readonly json: boolean;
}

/** What the command line reads from its process: streams, terminal, clock. */
export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly now: () => number;
}

/** summary.json. */
export interface Summary {
  readonly status: 'ok' | 'too-many-rejected';
  readonly asOf: string;
  readonly input: string;
  readonly mode: RunResult['mode'];
  /** `merge`, `by-id` or `in-memory`: whether memory grows with the number of customers (not with `merge`). */
  readonly customerJoin: RunResult['customerJoin'];
  /** Whether the data hold any outbound interaction (learnt, or given by --business-side). */
  readonly recordsBusinessSide: boolean;
  readonly read: RunResult['read'];
  readonly rejected: {
    readonly records: number;
    readonly share: number;
    readonly maxRejected: number;
    readonly byCollection: Record<string, number>;
    readonly causes: readonly Cause[];
  };
  readonly warnings: readonly Warning[];
  readonly profiles: number;
  readonly distributions: {
    readonly band: Record<string, number>;
    readonly level: Record<string, number>;
    readonly movement: Record<string, number>;
  };
  readonly timings: { readonly totalMs: number; readonly interactionsPerSecond: number };
}

function inputBytes(input: Input): number {
  const paths =
    input.kind === 'folder'
      ? [input.files.customers, input.files.channels, input.files.interactions, input.files.consents]
      : [input.path];
  let total = 0;
  for (const path of paths) if (path !== undefined) total += statSync(path).size;
  return total;
}

/** Everything a run produced, ready to print. */
export interface Scored {
  readonly result: RunResult;
  readonly summary: Summary;
  readonly failed: boolean;
}

/** Runs the scoring with a sink, times it, and judges the rejections against `--max-rejected`. */
export async function scoreWith(
  args: ScoringArgs,
  io: Io,
  sink: Sink,
  distributions: Distributions,
  warnings: WarningTally,
): Promise<Scored> {
  const started = io.now();
  const input = locateInput(args.in);
  const mapping = await loadMapping(args.map);
  const counter: ByteCounter = { bytes: 0 };
  const progress = createProgress({
    enabled: io.stderr.isTTY === true && !args.quiet,
    totalBytes: inputBytes(input),
    counter,
    stream: io.stderr,
    now: io.now,
  });
  let result: RunResult;
  try {
    result = await runScoring(
      {
        input,
        asOf: args.asOf,
        mapping,
        order: args.order,
        businessSide: args.businessSide,
        danglingReplies: args.danglingReplies,
        counter,
        progress,
        warnings,
      },
      sink,
    );
  } finally {
    progress.stop();
  }
  const totalRead = Object.values(result.read).reduce((a, b) => a + b, 0);
  const share = totalRead === 0 ? 0 : result.tally.records / totalRead;
  const failed = share > args.maxRejected;
  const totalMs = io.now() - started;
  const summary: Summary = {
    status: failed ? 'too-many-rejected' : 'ok',
    asOf: args.asOf,
    input: args.in,
    mode: result.mode,
    customerJoin: result.customerJoin,
    recordsBusinessSide: result.recordsBusinessSide,
    read: result.read,
    rejected: {
      records: result.tally.records,
      share,
      maxRejected: args.maxRejected,
      byCollection: result.tally.byCollection(),
      causes: result.tally.causes(),
    },
    warnings: warnings.list(),
    profiles: failed ? 0 : result.profiles,
    distributions,
    timings: {
      totalMs: Math.round(totalMs),
      interactionsPerSecond: totalMs > 0 ? Math.round((1000 * result.read.interactions) / totalMs) : 0,
    },
  };
  return { result, summary, failed };
}

/** The lines printed when rejections exceed `--max-rejected`. */
export function failureLines(summary: Summary): string[] {
  const { rejected, read } = summary;
  const total = Object.values(read).reduce((a, b) => a + b, 0);
  return [
    `engagement-scoring: ${formatCount(rejected.records)} of ${formatCount(total)} records rejected (${percent(rejected.records, total)}), above --max-rejected ${rejected.maxRejected}: nothing scored.`,
    ...describeCauses(rejected.causes, read).map((line) => `  ${line}`),
  ];
}

/** Warnings, one line each. */
export function warningLines(warnings: readonly Warning[]): string[] {
  return warnings.map((w) => `warning: ${w.message}${w.count > 1 ? ` (${formatCount(w.count)} times)` : ''}`);
}

/** The sink of `score`: profiles.jsonl and scores.csv written beside each other, kept only on success. */
class FileSink implements Sink {
  profiles: LineWriter | undefined;
  scores: LineWriter | undefined;
  rejected: LineWriter | undefined;
  constructor(
    readonly out: string,
    readonly distributions: Distributions,
  ) {}
  partial(name: string): string {
    return join(this.out, `.${name}.partial`);
  }
  async reset(): Promise<void> {
    await this.close();
    this.profiles = new LineWriter(this.partial('profiles.jsonl'));
    this.scores = new LineWriter(this.partial('scores.csv'));
    this.rejected = new LineWriter(join(this.out, 'rejected.jsonl'));
    await this.scores.write(SCORE_HEADER);
    Object.assign(this.distributions, new Distributions());
  }
  async profile(profile: EngagementProfile): Promise<void> {
    this.distributions.add(profile);
    await this.profiles?.write(JSON.stringify(profile));
    await this.scores?.write(csvLine(scoreRow(profile)));
  }
  async rejections(lines: readonly RejectionLine[]): Promise<void> {
    for (const line of lines) await this.rejected?.write(JSON.stringify(line));
  }
  async close(): Promise<void> {
    await Promise.all([this.profiles?.close(), this.scores?.close(), this.rejected?.close()]);
  }
  /** Keeps the outputs (success) or removes the partial profiles and scores (failure). */
  async finish(keep: boolean): Promise<void> {
    await this.close();
    for (const name of ['profiles.jsonl', 'scores.csv']) {
      if (keep) await rename(this.partial(name), join(this.out, name));
      else {
        await rm(this.partial(name), { force: true });
        await rm(join(this.out, name), { force: true });
      }
    }
  }
}

/** Runs `score`; returns the exit code. */
export async function scoreCommand(args: ScoringArgs & { readonly out: string }, io: Io): Promise<number> {
  try {
    await mkdir(args.out, { recursive: true });
  } catch (error) {
    throw new CliError(`--out: cannot create ${args.out}: ${(error as Error).message}`);
  }
  const distributions = new Distributions();
  const warnings = new WarningTally();
  const sink = new FileSink(args.out, distributions);
  let scored: Scored;
  try {
    scored = await scoreWith(args, io, sink, distributions, warnings);
  } catch (error) {
    await sink.finish(false);
    throw error;
  }
  await sink.finish(!scored.failed);
  const { summary, failed } = scored;
  await writeFile(join(args.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  if (!args.quiet) for (const line of warningLines(summary.warnings)) io.stderr.write(`${line}\n`);
  if (failed) {
    for (const line of failureLines(summary)) io.stderr.write(`${line}\n`);
    io.stderr.write(`  every rejection: ${join(args.out, 'rejected.jsonl')}\n`);
  }
  if (args.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
  else if (!args.quiet && !failed) {
    for (const line of summaryLines(summary, args.out)) io.stdout.write(`${line}\n`);
  }
  return failed ? EXIT.data : EXIT.ok;
}

const list = (counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([key, count]) => `${key} ${formatCount(count)}`)
    .join(' · ');

/** The human summary of a successful run. */
export function summaryLines(summary: Summary, out: string): string[] {
  const { rejected } = summary;
  return [
    `read      ${list(summary.read)} (${summary.mode})`,
    `rejected  ${formatCount(rejected.records)} records${
      rejected.records > 0
        ? ` (${percent(
            rejected.records,
            Object.values(summary.read).reduce((a, b) => a + b, 0),
          )}) → ${join(out, 'rejected.jsonl')}`
        : ''
    }`,
    ...describeCauses(rejected.causes, summary.read, 3).map((line) => `          ${line}`),
    `scored    ${formatCount(summary.profiles)} customers → ${join(out, 'scores.csv')}, ${join(out, 'profiles.jsonl')}`,
    `bands     ${list(summary.distributions.band)}`,
    `pyramid   ${list(summary.distributions.level)}`,
    `time      ${(summary.timings.totalMs / 1000).toFixed(1)} s (${formatCount(summary.timings.interactionsPerSecond)} interactions/s)`,
  ];
}
