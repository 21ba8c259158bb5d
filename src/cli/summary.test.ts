import { describe, expect, it } from 'vitest';
import type { RejectionLine } from './assemble.js';
import { describeCauses, IssueTally } from './summary.js';

const line = (id: string, code: string, field: string): RejectionLine => ({
  file: 'interactions.csv',
  row: 2,
  collection: 'interactions',
  id,
  issues: [{ path: ['interactions', 0, field], code, message: `parseDataset: ${code}` }],
});

describe('IssueTally', () => {
  it('counts rejections by collection and by cause, across batches, commonest first', () => {
    const tally = new IssueTally();
    tally.add([line('i1', 'offset-less-timestamp', 'at'), line('i2', 'offset-less-timestamp', 'at')]);
    tally.add([line('i3', 'unknown-channel', 'channel'), line('i4', 'offset-less-timestamp', 'at')]);
    expect(tally.records).toBe(4);
    expect(tally.byCollection()).toEqual({ interactions: 4 });
    expect(tally.causes()).toEqual([
      expect.objectContaining({ code: 'offset-less-timestamp', field: 'at', count: 3, ids: ['i1', 'i2', 'i4'] }),
      expect.objectContaining({ code: 'unknown-channel', field: 'channel', count: 1, ids: ['i3'] }),
    ]);
  });

  it('describes the top causes in plain words, with a hint for common codes', () => {
    const tally = new IssueTally();
    tally.add(Array.from({ length: 1234 }, (_, k) => line(`i${k}`, 'offset-less-timestamp', 'at')));
    expect(describeCauses(tally.causes(), { interactions: 1234 })).toEqual([
      '1,234 of 1,234 interactions: offset-less-timestamp (at) — timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z; e.g. "i0", "i1", "i2"',
    ]);
  });
});
