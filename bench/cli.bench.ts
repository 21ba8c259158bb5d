/**
 * The command-line benchmark: `npm run bench:cli`.
 *
 * Writes a synthetic CSV export (100,000 customers and about 1.2 million interactions at 1×, ten
 * times that at 10×), once grouped by customer and once in time order (unsorted), then runs the built
 * CLI (`dist/cli.js score`, so run `npm run build` first) on each in a child process and reports
 * interactions per second and the peak resident memory (from GNU time). Figures, not a test.
 *
 * Options: `--scales 1,10` (default; 0.1 for a quick look), `--orders sorted,unsorted` (default),
 * `--keep` (keep the generated files), `--json`, `--dir <folder>` (write the exports under this folder,
 * as `<scale>x-<order>`, keep them, and reuse any export already there), `--write-only` (write the
 * exports, score nothing). Both files of the sorted export are sorted by customer id, so it is
 * merged (`customerJoin: merge`). Unsorted input is scored in memory: at 10× that needs several GB,
 * so expect it to fail on a small machine (the figure is reported as such).
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const AS_OF = '2026-06-30T00:00:00Z';
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const scales = option('--scales', '1,10').split(',').map(Number);
const orders = option('--orders', 'sorted,unsorted').split(',') as ('sorted' | 'unsorted')[];
const keep = args.includes('--keep');
const asJson = args.includes('--json');
const baseDir = option('--dir', '');
const writeOnly = args.includes('--write-only');

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['mail,email', 'chat,chat', 'phone,phone', 'web,web', 'social,social'];
const TOPICS = ['camping', 'cycling', 'repairs', 'running', 'climbing'];
const REASONS = ['purchase', 'get-discounts', 'customer-service', 'learn-about-new-products', 'feel-connected'];
const DAY = 86_400_000;
const END = Date.parse(AS_OF);

/** One customer's interactions (about 12 on average), as CSV lines, in time order. */
function customerLines(c: number): string[] {
  const random = prng(c * 7919 + 17);
  const id = `c${String(c).padStart(7, '0')}`;
  const lines: string[] = [];
  const n = 2 + Math.floor(random() * 21); // 2–22, mean 12
  let at = END - Math.floor(random() * 400) * DAY;
  for (let k = 0; k < n; k++) {
    at = Math.min(END - 1000, at + Math.floor(random() * 30 * DAY));
    const iid = `${id}-${k}`;
    const when = new Date(at).toISOString();
    const topic = TOPICS[Math.floor(random() * TOPICS.length)];
    const r = random();
    if (r < 0.25 && k + 1 < n) {
      const channel = ['mail', 'chat', 'phone'][Math.floor(random() * 3)];
      lines.push(`${iid},${id},${channel},${when},inbound,question,,,${topic},,0.2,,,customer-service,`);
      k++;
      const reply = new Date(at + Math.floor(random() * 6 * 3600_000)).toISOString();
      lines.push(`${id}-${k},${id},${channel},${reply},outbound,reply,${iid},true,,,,resolved,,,service`);
    } else if (r < 0.45) {
      lines.push(`${iid},${id},web,${when},inbound,purchase,,,${topic},${(random() * 200).toFixed(2)},,,,purchase,`);
    } else if (r < 0.7) {
      lines.push(`${iid},${id},web,${when},inbound,view,,,${topic},,,,,,`);
    } else if (r < 0.85) {
      lines.push(`${iid},${id},mail,${when},outbound,newsletter,,,${topic},,,,,,marketing`);
    } else {
      const reason = REASONS[Math.floor(random() * REASONS.length)];
      lines.push(`${iid},${id},social,${when},inbound,like,,,${topic},,0.6,,,${reason},`);
    }
  }
  return lines;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  for (const line of lines) if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'close');
}

/** Writes the export: customers.csv, channels.csv and interactions.csv grouped by customer or in rounds. */
async function writeExport(dir: string, customers: number, order: 'sorted' | 'unsorted'): Promise<number> {
  await writeLines(join(dir, 'channels.csv'), ['id,kind', ...CHANNELS]);
  await writeLines(
    join(dir, 'customers.csv'),
    (function* () {
      yield 'id,since,interests,preferredChannels,segment';
      for (let c = 0; c < customers; c++) {
        yield `c${String(c).padStart(7, '0')},2023-01-01T00:00:00Z,${TOPICS[c % 5]};${TOPICS[(c + 2) % 5]},${c % 3 === 0 ? 'chat' : ''},${c % 2 ? 'retail' : 'trade'}`;
      }
    })(),
  );
  let rows = 0;
  const header =
    'id,customerId,channel,at,direction,type,inReplyTo,personalized,topics,amount,sentiment,outcome,dueAt,reason,purpose';
  if (order === 'sorted') {
    await writeLines(
      join(dir, 'interactions.csv'),
      (function* () {
        yield header;
        for (let c = 0; c < customers; c++) {
          for (const line of customerLines(c)) {
            rows++;
            yield line;
          }
        }
      })(),
    );
  } else {
    // Unsorted, as time-ordered exports are: every customer's k-th interaction, then the (k+1)-th…
    // in blocks of 10,000 customers so that generating it stays within memory.
    await writeLines(
      join(dir, 'interactions.csv'),
      (function* () {
        yield header;
        const BLOCK = 10_000;
        for (let start = 0; start < customers; start += BLOCK) {
          const block = Array.from({ length: Math.min(BLOCK, customers - start) }, (_, k) => customerLines(start + k));
          const longest = Math.max(...block.map((lines) => lines.length));
          for (let k = 0; k < longest; k++) {
            for (const lines of block) {
              const line = lines[k];
              if (line !== undefined) {
                rows++;
                yield line;
              }
            }
          }
        }
      })(),
    );
  }
  return rows;
}

interface Figure {
  readonly scale: number;
  readonly order: string;
  readonly customers: number;
  readonly interactions: number;
  readonly megabytes: number;
  readonly seconds: number | null;
  readonly rowsPerSecond: number | null;
  /** Rows per second of CPU time (user + system): the figure that machine load does not dilute. */
  readonly rowsPerCpuSecond: number | null;
  readonly peakRssMb: number | null;
  readonly mode: string;
  readonly exitCode: number;
}

/** Runs the CLI under GNU time; returns seconds, peak RSS (MB), exit code and summary. */
function runCli(
  input: string,
  out: string,
): Promise<{ seconds: number; cpuSeconds: number; rssMb: number; code: number; mode: string }> {
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/time',
      [
        '-f',
        '%e %M %U %S',
        process.execPath,
        cli,
        'score',
        '--in',
        input,
        '--as-of',
        AS_OF,
        '--out',
        out,
        '--quiet',
        '--json',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const [seconds, kb, user, system] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        let mode = '';
        try {
          const summary = JSON.parse(stdout) as { mode: string; customerJoin?: string };
          mode = summary.mode === 'streaming' ? `${summary.mode}, ${summary.customerJoin}` : summary.mode;
        } catch {
          mode = stderr.split('\n')[0] ?? '';
        }
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({
          seconds: seconds ?? Number.NaN,
          cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN),
          rssMb: (kb ?? 0) / 1024,
          code,
          mode,
        });
      },
    );
  });
}

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(1);
}
const figures: Figure[] = [];
for (const scale of scales) {
  for (const order of orders) {
    const customers = Math.round(100_000 * scale);
    let dir: string;
    let interactions: number;
    if (baseDir === '') {
      dir = mkdtempSync(join(tmpdir(), `engagement-bench-cli-${scale}x-${order}-`));
      interactions = await writeExport(dir, customers, order);
    } else {
      dir = join(baseDir, `${scale}x-${order}`);
      const count = join(dir, 'interactions.count');
      if (existsSync(count)) interactions = Number(readFileSync(count, 'utf8'));
      else {
        mkdirSync(dir, { recursive: true });
        interactions = await writeExport(dir, customers, order);
        writeFileSync(count, `${interactions}\n`);
      }
    }
    const megabytes = statSync(join(dir, 'interactions.csv')).size / 1e6;
    if (writeOnly) {
      if (!asJson)
        console.log(`${scale}× ${order}: ${interactions} interactions (${Math.round(megabytes)} MB) in ${dir}`);
      continue;
    }
    const run = await runCli(dir, join(dir, 'out'));
    const ok = run.code === 0;
    const figure: Figure = {
      scale,
      order,
      customers,
      interactions,
      megabytes: Math.round(megabytes),
      seconds: ok ? run.seconds : null,
      rowsPerSecond: ok ? Math.round(interactions / run.seconds) : null,
      rowsPerCpuSecond: ok ? Math.round(interactions / run.cpuSeconds) : null,
      peakRssMb: Math.round(run.rssMb),
      mode: run.mode,
      exitCode: run.code,
    };
    figures.push(figure);
    if (!asJson) {
      console.log(
        `${String(scale).padStart(4)}× ${order.padEnd(8)} ${customers.toLocaleString('en-US').padStart(9)} customers ${interactions.toLocaleString('en-US').padStart(11)} interactions (${figure.megabytes} MB): ` +
          (ok
            ? `${run.seconds.toFixed(1)} s, ${figure.rowsPerSecond?.toLocaleString('en-US')} rows/s ` +
              `(${figure.rowsPerCpuSecond?.toLocaleString('en-US')} per CPU second), peak RSS ${figure.peakRssMb} MB (${run.mode})`
            : `failed (exit ${run.code}, peak RSS ${figure.peakRssMb} MB): ${run.mode}`),
      );
    }
    if (!keep && baseDir === '') rmSync(dir, { recursive: true, force: true });
    else if (!asJson) console.log(`  kept ${dir}`);
  }
}
if (asJson) console.log(JSON.stringify(figures, null, 2));
