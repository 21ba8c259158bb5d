import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset.js';
import { summarizeIssues } from './summarize-issues.js';

const row = (i: number, at: unknown) => ({
  id: `i${i}`,
  customerId: 'c1',
  channel: 'mail',
  at,
  direction: 'inbound',
  type: 'question',
});

describe('summarizeIssues', () => {
  it('says in one line that every timestamp lacks an offset, however many rows', () => {
    const interactions = Array.from({ length: 1_000 }, (_, i) => row(i, '2026-03-01T10:00:00'));
    const result = parseDataset(
      { customers: [{ id: 'c1' }], channels: [{ id: 'mail', kind: 'email' }], interactions },
      { mode: 'collect' },
    );
    const summary = summarizeIssues(result);
    expect(summary.rejected).toBe(1_000);
    expect(summary.byCode).toEqual([{ code: 'offset-less-timestamp', count: 1_000 }]);
    expect(summary.causes).toHaveLength(1);
    expect(summary.causes[0]?.examples).toEqual(['i0', 'i1', 'i2']);
    expect(summary.lines).toEqual([
      '1,000 of 1,000 interactions: offset-less-timestamp at interactions[*].at — timestamps need Z or an offset, e.g. 2026-03-01T10:00:00Z',
    ]);
  });

  it('counts by code and cause, most frequent first, from a plain list with given totals', () => {
    const result = parseDataset(
      {
        customers: [{ id: 'c1' }],
        channels: [{ id: 'mail', kind: 'email' }],
        interactions: [row(0, 1_507_704_944), row(1, 1_507_704_945), row(2, 'soon'), { id: '' }],
      },
      { mode: 'collect' },
    );
    const summary = summarizeIssues(result.rejected, { totals: { interactions: 10 }, top: 2 });
    expect(summary.causes.map((c) => [c.code, c.records])).toEqual([
      ['implausible-timestamp', 2],
      ['invalid-timestamp', 1],
      ['invalid-id', 1],
      ['missing-field', 1],
      ['missing-field', 1],
      ['missing-field', 1],
      ['missing-field', 1],
      ['missing-field', 1],
    ]);
    expect(summary.lines).toHaveLength(2);
    expect(summary.lines[0]).toMatch(/^2 of 10 interactions: implausible-timestamp at interactions\[\*\]\.at/);
    expect(summary.causes[2]?.examples).toEqual(['#3']);
  });

  it('is empty for no rejections', () => {
    expect(summarizeIssues([])).toEqual({ rejected: 0, issues: 0, byCode: [], causes: [], lines: [] });
  });
});
