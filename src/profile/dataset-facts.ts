import type { Dataset } from '../model/dataset.js';

/**
 * Facts about a whole dataset that a part of it cannot see on its own: {@link partitionByCustomer}
 * puts them on every partition so that scoring the partitions gives the same profiles as scoring
 * the whole.
 *
 * @category Batch
 */
export interface DatasetFacts {
  /** Whether the whole dataset holds any business-side (outbound) interaction. */
  readonly recordsBusinessSide?: boolean | undefined;
}

/**
 * Whether a dataset records business-side interactions at all: the fact it carries (set by
 * {@link partitionByCustomer}), else whether any of its interactions is outbound.
 *
 * @remarks
 * A purchase log or a clickstream records only what customers did; rules that judge the business
 * are then `null` ("the data record nothing the business sent") rather than 0 or 100. O(N) in the
 * worst case, stopping at the first outbound interaction.
 *
 * @param dataset - A validated dataset, possibly a partition carrying the fact.
 * @returns `true` when the data record something the business sent.
 * @example
 * import { parseDataset, recordsBusinessSide, sampleDataset } from 'engagement-scoring';
 * recordsBusinessSide(parseDataset(sampleDataset())) //=> true
 * @category Batch
 */
export function recordsBusinessSide(dataset: Dataset & DatasetFacts): boolean {
  if (dataset.recordsBusinessSide !== undefined) return dataset.recordsBusinessSide;
  const interactions = dataset.interactions;
  for (let i = 0; i < interactions.length; i++) {
    if (interactions[i]?.direction === 'outbound') return true;
  }
  return false;
}
