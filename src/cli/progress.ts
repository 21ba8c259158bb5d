/** Progress on stderr while reading and scoring: only on a terminal, never in pipes or logs. */
import { Presets, SingleBar } from 'cli-progress';
import type { ByteCounter } from './records.js';

/** What the scorer reports as it goes. */
export interface Progress {
  /** Rows read and customers scored so far. */
  update(rows: number, customers: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar over the bytes of the input files (compressed bytes for `.gz`), with rows read,
 * customers scored, the rate and an ETA. Silent unless `enabled` (stderr is a terminal and not
 * `--quiet`). `now` is the clock, passed in.
 */
export function createProgress(options: {
  readonly enabled: boolean;
  readonly totalBytes: number;
  readonly counter: ByteCounter;
  readonly stream: NodeJS.WriteStream;
  readonly now: () => number;
}): Progress {
  if (!options.enabled) return SILENT;
  const { counter, now } = options;
  const bar = new SingleBar(
    {
      stream: options.stream,
      format: '{bar} {percentage}% | {rows} rows | {customers} customers | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const started = now();
  bar.start(Math.max(1, options.totalBytes), 0, { rows: '0', customers: '0', rate: '—' });
  let last = 0;
  return {
    update(rows, customers) {
      const t = now();
      if (t - last < 100) return;
      last = t;
      const seconds = (t - started) / 1000;
      bar.update(Math.min(counter.bytes, options.totalBytes), {
        rows: rows.toLocaleString('en-US'),
        customers: customers.toLocaleString('en-US'),
        rate: seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : '—',
      });
    },
    stop() {
      bar.update(options.totalBytes);
      bar.stop();
    },
  };
}
