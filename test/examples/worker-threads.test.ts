/**
 * The worker-threads example (examples/worker-threads.ts): scoring partitions in real worker
 * threads gives the same customers and composite scores as one thread.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../examples/worker-threads.js';
import { parseDataset, SAMPLE_AS_OF } from '../../src/index.js';
import { generateDataset } from '../../src/sample/generate.js';

describe('examples/worker-threads', () => {
  it('merges worker results into exactly the single-thread result', async () => {
    const dataset = parseDataset(generateDataset({ customers: 300, seed: 7, asOf: SAMPLE_AS_OF }));
    const result = await compareRuns(dataset, SAMPLE_AS_OF, 2, { warmUpCustomers: 0 });
    expect(result.customers).toBe(300);
    expect(result.mismatches).toEqual([]);
    expect(result.workerMs).toHaveLength(8);
  }, 30_000);
});
