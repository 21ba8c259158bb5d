/**
 * The bad-input corpus (test/fixtures/bad-input.json): every malformed record must make strict
 * mode throw one EngagementInputError with the documented code at the documented path, and
 * collect mode refuse exactly that record while keeping the valid base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createHistory,
  type DatasetCollection,
  type DatasetInput,
  EngagementInputError,
  type IssueCode,
  parseDataset,
} from '../src/index.js';

interface Case {
  readonly name: string;
  readonly collection: DatasetCollection;
  readonly record?: unknown;
  readonly records?: readonly unknown[];
  readonly expected: {
    readonly code: IssueCode;
    readonly path: readonly (string | number)[];
    readonly rejected?: number[];
  };
}
interface Corpus {
  readonly base: DatasetInput;
  readonly cases: readonly Case[];
}

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'bad-input.json'), 'utf8')) as Corpus;

/** Turns the JSON-safe markers back into the numbers JSON cannot hold. */
function revive(value: unknown): unknown {
  if (value === '$NaN') return Number.NaN;
  if (value === '$Infinity') return Number.POSITIVE_INFINITY;
  if (value === '$-Infinity') return Number.NEGATIVE_INFINITY;
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
  }
  return value;
}

function recordsOf(entry: Case): unknown[] {
  return 'records' in entry && entry.records !== undefined ? entry.records.map(revive) : [revive(entry.record)];
}

/** The base with the case's records appended to its collection, and the indexes they got. */
function build(entry: Case): { input: DatasetInput; indexes: number[] } {
  const records = recordsOf(entry);
  const start = corpus.base[entry.collection].length;
  const input = { ...corpus.base, [entry.collection]: [...corpus.base[entry.collection], ...records] } as DatasetInput;
  return { input, indexes: records.map((_, k) => start + k) };
}

/** Replaces "#" / "#k" in an expected path with the index of the appended record. */
function resolvePath(path: readonly (string | number)[], indexes: readonly number[]): (string | number)[] {
  return path.map((key) => {
    if (typeof key !== 'string' || !/^#\d*$/.test(key)) return key;
    const index = indexes[key === '#' ? 0 : Number(key.slice(1))];
    if (index === undefined) throw new Error(`no record for ${key}`);
    return index;
  });
}

const baseDataset = parseDataset(corpus.base);

describe('the bad-input corpus', () => {
  it('has a valid base and at least 30 distinct cases', () => {
    expect(baseDataset.interactions).toHaveLength(corpus.base.interactions.length);
    expect(corpus.cases.length).toBeGreaterThanOrEqual(30);
    const names = corpus.cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const records = corpus.cases.map((c) => JSON.stringify([c.collection, c.record ?? c.records]));
    expect(new Set(records).size).toBe(records.length);
  });

  it('covers customers, channels and interactions, and every data issue code', () => {
    expect(new Set(corpus.cases.map((c) => c.collection))).toEqual(new Set(['customers', 'channels', 'interactions']));
    const codes = new Set(corpus.cases.map((c) => c.expected.code));
    for (const code of [
      'invalid-type',
      'missing-field',
      'invalid-value',
      'invalid-id',
      'out-of-range',
      'not-finite',
      'invalid-timestamp',
      'offset-less-timestamp',
      'invalid-duration',
      'duplicate-id',
      'unknown-channel',
      'unknown-customer',
      'unknown-reply-target',
      'cross-customer-reply',
      'reply-cycle',
    ] satisfies IssueCode[]) {
      expect(codes, code).toContain(code);
    }
  });
});

describe.each(corpus.cases)('$collection: $name', (entry) => {
  const { input, indexes } = build(entry);
  const path = resolvePath(entry.expected.path, indexes);
  const rejectedIndexes = (entry.expected.rejected ?? indexes.map((_, k) => k)).map((k) => indexes[k]);

  it(`strict mode throws one EngagementInputError with ${entry.expected.code} at that path`, () => {
    let thrown: unknown;
    try {
      parseDataset(input, { mode: 'strict' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EngagementInputError);
    const issues = (thrown as EngagementInputError).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: entry.expected.code, path }));
    // Nothing in the valid base is blamed.
    for (const issue of issues) {
      expect(issue.path[0]).toBe(entry.collection);
      expect(indexes).toContain(issue.path[1]);
    }
  });

  it('collect mode rejects exactly that record and keeps the valid base', () => {
    const { dataset, rejected } = parseDataset(input, { mode: 'collect' });
    expect(rejected.map((r) => [r.collection, r.index])).toEqual(rejectedIndexes.map((i) => [entry.collection, i]));
    const blamed = rejected.flatMap((r) => r.issues);
    expect(blamed).toContainEqual(expect.objectContaining({ code: entry.expected.code, path }));
    for (const r of rejected) expect(r.record).toBe(input[entry.collection][r.index]);
    // The base is intact; appended records that were not refused are kept after it.
    for (const collection of ['customers', 'channels', 'interactions'] as const) {
      const base = baseDataset[collection];
      expect(dataset[collection].slice(0, base.length)).toEqual(base);
      const kept = collection === entry.collection ? indexes.length - rejectedIndexes.length : 0;
      expect(dataset[collection]).toHaveLength(base.length + kept);
    }
  });
});

describe('ids that are Object.prototype keys', () => {
  const ids = ['__proto__', 'constructor', 'toString'];
  // Built from JSON text so that "__proto__" is an own key wherever it appears.
  const json = JSON.stringify({
    customers: ids.map((id) => ({
      id,
      preferredChannels: [id],
      consents: [{ channel: id, granted: true, at: 1772323200000 }],
    })),
    channels: ids.map((id) => ({ id, kind: 'chat' })),
    interactions: ids.flatMap((id) => [
      { id, customerId: id, channel: id, at: '2026-03-01T10:00:00Z', direction: 'inbound', type: id },
      {
        id: `${id}-r`,
        customerId: id,
        channel: id,
        at: '2026-03-01T10:01:00Z',
        direction: 'outbound',
        type: 'reply',
        inReplyTo: id,
      },
    ]),
  });

  it('work as customer, channel and interaction ids', () => {
    const dataset = parseDataset(JSON.parse(json));
    expect(dataset.customers.map((c) => c.id)).toEqual(ids);
    expect(dataset.channels.map((c) => c.id)).toEqual(ids);
    expect(dataset.interactions.map((i) => i.id)).toEqual(ids.flatMap((id) => [id, `${id}-r`]));
    for (const id of ids) {
      const history = createHistory({
        customer: { id },
        channels: [{ id, kind: 'chat' }],
        interactions: dataset.interactions.filter((i) => i.customerId === id),
      });
      expect(history.byId.get(id)?.type).toBe(id);
      expect(history.byId.get(`${id}-r`)?.inReplyTo).toBe(id);
    }
  });

  it('are still duplicates of themselves', () => {
    const input = JSON.parse(json) as DatasetInput;
    const doubled = { ...input, customers: [...input.customers, { id: '__proto__' }] };
    const { rejected } = parseDataset(doubled, { mode: 'collect' });
    expect(rejected.map((r) => r.issues[0]?.code)).toEqual(['duplicate-id']);
  });

  it('pollute nothing, even with __proto__ keys inside records', () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = JSON.parse(
      '{"customers":[{"id":"c1","__proto__":{"polluted":"yes"},"consents":[{"channel":"*","granted":true,"at":1772323200000,"__proto__":{"polluted":"yes"}}]}],' +
        '"channels":[{"id":"__proto__","kind":"email","constructor":{"prototype":{"polluted":"yes"}}}],' +
        '"interactions":[{"id":"constructor","customerId":"c1","channel":"__proto__","at":1772323200000,"direction":"inbound","type":"view","__proto__":{"polluted":"yes"}}],' +
        '"__proto__":{"polluted":"yes"}}',
    ) as unknown;
    const dataset = parseDataset(hostile);
    expect(dataset.interactions).toHaveLength(1);
    expect(Object.getPrototypeOf(dataset.customers[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
