import { describe, expect, it } from 'vitest';
import { scoreActivity } from '../activity/score-activity.js';
import { createHistory } from '../model/create-history.js';
import type { Dataset, DatasetInput } from '../model/dataset.js';
import { EngagementInputError } from '../model/errors.js';
import { parseDataset } from '../model/parse-dataset.js';
import type { RuleOptions } from '../rules/rule-score.js';
import { SAMPLE_AS_OF, sampleDataset } from '../sample/sample-dataset.js';
import { EngagementProfileSchema } from './profile-schema.js';
import { scoreAll } from './score-all.js';
import { scoreCustomer } from './score-customer.js';

const input = sampleDataset();
const dataset = parseDataset(input);
const options = { asOf: SAMPLE_AS_OF };

/** The history of one customer built the single-customer way, from the raw input. */
function historyOf(source: DatasetInput, customerId: string) {
  const customer = source.customers.find((c) => c.id === customerId);
  if (customer === undefined) throw new Error(`no customer ${customerId}`);
  return createHistory({
    customer,
    channels: source.channels,
    interactions: source.interactions.filter((i) => i.customerId === customerId),
  });
}

describe('scoreAll', () => {
  it('yields one profile per customer, in customer order', () => {
    const profiles = [...scoreAll(dataset, options)];
    expect(profiles).toHaveLength(dataset.customers.length);
    expect(profiles.map((p) => p.customerId)).toEqual(dataset.customers.map((c) => c.id));
  });

  it('equals scoreCustomer on each customer’s own history', () => {
    for (const profile of scoreAll(dataset, options)) {
      expect(profile).toEqual(scoreCustomer(historyOf(input, profile.customerId), options));
    }
  });

  it('carries each customer’s activity, equal to scoreActivity on their history', () => {
    let scored = 0;
    for (const profile of scoreAll(dataset, options)) {
      expect(profile.activity).toEqual(scoreActivity(historyOf(input, profile.customerId), options));
      if (profile.activity.score !== null) scored++;
    }
    expect(scored).toBeGreaterThan(0);
  });

  it('yields valid, JSON-serialisable profiles for the sample', () => {
    for (const profile of scoreAll(dataset, options)) {
      expect(EngagementProfileSchema.safeParse(profile).success).toBe(true);
      expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    }
  });

  it('finds the planted consent violations of the sample (c004 and c015)', () => {
    const flagged = [...scoreAll(dataset, options)]
      .filter((p) => p.flags.some((f) => f.code === 'consent-violation'))
      .map((p) => p.customerId);
    expect(flagged).toEqual(expect.arrayContaining(['c004', 'c015']));
  });

  it('checks its options when called, before any iteration', () => {
    expect(() => scoreAll(dataset, {} as RuleOptions)).toThrow(EngagementInputError);
    expect(() => scoreAll(dataset, { asOf: 'not a date' })).toThrow(/^scoreAll/);
    const zero = { value: 0, efficiency: 0, trust: 0, consistency: 0, relevancy: 0, control: 0 };
    try {
      scoreAll(dataset, { asOf: SAMPLE_AS_OF, config: { composite: { weights: zero } } });
      expect.unreachable('scoreAll accepted an invalid configuration');
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues.map((i) => i.code)).toEqual(['invalid-weights']);
    }
  });

  it('yields nothing for an empty dataset', () => {
    const empty: Dataset = { customers: [], channels: [], interactions: [] };
    expect([...scoreAll(empty, options)]).toEqual([]);
    expect([...scoreAll(parseDataset({ customers: [], channels: [], interactions: [] }), options)]).toEqual([]);
  });

  it('scores a customer without interactions', () => {
    const only = parseDataset({ customers: [{ id: 'c0' }], channels: [], interactions: [] });
    const [profile, ...rest] = scoreAll(only, options);
    expect(rest).toEqual([]);
    expect(profile?.customerId).toBe('c0');
    expect(profile?.composite.score).toBeNull();
    expect(profile?.composite.evidenceCount).toBe(0);
  });

  it('gives the same profiles when iterated twice', () => {
    const profiles = scoreAll(dataset, options);
    const first = [...profiles];
    const second = [...profiles];
    expect(second).toEqual(first);
    expect(first).toHaveLength(dataset.customers.length);
  });

  it('is lazy: profiles come one at a time', () => {
    const iterator = scoreAll(dataset, options)[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value?.customerId).toBe(dataset.customers[0]?.id);
  });

  it('keeps customers called __proto__ and constructor apart', () => {
    const source: DatasetInput = {
      customers: [{ id: '__proto__' }, { id: 'constructor' }, { id: 'toString' }],
      channels: [{ id: 'web', kind: 'web' }],
      interactions: [
        {
          id: 'a',
          customerId: '__proto__',
          channel: 'web',
          at: '2026-06-01T00:00:00Z',
          direction: 'inbound',
          type: 'visit',
        },
        {
          id: 'b',
          customerId: 'constructor',
          channel: 'web',
          at: '2026-06-02T00:00:00Z',
          direction: 'inbound',
          type: 'purchase',
        },
        {
          id: 'c',
          customerId: '__proto__',
          channel: 'web',
          at: '2026-06-03T00:00:00Z',
          direction: 'inbound',
          type: 'like',
        },
      ],
    };
    const profiles = [...scoreAll(parseDataset(source), options)];
    expect(profiles.map((p) => [p.customerId, p.composite.evidenceCount, p.level.level])).toEqual([
      ['__proto__', 2, 'endorsing'],
      ['constructor', 1, 'contributing'],
      ['toString', 0, null],
    ]);
    // Nothing outbound anywhere: the dataset-level fact is false, and scoreCustomer takes it as an option.
    for (const profile of profiles) {
      const single = { ...options, recordsBusinessSide: false };
      expect(profile).toEqual(scoreCustomer(historyOf(source, profile.customerId), single));
    }
  });

  it('does not mutate the dataset', () => {
    const before = structuredClone(dataset);
    [...scoreAll(dataset, options)];
    expect(dataset).toEqual(before);
  });
});
