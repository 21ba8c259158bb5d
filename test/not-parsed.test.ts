/**
 * Data that did not come from parseDataset / createHistory is refused with `not-parsed` by the
 * scoring entry points, instead of scoring to profiles full of nulls that fail the profile schema.
 */
import { describe, expect, it } from 'vitest';
import {
  createHistory,
  type Dataset,
  EngagementInputError,
  parseDataset,
  sampleDataset,
  scoreAll,
  scoreCustomer,
} from '../src/index.js';
// @ts-expect-error a plain JavaScript module without declarations
import { scoreRawDataset, scoreRawHistory } from './support/plain-caller.mjs';

const asOf = '2026-06-30T00:00:00Z';
const raw = {
  customers: [{ id: 'c1' }],
  channels: [{ id: 'mail', kind: 'email' }],
  interactions: [
    { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
  ],
} as const;

function issuesOf(run: () => unknown): readonly { code: string; path: readonly unknown[] }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues;
  }
  throw new Error('expected an EngagementInputError');
}

describe('not-parsed', () => {
  it('scoreAll refuses raw records from plain JavaScript', () => {
    const error = scoreRawDataset();
    expect(error).toBeInstanceOf(EngagementInputError);
    expect((error as EngagementInputError).issues.every((issue) => issue.code === 'not-parsed')).toBe(true);
    expect((error as EngagementInputError).message).toContain('parseDataset');
  });

  it('scoreCustomer refuses a hand-made history of raw records from plain JavaScript', () => {
    const error = scoreRawHistory();
    expect(error).toBeInstanceOf(EngagementInputError);
    expect((error as EngagementInputError).issues[0]?.code).toBe('not-parsed');
  });

  it('names the offending fields in TypeScript too (a cast around the types)', () => {
    const issues = issuesOf(() => scoreAll(raw as unknown as Dataset, { asOf }));
    expect(issues.map((issue) => issue.path)).toEqual([
      ['channels', 0, 'responseTargetMs'],
      ['channels', 0],
      ['interactions', 0, 'at'],
    ]);
  });

  it('scores parsed data exactly as before', () => {
    const dataset = parseDataset(sampleDataset());
    expect([...scoreAll(dataset, { asOf })]).toHaveLength(dataset.customers.length);
    const history = createHistory({
      customer: raw.customers[0],
      channels: raw.channels,
      interactions: raw.interactions,
    });
    expect(scoreCustomer(history, { asOf }).customerId).toBe('c1');
  });
});
