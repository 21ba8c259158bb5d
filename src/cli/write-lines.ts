/** Line-by-line file output, written in blocks, waiting when the disk is slower than the scorer. */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** Lines are gathered into blocks of about this many characters before they are written. */
const BLOCK = 1 << 16;

export class LineWriter {
  readonly #stream: WriteStream;
  #pending: string[] = [];
  #size = 0;
  lines = 0;
  constructor(readonly path: string) {
    this.#stream = createWriteStream(path);
  }
  /** Adds one line; writes a block when enough have gathered (one write call per block, not per line). */
  async write(line: string): Promise<void> {
    this.lines++;
    this.#pending.push(line);
    this.#size += line.length + 1;
    if (this.#size >= BLOCK) await this.#flush();
  }
  async #flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const block = `${this.#pending.join('\n')}\n`;
    this.#pending = [];
    this.#size = 0;
    if (!this.#stream.write(block)) await once(this.#stream, 'drain');
  }
  async close(): Promise<void> {
    if (this.#stream.closed || this.#stream.writableEnded) return;
    await this.#flush();
    this.#stream.end();
    await once(this.#stream, 'close');
  }
}
