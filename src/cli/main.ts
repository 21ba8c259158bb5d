/** The command line: arguments, dispatch, exit codes, and one clear line for every usage error. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EngagementInputError, parseDataset, scoreAll } from '../index.js';
import { CliError, EXIT } from './errors.js';
import type { OrderMode } from './pipeline.js';
import { reportCommand } from './report/report-command.js';
import { type Io, type ScoringArgs, scoreCommand } from './score-command.js';

export const DEFAULT_MAX_REJECTED = 0.05;

export const USAGE = `Usage:
  engagement-scoring score  [--in] <folder|file> --as-of <ISO date-time> --out <folder>      [options]
  engagement-scoring report [--in] <folder|file> --as-of <ISO date-time> --out <report.html> [options]

--in            a folder with customers, channels, interactions (and optional consents) as .csv,
                .jsonl or .json (each optionally .gz), or one dataset file (.json or .jsonl, optionally .gz)
--as-of         the moment to score at, with Z or an offset, e.g. 2026-06-30T00:00:00Z
--out           score: the folder for profiles.jsonl, scores.csv, rejected.jsonl, summary.json;
                report: the HTML file to write
--map <file>    a JSON mapping: {"columns": {"event": "type"}, "types": {"Order Placed": "purchase"}}
--max-rejected  the largest share of rejected records still accepted, 0–1 (default ${DEFAULT_MAX_REJECTED});
                above it nothing is scored and the exit code is 1
--sorted        promise that interactions are grouped by customer: stream them, fail if they are not
--in-memory     read everything into memory (any order) instead of streaming
--business-side yes|no|auto: whether the data record outbound interactions at all (default auto:
                learnt from the data; streaming reads the direction column up to the first outbound row)
--dangling-replies reject|unlink: a reply whose inReplyTo names no valid interaction of its customer
                is rejected (default), or kept without its inReplyTo, with a warning
--quiet         no progress, no summary (errors still go to stderr)
--json          print summary.json on stdout
--help, --version

Exit codes: 0 scored; 1 too many rejected records or a broken --sorted promise; 2 usage or input-file error.
Guide: https://github.com/engagement-scoring/engagement-scoring/blob/main/docs/cli.md`;

const OPTIONS = {
  in: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  map: { type: 'string' },
  'max-rejected': { type: 'string' },
  sorted: { type: 'boolean', default: false },
  'in-memory': { type: 'boolean', default: false },
  'business-side': { type: 'string', default: 'auto' },
  'dangling-replies': { type: 'string', default: 'reject' },
  quiet: { type: 'boolean', short: 'q', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Checks `--as-of` with the library's own rules (an ISO date-time with Z or an offset). */
function checkAsOf(asOf: string): void {
  try {
    scoreAll(parseDataset({ customers: [], channels: [], interactions: [] }), { asOf });
  } catch (error) {
    if (error instanceof EngagementInputError) {
      throw new CliError(
        `--as-of: "${asOf.slice(0, 40)}" is not a date-time with Z or an offset (e.g. 2026-06-30T00:00:00Z)`,
      );
    }
    throw error;
  }
}

function readMaxRejected(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_REJECTED;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new CliError(`--max-rejected: "${text}" is not a share between 0 and 1 (e.g. 0.05 for 5%)`);
  }
  return value;
}

/** Parses the arguments of `score` and `report`. */
function readArgs(command: string, argv: readonly string[]): ScoringArgs & { readonly out: string } {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  // The input may also come first without its flag: `score ./export --as-of …`.
  if (positionals.length > 1 || (positionals.length === 1 && values.in !== undefined)) {
    throw new CliError(`${command}: one input only (unexpected "${(positionals.at(-1) ?? '').slice(0, 60)}")`);
  }
  const [first] = positionals;
  if (first !== undefined) values = { ...values, in: first };
  for (const name of ['in', 'as-of', 'out'] as const) {
    if (values[name] === undefined || values[name] === '') throw new CliError(`${command}: --${name} is required`);
  }
  if (values.sorted && values['in-memory'])
    throw new CliError(`${command}: --sorted and --in-memory exclude each other`);
  const asOf = values['as-of'] as string;
  checkAsOf(asOf);
  const businessSide = values['business-side'];
  if (businessSide !== 'yes' && businessSide !== 'no' && businessSide !== 'auto') {
    throw new CliError(`${command}: --business-side must be yes, no or auto (not "${businessSide.slice(0, 20)}")`);
  }
  const danglingReplies = values['dangling-replies'];
  if (danglingReplies !== 'reject' && danglingReplies !== 'unlink') {
    throw new CliError(
      `${command}: --dangling-replies must be reject or unlink (not "${danglingReplies.slice(0, 20)}")`,
    );
  }
  const order: OrderMode = values.sorted ? 'sorted' : values['in-memory'] ? 'in-memory' : 'auto';
  return {
    in: values.in as string,
    asOf,
    out: values.out as string,
    map: values.map,
    maxRejected: readMaxRejected(values['max-rejected']),
    order,
    businessSide,
    danglingReplies,
    quiet: values.quiet,
    json: values.json,
  };
}

/** Runs the command line; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(`${USAGE}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (command === 'score') return await scoreCommand(readArgs(command, rest), io);
    if (command === 'report') return await reportCommand(readArgs(command, rest), io);
    throw new CliError(`unknown command "${command.slice(0, 40)}": use score or report (engagement-scoring --help)`);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`engagement-scoring: ${error.message}\n`);
      if (error.exitCode === EXIT.usage) io.stderr.write('Run engagement-scoring --help for usage.\n');
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`engagement-scoring: unexpected error: ${message}\n`);
    if (process.env['ENGAGEMENT_SCORING_DEBUG'] === '1' && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.data;
  }
}
