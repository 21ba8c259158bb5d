import type { Customer } from '../model/customer.js';
import type { Dataset } from '../model/dataset.js';
import { EngagementInputError } from '../model/errors.js';
import type { Interaction } from '../model/interaction.js';
import { type DatasetFacts, recordsBusinessSide } from './dataset-facts.js';

/**
 * A stable 32-bit FNV-1a hash of a string's UTF-16 code units.
 *
 * @param text - Any string.
 * @returns An unsigned 32-bit integer; the same on every platform and run.
 * @internal
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Splits a dataset into `n` datasets by a stable hash of the customer id.
 *
 * @remarks
 * Customer `c` goes to partition `stableHash(c.id) mod n`, with all of its interactions; every
 * partition keeps every channel. Histories are independent, so scoring the partitions (in worker
 * threads, on other machines) and concatenating the results gives the same profiles as scoring the
 * whole, up to order. Facts about the whole dataset that a partition cannot see on its own
 * ({@link DatasetFacts}: whether the data record business-side interactions) are put on every
 * partition, and {@link scoreAll} reads them there. Records keep their relative order. O(n + records).
 *
 * @param dataset - A validated dataset from {@link parseDataset}.
 * @param n - The number of partitions, a positive integer.
 * @returns `n` datasets (some may be empty).
 * @throws {@link EngagementInputError} with `invalid-option` when `n` is not a positive integer.
 * @example
 * import { parseDataset, partitionByCustomer, sampleDataset } from 'engagement-scoring';
 * const dataset = parseDataset(sampleDataset());
 * const parts = partitionByCustomer(dataset, 4);
 * parts.length //=> 4
 * parts.reduce((sum, part) => sum + part.customers.length, 0) === dataset.customers.length //=> true
 * parts[0].recordsBusinessSide //=> true
 * @category Batch
 */
export function partitionByCustomer(dataset: Dataset & DatasetFacts, n: number): (Dataset & DatasetFacts)[] {
  if (!Number.isInteger(n) || n < 1) {
    throw new EngagementInputError('partitionByCustomer', [
      { path: ['n'], code: 'invalid-option', message: 'partitionByCustomer: n must be a positive integer' },
    ]);
  }
  const customers: Customer[][] = Array.from({ length: n }, () => []);
  const interactions: Interaction[][] = Array.from({ length: n }, () => []);
  const partOf = new Map<string, number>();
  for (const customer of dataset.customers) {
    const part = stableHash(customer.id) % n;
    partOf.set(customer.id, part);
    (customers[part] as Customer[]).push(customer);
  }
  for (const interaction of dataset.interactions) {
    const part = partOf.get(interaction.customerId);
    if (part !== undefined) (interactions[part] as Interaction[]).push(interaction);
  }
  const businessSide = recordsBusinessSide(dataset);
  return customers.map((list, part) => ({
    customers: list,
    channels: dataset.channels,
    interactions: interactions[part] as Interaction[],
    recordsBusinessSide: businessSide,
  }));
}
