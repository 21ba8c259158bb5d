/** `engagement-scoring report`: the scored export as one self-contained HTML page for a marketing or CX lead. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EngagementProfile } from '../../index.js';
import { CliError, EXIT } from '../errors.js';
import type { Sink } from '../pipeline.js';
import { failureLines, type Io, type ScoringArgs, scoreWith, warningLines } from '../score-command.js';
import { Distributions, WarningTally } from '../summary.js';
import { renderReport } from './render.js';
import { type ReportCustomer, reportCustomer, reportData } from './report-data.js';

/** The chart code, built next to the CLI by scripts/build-cli.ts. */
async function pageScript(): Promise<string> {
  try {
    return await readFile(new URL('./report-page.js', import.meta.url), 'utf8');
  } catch {
    throw new CliError(
      'report: the chart bundle report-page.js is missing beside the CLI; reinstall engagement-scoring',
      EXIT.data,
    );
  }
}

async function version(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '';
  } catch {
    return '';
  }
}

/** Keeps what the report needs of each customer (not the whole profile). */
class ReportSink implements Sink {
  customers: ReportCustomer[] = [];
  constructor(readonly distributions: Distributions) {}
  async reset(): Promise<void> {
    this.customers = [];
    Object.assign(this.distributions, new Distributions());
  }
  profile(profile: EngagementProfile): void {
    this.distributions.add(profile);
    this.customers.push(reportCustomer(profile));
  }
  rejections(): void {}
}

/** Runs `report`; returns the exit code. */
export async function reportCommand(args: ScoringArgs & { readonly out: string }, io: Io): Promise<number> {
  const script = await pageScript();
  const distributions = new Distributions();
  const warnings = new WarningTally();
  const sink = new ReportSink(distributions);
  const { summary, failed, result } = await scoreWith(args, io, sink, distributions, warnings);
  if (!args.quiet) for (const line of warningLines(summary.warnings)) io.stderr.write(`${line}\n`);
  if (failed) {
    for (const line of failureLines(summary)) io.stderr.write(`${line}\n`);
    io.stderr.write('  run `engagement-scoring score` with the same arguments for rejected.jsonl\n');
    return EXIT.data;
  }
  const data = reportData(sink.customers, {
    asOf: args.asOf,
    source: basename(args.in),
    rejected: result.tally.records,
    reasons: result.reasons,
  });
  try {
    await writeFile(args.out, renderReport(data, script, await version()));
  } catch (error) {
    throw new CliError(`--out: cannot write ${args.out}: ${(error as Error).message}`);
  }
  if (args.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
  else if (!args.quiet) io.stdout.write(`report: ${data.customers.toLocaleString('en-US')} customers → ${args.out}\n`);
  return EXIT.ok;
}
