import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, shuffled } from '../../test/support/arbitraries.js';
import type { ChannelInput } from '../model/channel.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import type { DatasetInput } from '../model/dataset.js';
import type { InteractionInput } from '../model/interaction.js';
import { parseDataset } from '../model/parse-dataset.js';
import { recordsBusinessSide } from './dataset-facts.js';
import type { EngagementProfile } from './engagement-profile.js';
import { partitionByCustomer } from './partition-by-customer.js';
import { scoreAll } from './score-all.js';
import { scoreCustomer } from './score-customer.js';

const options = { asOf: AS_OF };
const CUSTOMER_IDS = ['__proto__', 'constructor', 'c1', 'toString', 'ü-42', 'c2'];

/**
 * A valid dataset of up to six customers, built from independent single-customer histories:
 * distinct customer ids, interaction ids prefixed by the customer's index, channels shared
 * (a channel id names its kind, so the same id always means the same channel), interactions
 * of all customers interleaved.
 */
const datasetInputArb: fc.Arbitrary<DatasetInput> = fc
  .tuple(fc.array(historyInputArb({ maxInteractions: 15 }), { maxLength: CUSTOMER_IDS.length }), fc.nat())
  .map(([histories, seed]) => {
    const channels = new Map<string, ChannelInput>();
    const customers: CustomerInput[] = [];
    const interactions: InteractionInput[] = [];
    histories.forEach((history, j) => {
      const id = CUSTOMER_IDS[j] as string;
      for (const channel of history.channels) channels.set(channel.id, channel);
      customers.push({ ...history.customer, id });
      for (const interaction of history.interactions) {
        interactions.push({
          ...interaction,
          id: `${j}:${interaction.id}`,
          customerId: id,
          ...(interaction.inReplyTo !== undefined ? { inReplyTo: `${j}:${interaction.inReplyTo}` } : {}),
        });
      }
    });
    return { customers, channels: [...channels.values()], interactions: shuffled(interactions, seed) };
  });

function byCustomer(profiles: Iterable<EngagementProfile>): EngagementProfile[] {
  return [...profiles].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

describe('scoreAll properties', () => {
  it('equals scoreCustomer on each customer’s own history, in customer order', () => {
    fc.assert(
      fc.property(datasetInputArb, (input) => {
        const dataset = parseDataset(input);
        const profiles = [...scoreAll(dataset, options)];
        expect(profiles.map((p) => p.customerId)).toEqual(input.customers.map((c) => c.id));
        const single = { ...options, recordsBusinessSide: recordsBusinessSide(dataset) };
        for (const [index, customer] of input.customers.entries()) {
          const history = createHistory({
            customer,
            channels: input.channels,
            interactions: input.interactions.filter((i) => i.customerId === customer.id),
          });
          expect(profiles[index]).toEqual(scoreCustomer(history, single));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same profiles, as a set by customer id, over any partition by customer', () => {
    fc.assert(
      fc.property(datasetInputArb, fc.integer({ min: 1, max: 8 }), (input, n) => {
        const dataset = parseDataset(input);
        const whole = byCustomer(scoreAll(dataset, options));
        const parts = partitionByCustomer(dataset, n);
        expect(parts).toHaveLength(n);
        const pieced = byCustomer(parts.flatMap((part) => [...scoreAll(part, options)]));
        expect(pieced).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of customers, channels or interactions', () => {
    fc.assert(
      fc.property(datasetInputArb, fc.nat(), (input, seed) => {
        const expected = byCustomer(scoreAll(parseDataset(input), options));
        const reordered: DatasetInput = {
          customers: shuffled(input.customers, seed),
          channels: shuffled(input.channels, seed + 1),
          interactions: shuffled(input.interactions, seed + 2),
        };
        expect(byCustomer(scoreAll(parseDataset(reordered), options))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate the dataset', () => {
    fc.assert(
      fc.property(datasetInputArb, (input) => {
        const dataset = parseDataset(input);
        const before = structuredClone(dataset);
        [...scoreAll(dataset, options)];
        expect(dataset).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
