import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngagementInputError } from '../model/errors.js';
import { parseDataset } from '../model/parse-dataset.js';
import { type GenerateOptions, generateDataset } from './generate.js';

const AS_OF = '2026-06-30T00:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);

describe('generateDataset', () => {
  it('is deterministic per seed', () => {
    const a = generateDataset({ customers: 40, seed: 1, asOf: AS_OF });
    expect(generateDataset({ customers: 40, seed: 1, asOf: AS_OF })).toStrictEqual(a);
    expect(generateDataset({ customers: 40, seed: 2, asOf: AS_OF })).not.toEqual(a);
  });

  it('generates each customer independently of how many follow', () => {
    const small = generateDataset({ customers: 10, seed: 9, asOf: AS_OF });
    const large = generateDataset({ customers: 30, seed: 9, asOf: AS_OF });
    expect(large.customers.slice(0, 10)).toStrictEqual(small.customers);
    expect(large.interactions.slice(0, small.interactions.length)).toStrictEqual(small.interactions);
  });

  it('scales: 2,000 customers give about 20,000 interactions (± 15 %), all valid', () => {
    const data = generateDataset({ customers: 2000, seed: 42, asOf: AS_OF });
    expect(data.customers).toHaveLength(2000);
    expect(data.interactions.length).toBeGreaterThanOrEqual(17_000);
    expect(data.interactions.length).toBeLessThanOrEqual(23_000);
    const { rejected, dataset } = parseDataset(data, { mode: 'collect' });
    expect(rejected).toEqual([]);
    expect(dataset.interactions).toHaveLength(data.interactions.length);
    expect(dataset.interactions.every((i) => i.at <= AS_OF_MS)).toBe(true);
  });

  it('follows interactionsPerCustomer', () => {
    const data = generateDataset({ customers: 500, interactionsPerCustomer: 40, seed: 5, asOf: AS_OF });
    expect(data.interactions.length / 500).toBeGreaterThan(34);
    expect(data.interactions.length / 500).toBeLessThan(46);
  });

  it('writes epoch milliseconds instead of ISO strings on request, for the same data', () => {
    const iso = generateDataset({ customers: 20, seed: 3, asOf: AS_OF });
    const epoch = generateDataset({ customers: 20, seed: 3, asOf: AS_OF_MS, timestamps: 'epoch-ms' });
    expect(epoch.interactions).toHaveLength(iso.interactions.length);
    epoch.interactions.forEach((i, k) => {
      const twin = iso.interactions[k];
      expect(typeof i.at).toBe('number');
      expect(i.at).toBe(Date.parse(twin?.at as string));
      if (twin?.dueAt !== undefined) expect(i.dueAt).toBe(Date.parse(twin.dueAt as string));
      expect({ ...i, at: 0, dueAt: 0 }).toStrictEqual({ ...twin, at: 0, dueAt: 0 });
    });
    epoch.customers.forEach((c, k) => {
      expect(c.since).toBe(Date.parse(iso.customers[k]?.since as string));
      for (const consent of c.consents ?? []) expect(typeof consent.at).toBe('number');
    });
    expect(parseDataset(epoch, { mode: 'collect' }).rejected).toEqual([]);
  });

  it('accepts a Date for asOf', () => {
    expect(generateDataset({ customers: 5, seed: 3, asOf: new Date(AS_OF_MS) })).toStrictEqual(
      generateDataset({ customers: 5, seed: 3, asOf: AS_OF }),
    );
  });

  it('returns empty lists (and the channels) for zero customers', () => {
    const data = generateDataset({ customers: 0, seed: 1, asOf: AS_OF });
    expect(data.customers).toEqual([]);
    expect(data.interactions).toEqual([]);
    expect(data.channels).toHaveLength(8);
  });

  it('follows a plan for the first customers', () => {
    const data = generateDataset({
      customers: 3,
      seed: 8,
      asOf: AS_OF,
      plan: [{ archetype: 'lurker' }, { archetype: 'leader' }],
    });
    const typesOf = (id: string): Set<string> =>
      new Set(data.interactions.filter((i) => i.customerId === id && i.direction === 'inbound').map((i) => i.type));
    const lurker = typesOf('c001');
    for (const type of lurker)
      expect([
        'view',
        'open',
        'visit',
        'read',
        'click',
        'request',
        'question',
        'complaint',
        'message',
        'mention',
      ]).toContain(type);
    expect(data.customers[0]?.consents).toBeUndefined();
    const leader = typesOf('c002');
    expect(['lead', 'organize', 'host', 'mentor'].some((t) => leader.has(t))).toBe(true);
  });

  it.each<[string, Partial<GenerateOptions>]>([
    ['negative customers', { customers: -1 }],
    ['fractional customers', { customers: 1.5 }],
    ['non-integer seed', { seed: 0.5 }],
    ['zero interactions per customer', { interactionsPerCustomer: 0 }],
    ['offset-less asOf', { asOf: '2026-06-30T00:00:00' }],
    ['unknown timestamps mode', { timestamps: 'unix' as 'iso' }],
  ])('refuses %s with an invalid-option error', (_, change) => {
    const call = () => generateDataset({ customers: 2, seed: 1, asOf: AS_OF, ...change });
    expect(call).toThrow(EngagementInputError);
    try {
      call();
    } catch (error) {
      expect((error as EngagementInputError).issues[0]?.code).toBe('invalid-option');
      expect((error as EngagementInputError).message).toMatch(/generateDataset/);
    }
  });

  it('always produces valid, deterministic data before asOf (property)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
        (seed, customers, interactionsPerCustomer, asOf) => {
          const options = { customers, interactionsPerCustomer, seed, asOf, timestamps: 'epoch-ms' as const };
          const data = generateDataset(options);
          expect(parseDataset(data, { mode: 'collect' }).rejected).toEqual([]);
          for (const i of data.interactions) expect(i.at as number).toBeLessThanOrEqual(asOf);
          expect(generateDataset(options)).toStrictEqual(data);
        },
      ),
      { numRuns: 40 },
    );
  });
});
