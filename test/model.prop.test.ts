/**
 * Properties of the validated model: parseDataset and createHistory never crash on arbitrary
 * input, account for every record, normalise idempotently, ignore input order and the process
 * time zone, and never mutate what they are given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_KINDS,
  type CollectedDataset,
  createHistory,
  type Dataset,
  type DatasetCollection,
  EngagementInputError,
  parseDataset,
} from '../src/index.js';
import { historyInputArb, shuffled, withTimeZone } from './support/arbitraries.js';

const COLLECTIONS: readonly DatasetCollection[] = ['customers', 'channels', 'interactions'];

/** Runs `fn`; returns its result, or `undefined` when it threw an EngagementInputError. Anything else fails. */
function tolerateInputErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof EngagementInputError) {
      expect(error.issues.length).toBeGreaterThan(0);
      return undefined;
    }
    throw error;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

// --- A generator of messy datasets: mostly plausible records, with every kind of defect mixed in. ---

const PROTO_IDS = ['__proto__', 'constructor', 'toString'];
/** Mostly `valid`, now and then `invalid`. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>, odds = 30): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: odds, arbitrary: valid }, { weight: 1, arbitrary: invalid });
/** Anything JSON can hold. */
const junk = fc.jsonValue({ maxDepth: 2 });

const customerIdArb = mostly(fc.constantFrom('c1', 'c2', '__proto__', 'constructor', 'c3'), fc.constantFrom('', 7));
const channelIdArb = mostly(fc.constantFrom('mail', 'chat', 'toString', 'constructor', 'fax'), fc.constantFrom('', 7));
const interactionIdArb = mostly(
  fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', ...PROTO_IDS),
  fc.constant(''),
);

const timestampArb = mostly(
  fc.oneof(
    fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
    fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom('2026-03-01T10:00:00Z', '2026-03-01T10:00:00+05:30', '2026-03-01T10:00:00.123-08:00'),
  ),
  fc.oneof(
    fc.constantFrom(
      '2026-03-01T10:00:00', // offset-less
      '2026-02-30T10:00:00Z', // no such day
      'yesterday',
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ),
    junk,
  ),
);
const badNumberArb = fc.oneof(
  fc.double({ min: -1000, max: -0.001, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5'),
);

const channelRecordArb = fc.record(
  {
    id: channelIdArb,
    kind: mostly(fc.constantFrom(...CHANNEL_KINDS), fc.constantFrom('pigeon', 7)),
    realTime: mostly(fc.boolean(), junk),
    responseTarget: mostly(fc.record({ hours: fc.nat(48) }), fc.constantFrom({}, { days: -1 }, 'P1D')),
  },
  { requiredKeys: ['id', 'kind'] },
);

const consentArb = fc.record(
  {
    channel: mostly(fc.oneof(channelIdArb, fc.constantFrom('*', 'email', 'social')), fc.constant('telepathy')),
    purpose: mostly(fc.constantFrom('marketing', 'service', 'profiling'), junk),
    granted: mostly(fc.boolean(), junk),
    at: timestampArb,
  },
  { requiredKeys: ['channel', 'granted', 'at'] },
);

const customerRecordArb = fc.record(
  {
    id: customerIdArb,
    since: timestampArb,
    interests: mostly(fc.array(fc.string(), { maxLength: 2 }), junk),
    preferredChannels: fc.array(channelIdArb, { maxLength: 2 }),
    consents: mostly(fc.array(consentArb, { maxLength: 2 }), junk),
    levelOverride: mostly(
      fc.record({ level: fc.constant('owning'), until: timestampArb }),
      fc.constant({ level: 'king' }),
    ),
  },
  { requiredKeys: ['id'] },
);

const interactionRecordArb = fc.record(
  {
    id: interactionIdArb,
    customerId: customerIdArb,
    channel: channelIdArb,
    at: timestampArb,
    direction: mostly(fc.constantFrom('inbound', 'outbound'), fc.constantFrom('sideways', 1)),
    type: mostly(fc.constantFrom('question', 'reply', 'resolve', 'opt-out', 'custom-type'), fc.constantFrom('', null)),
    inReplyTo: fc.option(interactionIdArb, { nil: undefined, freq: 2 }),
    amount: mostly(fc.double({ min: 0, max: 1000, noNaN: true }), badNumberArb),
    sentiment: mostly(fc.double({ min: -1, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(1.5, -2), badNumberArb)),
    outcome: mostly(fc.constantFrom('resolved', 'unresolved'), fc.constant('meh')),
  },
  { requiredKeys: ['id', 'customerId', 'channel', 'at', 'direction', 'type'] },
);

const listOf = <T>(record: fc.Arbitrary<T>, maxLength: number) => fc.array(mostly(record, junk, 15), { maxLength });

/** A few valid customers and channels first, so that references often resolve; then messy records. */
const messyDatasetArb = fc
  .record({
    customers: listOf(customerRecordArb, 4),
    channels: listOf(channelRecordArb, 3),
    interactions: listOf(interactionRecordArb, 12),
  })
  .map(({ customers, channels, interactions }) => ({
    customers: [{ id: 'c1' }, { id: 'c2' }, { id: '__proto__' }, { id: 'constructor' }, ...customers],
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'chat', kind: 'chat' },
      { id: 'toString', kind: 'sms' },
      { id: 'constructor', kind: 'social' },
      ...channels,
    ],
    interactions,
  }));

function accountsForEveryRecord(input: Record<DatasetCollection, readonly unknown[]>, result: CollectedDataset): void {
  for (const collection of COLLECTIONS) {
    const rejected = result.rejected.filter((r) => r.collection === collection);
    const indexes = rejected.map((r) => r.index);
    expect(new Set(indexes).size).toBe(indexes.length);
    for (const r of rejected) {
      expect(r.record).toBe(input[collection][r.index]);
      expect(r.issues.length).toBeGreaterThan(0);
      expect(r.issues[0]?.path[0]).toBe(collection);
      expect(r.issues[0]?.path[1]).toBe(r.index);
    }
    expect(result.dataset[collection].length + rejected.length).toBe(input[collection].length);
  }
}

describe('parseDataset on arbitrary input', () => {
  it('throws nothing but EngagementInputError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        tolerateInputErrors(() => parseDataset(input));
        tolerateInputErrors(() => parseDataset(input, { mode: 'collect' }));
      }),
      { numRuns: 200 },
    );
  });

  it('throws nothing but EngagementInputError for three lists of arbitrary JSON records', () => {
    const arb = fc.record({
      customers: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
      channels: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
      interactions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, (input) => {
        tolerateInputErrors(() => parseDataset(input));
        accountsForEveryRecord(input, parseDataset(input, { mode: 'collect' }));
      }),
      { numRuns: 200 },
    );
  });

  it('in collect mode, accounts for every record of a messy dataset exactly once', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        accountsForEveryRecord(input, parseDataset(input, { mode: 'collect' }));
      }),
      { numRuns: 300 },
    );
  });

  it('strict mode throws exactly when collect mode rejects, with the same issues', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        const collected = parseDataset(input, { mode: 'collect' });
        const strict = tolerateInputErrors(() => parseDataset(input));
        if (collected.rejected.length === 0) expect(strict).toEqual(collected.dataset);
        else {
          expect(strict).toBeUndefined();
          try {
            parseDataset(input);
          } catch (error) {
            expect((error as EngagementInputError).issues).toEqual(collected.rejected.flatMap((r) => r.issues));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('normalisation', () => {
  it('is idempotent: the kept records parse strictly to themselves', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        const { dataset } = parseDataset(input, { mode: 'collect' });
        const again: Dataset = parseDataset(dataset);
        expect(again).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on valid histories', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 15 }), ({ customer, channels, interactions }) => {
        const dataset = parseDataset({ customers: [customer], channels, interactions });
        expect(parseDataset(dataset)).toEqual(dataset);
      }),
      { numRuns: 100 },
    );
  });
});

describe('inputs are never mutated', () => {
  it('parseDataset accepts deep-frozen input and leaves it as it was', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        const snapshot = structuredClone(input);
        deepFreeze(input);
        tolerateInputErrors(() => parseDataset(input));
        parseDataset(input, { mode: 'collect' });
        expect(input).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it('createHistory accepts deep-frozen input and leaves it as it was', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 15 }), (input) => {
        const snapshot = structuredClone(input);
        deepFreeze(input);
        createHistory(input);
        expect(input).toEqual(snapshot);
      }),
      { numRuns: 100 },
    );
  });
});

describe('input order', () => {
  it('createHistory orders interactions the same whatever the input order', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 20 }), fc.nat(), (input, seed) => {
        const a = createHistory(input);
        const b = createHistory({
          customer: input.customer,
          channels: shuffled(input.channels, seed),
          interactions: shuffled(input.interactions, seed + 1),
        });
        expect(b.interactions).toEqual(a.interactions);
        expect(b.customer).toEqual(a.customer);
        expect([...b.channels.entries()].sort(([x], [y]) => (x < y ? -1 : 1))).toEqual(
          [...a.channels.entries()].sort(([x], [y]) => (x < y ? -1 : 1)),
        );
        for (let i = 1; i < a.interactions.length; i++) {
          const prev = a.interactions[i - 1];
          const next = a.interactions[i];
          if (prev === undefined || next === undefined) continue;
          expect(prev.at < next.at || (prev.at === next.at && prev.id < next.id)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('parseDataset keeps or rejects the same records whatever the order of unique-id records', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 15 }), fc.nat(), ({ customer, channels, interactions }, seed) => {
        const a = parseDataset({ customers: [customer], channels, interactions });
        const b = parseDataset({ customers: [customer], channels, interactions: shuffled(interactions, seed) });
        const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
        expect(b.interactions.slice().sort(byId)).toEqual(a.interactions.slice().sort(byId));
      }),
      { numRuns: 100 },
    );
  });
});

describe('time zone independence', () => {
  it('parses the same instants in every process time zone', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        const run = () => parseDataset(input, { mode: 'collect' });
        const utc = withTimeZone('UTC', run);
        for (const tz of ['America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Kiritimati']) {
          const other = withTimeZone(tz, run);
          expect(other.dataset).toEqual(utc.dataset);
          expect(other.rejected.map((r) => r.issues)).toEqual(utc.rejected.map((r) => r.issues));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('builds the same history in every process time zone', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 15 }), (input) => {
        const utc = withTimeZone('UTC', () => createHistory(input));
        const far = withTimeZone('Pacific/Chatham', () => createHistory(input));
        expect(far.interactions).toEqual(utc.interactions);
        expect(far.customer).toEqual(utc.customer);
      }),
      { numRuns: 50 },
    );
  });
});

describe('Object.prototype stays clean', () => {
  it('after parsing messy data full of __proto__ and constructor ids', () => {
    fc.assert(
      fc.property(messyDatasetArb, (input) => {
        parseDataset(input, { mode: 'collect' });
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
