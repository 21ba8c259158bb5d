import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse-dataset.js';
import { reasonShares } from './reason-shares.js';

const CUSTOMERS = ['c1', 'c2', 'c3', '__proto__', 'constructor', 'ü-42'];
const REASONS = ['get-discounts', 'purchase', 'feel-connected', '__proto__', 'custom reason'];

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    customers: fc.uniqueArray(fc.constantFrom(...CUSTOMERS), { maxLength: CUSTOMERS.length }),
    drafts: fc.array(
      fc.record({
        customer: fc.nat(),
        offset: fc.integer({ min: -30 * DAY, max: 500 * DAY }),
        reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
        inbound: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ customers, drafts }) =>
    parseDataset({
      customers: customers.map((id) => ({ id })),
      channels: [{ id: 'web', kind: 'web' }],
      interactions:
        customers.length === 0
          ? []
          : drafts.map((d, i) => ({
              id: `i${i}`,
              customerId: customers[d.customer % customers.length] as string,
              channel: 'web',
              at: AS_OF - d.offset,
              direction: d.inbound ? ('inbound' as const) : ('outbound' as const),
              type: d.inbound ? 'visit' : 'offer',
              ...(d.reason !== undefined ? { reason: d.reason } : {}),
            })),
    }),
  );

const windowArb = fc.integer({ min: 0, max: 400 });

describe('reasonShares properties', () => {
  it('shares are finite, in [0, 100], and equal 100 · count / customers', () => {
    fc.assert(
      fc.property(datasetArb, windowArb, (dataset, days) => {
        const { percentages, counts, customers } = reasonShares(dataset, { asOf: AS_OF, window: { days } });
        expect(customers).toBe(dataset.customers.length);
        expect(Object.keys(percentages)).toEqual(Object.keys(counts));
        for (const reason of Object.keys(percentages)) {
          const share = percentages[reason] as number;
          const count = counts[reason] as number;
          expect(Number.isFinite(share)).toBe(true);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
          expect(Number.isInteger(count)).toBe(true);
          expect(count).toBeLessThanOrEqual(customers);
          expect(share).toBe(100 * (count / customers));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches a direct count: customers with a reasoned interaction inside [asOf − window, asOf]', () => {
    fc.assert(
      fc.property(datasetArb, windowArb, (dataset, days) => {
        const start = AS_OF - days * DAY;
        const expected: Record<string, number> = {};
        for (const reason of REASONS) {
          const who = new Set(
            dataset.interactions
              .filter((i) => i.reason === reason && i.at >= start && i.at <= AS_OF)
              .map((i) => i.customerId),
          );
          if (who.size > 0) Object.defineProperty(expected, reason, { value: who.size, enumerable: true });
        }
        const { counts } = reasonShares(dataset, { asOf: AS_OF, window: { days } });
        expect(counts).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a longer window never lowers a share', () => {
    fc.assert(
      fc.property(datasetArb, windowArb, windowArb, (dataset, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const small = reasonShares(dataset, { asOf: AS_OF, window: { days: short } }).percentages;
        const large = reasonShares(dataset, { asOf: AS_OF, window: { days: long } }).percentages;
        for (const reason of Object.keys(small)) {
          expect(large[reason] as number).toBeGreaterThanOrEqual(small[reason] as number);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on record order or time zone, and does not change its input', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), (dataset, seed) => {
        const before = structuredClone(dataset);
        const result = reasonShares(dataset, { asOf: AS_OF });
        expect(dataset).toEqual(before);
        const reordered: Dataset = {
          customers: shuffled(dataset.customers, seed),
          channels: dataset.channels,
          interactions: shuffled(dataset.interactions, seed + 1),
        };
        expect(reasonShares(reordered, { asOf: AS_OF })).toEqual(result);
        const elsewhere = withTimeZone('Pacific/Kiritimati', () =>
          reasonShares(dataset, { asOf: new Date(AS_OF).toISOString() }),
        );
        expect(elsewhere).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});
