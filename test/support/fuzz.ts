/**
 * The fuzzer of parseDataset: malformed, hostile and valid records from a seeded generator, and the
 * invariants collect mode must keep on them. Used by test/fuzz.test.ts (a few thousand records per
 * run) and scripts/fuzz.ts (`npm run fuzz`, 100,000+).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectedDataset, type DatasetCollection, parseDataset, scoreAll } from '../../src/index.js';
import { INTERACTION_FIELDS } from '../../src/model/fast-interaction.js';

/** mulberry32: a small seeded generator, so that every run of a seed sees the same records. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 1e308,
  () => -0,
  () => 1_507_704_944,
  () => 19_970_101,
  () => '',
  () => '__proto__',
  () => 'constructor',
  () => 'x'.repeat(10_000),
  () => '2026-03-01T10:00:00',
  () => '2026-02-30T10:00:00Z',
  () => '2026-03-01 10:00:00+00:00',
  () => 'PURCHASE',
  () => 'Opt_Out',
  () => [],
  () => [1, 'a', null],
  () => ({}),
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  () => new Date(Number.NaN),
  () => new Date(1_772_355_600_000),
  () => ({ days: 1e306 }),
  () => true,
];

/** The fields a record may have, by collection (plus a few that it may not). */
const FIELDS: Readonly<Record<DatasetCollection, readonly string[]>> = {
  customers: ['id', 'since', 'interests', 'preferredChannels', 'segment', 'consents', 'levelOverride', 'Amount'],
  channels: ['id', 'kind', 'realTime', 'public', 'responseTarget', 'Kind'],
  interactions: [...INTERACTION_FIELDS, 'topic'],
};

/** A fuzzed dataset: valid records, records with fields mutated, and hostile objects. */
export function fuzzDataset(seed: number, interactions: number): Record<DatasetCollection, unknown[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const customerIds = Array.from({ length: Math.max(2, Math.ceil(interactions / 20)) }, (_, i) => `c${i}`);
  const channelIds = ['mail', 'chat', 'phone', 'forum'];
  const valid: Record<DatasetCollection, (i: number) => Record<string, unknown>> = {
    customers: (i) => ({
      id: customerIds[i % customerIds.length],
      preferredChannels: ['chat'],
      consents: [{ channel: 'email', granted: true, at: '2025-01-01T00:00:00Z' }],
    }),
    channels: (i) => ({ id: channelIds[i % channelIds.length], kind: pick(['email', 'chat', 'phone', 'forum']) }),
    interactions: (i) => ({
      id: `i${i}`,
      customerId: pick(customerIds),
      channel: pick(channelIds),
      at: 1_772_355_600_000 + Math.floor(next() * 1e9),
      direction: pick(['inbound', 'outbound']),
      type: pick(['question', 'reply', 'purchase', 'like', 'complaint', 'opt-out', 'webinar']),
      ...(next() < 0.3 ? { inReplyTo: `i${Math.floor(next() * (i + 5))}` } : {}),
      ...(next() < 0.2 ? { sentiment: next() * 2 - 1 } : {}),
    }),
  };
  // Customers and channels are mutated less often, so that enough interactions have somewhere to go.
  const keep: Readonly<Record<DatasetCollection, number>> = { customers: 0.85, channels: 0.8, interactions: 0.4 };
  const mutate = (collection: DatasetCollection, record: Record<string, unknown>): unknown => {
    if (next() < keep[collection]) return record;
    const roll = 0.4 + next() * 0.6;
    if (roll < 0.85) {
      const count = 1 + Math.floor(next() * 3);
      for (let k = 0; k < count; k++) record[pick(FIELDS[collection])] = pick(HOSTILE_VALUES)();
      return record;
    }
    if (roll < 0.88) return Object.create(record); // every field inherited
    if (roll < 0.91) {
      Object.defineProperty(record, 'id', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
      return record;
    }
    if (roll < 0.94) {
      return new Proxy(record, {
        get(target, key) {
          if (next() < 0.5) throw new Error('proxy');
          return Reflect.get(target, key);
        },
      });
    }
    return pick(HOSTILE_VALUES)();
  };
  const build = (collection: DatasetCollection, n: number) =>
    Array.from({ length: n }, (_, i) => mutate(collection, valid[collection](i)));
  return {
    customers: build('customers', customerIds.length + 2),
    channels: build('channels', channelIds.length + 1),
    interactions: build('interactions', interactions),
  };
}

const ROOT = join(import.meta.dirname, '..', '..');
/** Every IssueCode, read from src/model/errors.ts. */
export const KNOWN_CODES: ReadonlySet<string> = new Set(
  [
    ...(
      /export type IssueCode\s*=([^;]*);/.exec(readFileSync(join(ROOT, 'src', 'model', 'errors.ts'), 'utf8'))?.[1] ?? ''
    ).matchAll(/'([^']+)'/g),
  ].map((m) => m[1] as string),
);

/** Every number in a value (deeply, own enumerable properties, Maps included). */
function* numbers(value: unknown, depth = 0): Generator<number> {
  if (typeof value === 'number') yield value;
  if (value === null || typeof value !== 'object' || depth > 12) return;
  const inner = value instanceof Map ? [...value.values()] : Object.values(value);
  for (const item of inner) yield* numbers(item, depth + 1);
}

/** What one fuzz run found: the counts, and every broken invariant (empty when all hold). */
export interface FuzzReport {
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly warnings: number;
  readonly profiles: number;
  readonly ms: number;
  readonly failures: readonly string[];
}

/** Parses a fuzzed dataset in collect mode, scores what passed, and checks every invariant. */
export function fuzzRun(seed: number, interactions: number): FuzzReport {
  const input = fuzzDataset(seed, interactions);
  const failures: string[] = [];
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
  const start = performance.now();
  let result: CollectedDataset | undefined;
  try {
    result = parseDataset(input, { mode: 'collect' });
  } catch (error) {
    failures.push(`collect mode threw: ${String(error)}`);
  }
  let profiles = 0;
  if (result !== undefined) {
    for (const collection of ['customers', 'channels', 'interactions'] as const) {
      const rejected = result.rejected.filter((r) => r.collection === collection);
      const indexes = new Set(rejected.map((r) => r.index));
      if (indexes.size !== rejected.length) failures.push(`${collection}: a record rejected twice`);
      if (result.dataset[collection].length + rejected.length !== input[collection].length) {
        failures.push(`${collection}: valid + rejected ≠ input`);
      }
      for (const r of rejected) {
        if (r.issues.length === 0) failures.push(`${collection}[${r.index}]: rejected without an issue`);
        for (const issue of r.issues) {
          if (!KNOWN_CODES.has(issue.code)) failures.push(`unknown code ${issue.code}`);
          if (issue.path[0] !== collection || issue.path[1] !== r.index) {
            failures.push(`${collection}[${r.index}]: issue path ${JSON.stringify(issue.path)}`);
          }
        }
      }
    }
    for (const n of numbers(result.dataset)) if (!Number.isFinite(n)) failures.push(`parsed data holds ${n}`);
    try {
      for (const profile of scoreAll(result.dataset, { asOf: '2026-06-30T00:00:00Z' })) {
        profiles++;
        for (const n of numbers(profile)) if (!Number.isFinite(n)) failures.push(`a profile holds ${n}`);
      }
    } catch (error) {
      failures.push(`scoreAll threw: ${String(error)}`);
    }
  }
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys) {
    failures.push('Object.prototype changed');
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) failures.push('Object.prototype polluted');
  const records = input.customers.length + input.channels.length + input.interactions.length;
  return {
    records,
    accepted: result === undefined ? 0 : Object.values(result.dataset).reduce((n, list) => n + list.length, 0),
    rejected: result?.rejected.length ?? 0,
    warnings: result?.warnings.length ?? 0,
    profiles,
    ms: performance.now() - start,
    failures: [...new Set(failures)].slice(0, 20),
  };
}
