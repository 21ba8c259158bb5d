/** Line-by-line file output that waits when the disk is slower than the scorer. */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export class LineWriter {
  #stream: WriteStream;
  lines = 0;
  constructor(readonly path: string) {
    this.#stream = createWriteStream(path);
  }
  /** Writes one line; resolves at once unless the stream's buffer is full. */
  async write(line: string): Promise<void> {
    this.lines++;
    if (!this.#stream.write(`${line}\n`)) await once(this.#stream, 'drain');
  }
  async close(): Promise<void> {
    if (this.#stream.closed) return;
    this.#stream.end();
    await once(this.#stream, 'close');
  }
}
