/**
 * The published JSON Schemas (dist/schemas/*.json, generated from the zod schemas by the build)
 * checked with an independent validator: the sample data and its profiles pass, bad records fail,
 * and the schemas agree with parseDataset on every record-level problem of the bad-input corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schemas.js';
import { backtest, type DatasetInput, parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';

const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

function validator(file: string) {
  const schema = schemas[file];
  if (schema === undefined) throw new Error(`no schema ${file}`);
  return ajv.compile(schema);
}

const validateDataset = validator('dataset.json');
const validateCustomer = validator('customer.json');
const validateChannel = validator('channel.json');
const validateInteraction = validator('interaction.json');
const validateConfig = validator('scoring-config.json');
const validateProfile = validator('engagement-profile.json');
const validateBacktest = validator('backtest-result.json');

/** What a client in another language sends: the value after a JSON round trip. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('JSON Schemas', () => {
  it('publishes one schema per input and one for the profile, all draft 2020-12 with a title', () => {
    expect(Object.keys(schemas).sort()).toEqual([
      'backtest-result.json',
      'channel.json',
      'customer.json',
      'dataset.json',
      'engagement-profile.json',
      'interaction.json',
      'scoring-config.json',
    ]);
    for (const schema of Object.values(schemas)) {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['title']).toEqual(expect.any(String));
    }
  });

  it('describes timestamps as a date-time string or epoch ms, and durations as non-negative parts', () => {
    const interaction = schemas['interaction.json'] as { properties: Record<string, Record<string, unknown>> };
    expect(interaction.properties['at']).toMatchObject({
      anyOf: [
        { type: 'string', pattern: expect.any(String) },
        { type: 'number', minimum: 631_152_000_000, exclusiveMaximum: 4_102_444_800_000 },
      ],
    });
    const channel = schemas['channel.json'] as { properties: Record<string, Record<string, unknown>> };
    const target = channel.properties['responseTarget'] as { type: string; properties: Record<string, unknown> };
    expect(target.type).toBe('object');
    for (const part of Object.values(target.properties))
      expect(part).toEqual({ type: 'number', minimum: 0, maximum: 1e9 });
  });

  it('accepts the sample data, serialised as JSON', () => {
    const ok = validateDataset(json(sampleDataset()));
    expect(validateDataset.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts every profile of the sample data, serialised as JSON', () => {
    const profiles = json([...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })]);
    expect(profiles).toHaveLength(50);
    for (const profile of profiles) {
      const ok = validateProfile(profile);
      expect(validateProfile.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects a profile with a score out of range or an unknown field', () => {
    const [profile] = json([...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })]);
    expect(validateProfile({ ...profile, composite: { ...profile?.composite, score: 101 } })).toBe(false);
    expect(validateProfile({ ...profile, extra: true })).toBe(false);
  });

  it('accepts the backtest of the sample data, serialised as JSON; rejects an AUC above 1', () => {
    const result = json(
      backtest(parseDataset(sampleDataset()), { cutoff: '2026-03-01T00:00:00Z', horizon: { months: 3 } }),
    );
    const ok = validateBacktest(result);
    expect(validateBacktest.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const [first] = result.scores;
    expect(validateBacktest({ ...result, scores: [{ ...first, auc: 1.5 }] })).toBe(false);
  });

  it('accepts the empty configuration and a partial one, rejects bad durations and weights', () => {
    expect(validateConfig({})).toBe(true);
    expect(validateConfig({ halfLife: { days: 30 }, responseTargets: { chat: { minutes: 2 } } })).toBe(true);
    expect(validateConfig({ halfLife: { days: -1 } })).toBe(false);
    expect(validateConfig({ halfLife: {} })).toBe(false);
    expect(validateConfig({ halfLife: 86_400_000 })).toBe(false);
    expect(validateConfig({ trust: { weights: { sentiment: -1 } } })).toBe(false);
    expect(validateConfig({ typeRoles: { tweet: 'no-such-role' } })).toBe(false);
  });

  const good = {
    interaction: {
      id: 'i1',
      customerId: 'c1',
      channel: 'mail',
      at: '2026-03-01T09:00:00Z',
      direction: 'inbound',
      type: 'question',
    },
    customer: { id: 'c1', consents: [{ channel: 'mail', granted: true, at: 1_772_355_600_000 }] },
    channel: { id: 'mail', kind: 'email', responseTarget: { hours: 4 } },
  };

  it.each([
    ['an offset-less timestamp', { at: '2026-03-01T09:00:00' }],
    ['a timestamp in words', { at: 'next tuesday' }],
    ['a timestamp on 31 April', { at: '2026-04-31T09:00:00Z' }],
    ['a negative amount', { amount: -1 }],
    ['a sentiment above 1', { sentiment: 2 }],
    ['an unknown direction', { direction: 'sideways' }],
    ['an empty id', { id: '' }],
    ['a numeric customer id', { customerId: 7 }],
    ['topics as a string', { topics: 'billing' }],
    ['a missing at', { at: undefined }],
  ])('rejects an interaction with %s', (_, change) => {
    expect(validateInteraction(json(good.interaction))).toBe(true);
    const bad = json({ ...good.interaction, ...change });
    expect(validateInteraction(bad)).toBe(false);
    // parseDataset refuses the same record.
    const input = { customers: [good.customer], channels: [good.channel], interactions: [bad] };
    expect(parseDataset(input, { mode: 'collect' }).rejected).toHaveLength(1);
  });

  it('rejects bad customers and channels', () => {
    expect(validateCustomer(good.customer)).toBe(true);
    expect(validateCustomer({ id: 'c1', consents: [{ channel: 'mail', granted: 'yes', at: 0 }] })).toBe(false);
    expect(validateCustomer({ id: 'c1', since: '2026-03-01' })).toBe(false);
    expect(validateChannel(good.channel)).toBe(true);
    expect(validateChannel({ id: 'x', kind: 'pigeon' })).toBe(false);
    expect(validateChannel({ id: 'x', kind: 'chat', responseTarget: { minutes: -5 } })).toBe(false);
    expect(validateChannel({ id: 'x', kind: 'chat', responseTarget: {} })).toBe(false);
    expect(validateDataset({ customers: [], channels: [] })).toBe(false);
  });
});

interface Case {
  readonly name: string;
  readonly collection: 'customers' | 'channels' | 'interactions';
  readonly record?: unknown;
  readonly records?: readonly unknown[];
  readonly expected: { readonly code: string };
}

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bad-input.json'), 'utf8')) as {
  readonly base: DatasetInput;
  readonly cases: readonly Case[];
};

/** Problems that need the whole dataset (references, ids seen twice): parseDataset's job, not a schema's. */
const DATASET_LEVEL = new Set([
  'duplicate-id',
  'unknown-channel',
  'unknown-customer',
  'unknown-reply-target',
  'cross-customer-reply',
  'reply-cycle',
]);
/** Cases with NaN or ±Infinity, which JSON cannot carry. */
const hasMarker = (entry: Case): boolean => /"\$-?(NaN|Infinity)"/.test(JSON.stringify(entry));

describe('JSON Schemas and the bad-input corpus', () => {
  it('accept the corpus base', () => {
    expect(validateDataset(json(corpus.base))).toBe(true);
  });

  const recordLevel = corpus.cases.filter((entry) => !DATASET_LEVEL.has(entry.expected.code) && !hasMarker(entry));
  it.each(recordLevel.map((entry) => [entry.name, entry] as const))('reject %s', (_, entry) => {
    const records = entry.records ?? [entry.record];
    const input = { ...corpus.base, [entry.collection]: [...corpus.base[entry.collection], ...records] };
    expect(validateDataset(json(input))).toBe(false);
  });
});
