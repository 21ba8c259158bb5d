import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import { EngagementInputError } from '../model/errors.js';
import { parseDataset } from '../model/parse-dataset.js';
import { sampleDataset } from '../sample/sample-dataset.js';
import { partitionByCustomer, stableHash } from './partition-by-customer.js';

const dataset = parseDataset(sampleDataset());

describe('stableHash', () => {
  it('is the FNV-1a offset basis for the empty string', () => {
    // No code unit to mix in: the offset basis 0x811c9dc5 = 2 166 136 261
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('')).toBe(2_166_136_261);
  });

  it('hashes "a" as FNV-1a does, by hand', () => {
    // xor:      0x811c9dc5 ^ 0x61 = 0x811c9da4 = 2 166 136 228
    // multiply by the FNV prime 0x01000193 = 0x01000000 + 0x193, modulo 2^32 = 4 294 967 296:
    //   2 166 136 228 × 0x193 (403) = 872 952 899 884 = 203 × 2^32 + 1 074 538 796
    //   0x811c9da4 × 0x01000000 keeps the low byte 0xa4 shifted up: 0xa4000000 = 2 751 463 424
    //   1 074 538 796 + 2 751 463 424 = 3 826 002 220 (< 2^32) = 0xe40c292c
    expect(stableHash('a')).toBe(3_826_002_220);
    expect(stableHash('a')).toBe(0xe40c292c);
  });

  it('matches the published FNV-1a 32-bit test vector for "foobar"', () => {
    expect(stableHash('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit integer, the same on every call', () => {
    for (const text of ['c001', '__proto__', 'constructor', 'ü-42', '😀', 'x'.repeat(1000)]) {
      const hash = stableHash(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
      expect(stableHash(text)).toBe(hash);
    }
    expect(stableHash('c001')).not.toBe(stableHash('c002'));
  });
});

describe('partitionByCustomer', () => {
  it('puts each customer in partition stableHash(id) mod n, with all of its interactions', () => {
    const n = 4;
    const parts = partitionByCustomer(dataset, n);
    expect(parts).toHaveLength(n);
    parts.forEach((part, index) => {
      for (const customer of part.customers) expect(stableHash(customer.id) % n).toBe(index);
      const ids = new Set(part.customers.map((c) => c.id));
      for (const interaction of part.interactions) expect(ids.has(interaction.customerId)).toBe(true);
      // Every partition keeps every channel
      expect(part.channels).toEqual(dataset.channels);
    });
    expect(parts.reduce((sum, p) => sum + p.customers.length, 0)).toBe(dataset.customers.length);
    expect(parts.reduce((sum, p) => sum + p.interactions.length, 0)).toBe(dataset.interactions.length);
  });

  it('keeps the relative order of records', () => {
    const position = new Map(dataset.interactions.map((interaction, index) => [interaction, index]));
    const customerPosition = new Map(dataset.customers.map((customer, index) => [customer, index]));
    for (const part of partitionByCustomer(dataset, 3)) {
      const interactionOrder = part.interactions.map((i) => position.get(i) as number);
      expect(interactionOrder).toEqual([...interactionOrder].sort((a, b) => a - b));
      const customerOrder = part.customers.map((c) => customerPosition.get(c) as number);
      expect(customerOrder).toEqual([...customerOrder].sort((a, b) => a - b));
    }
  });

  it('gives the whole dataset for n = 1', () => {
    const parts = partitionByCustomer(dataset, 1);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual({ ...dataset, recordsBusinessSide: true });
  });

  it('allows more partitions than customers, some of them empty', () => {
    const small = parseDataset({ customers: [{ id: 'a' }, { id: 'b' }], channels: [], interactions: [] });
    const parts = partitionByCustomer(small, 8);
    expect(parts).toHaveLength(8);
    // stableHash('a') = 3 826 002 220 ≡ 4 (mod 8), since 3 826 002 220 = 478 250 277 × 8 + 4
    expect(parts[4]?.customers.map((c) => c.id)).toContain('a');
    expect(parts.filter((p) => p.customers.length === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('splits an empty dataset into empty datasets', () => {
    const empty: Dataset = { customers: [], channels: [], interactions: [] };
    const part = { ...empty, recordsBusinessSide: false };
    expect(partitionByCustomer(empty, 3)).toEqual([part, part, part]);
  });

  it('handles a customer called __proto__', () => {
    const source = parseDataset({
      customers: [{ id: '__proto__' }, { id: 'constructor' }],
      channels: [{ id: 'web', kind: 'web' }],
      interactions: [
        {
          id: 'i1',
          customerId: '__proto__',
          channel: 'web',
          at: '2026-06-01T00:00:00Z',
          direction: 'inbound',
          type: 'visit',
        },
      ],
    });
    const parts = partitionByCustomer(source, 2);
    const home = parts[stableHash('__proto__') % 2];
    expect(home?.customers.map((c) => c.id)).toContain('__proto__');
    expect(home?.interactions.map((i) => i.id)).toEqual(['i1']);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2' as unknown as number])(
    'throws EngagementInputError invalid-option for n = %s',
    (n) => {
      try {
        partitionByCustomer(dataset, n);
        expect.unreachable(`partitionByCustomer accepted n = ${String(n)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        expect((error as EngagementInputError).issues).toEqual([
          { path: ['n'], code: 'invalid-option', message: expect.stringMatching(/^partitionByCustomer/) },
        ]);
      }
    },
  );

  it('does not mutate the dataset', () => {
    const before = structuredClone(dataset);
    partitionByCustomer(dataset, 5);
    expect(dataset).toEqual(before);
  });
});
