import { ownHistory } from '../history/customer-history.js';
import { historyView } from '../history/view.js';
import { CustomerGroups } from '../internal/group-by-customer.js';
import type { Channel } from '../model/channel.js';
import type { Dataset } from '../model/dataset.js';
import { type RuleOptions, readDatasetOptions } from '../rules/rule-score.js';
import { type DatasetFacts, recordsBusinessSide } from './dataset-facts.js';
import type { EngagementProfile } from './engagement-profile.js';
import { scoreCustomerOf } from './score-customer.js';

const FN = 'scoreAll';

/**
 * Scores every customer of a dataset: one grouping pass, then one profile per customer, lazily.
 *
 * @remarks
 * Reads `asOf` and parses the configuration once, groups the interactions by customer (a counting
 * sort keyed through a `Map`, so any id works), builds the channel index once, and then yields
 * {@link scoreCustomer}'s profile for each customer in the dataset's customer order. Records are
 * trusted as validated by {@link parseDataset}: nothing is re-validated and no date is parsed again.
 * Memory is linear in the input; profiles are produced one at a time, so a caller that streams them
 * out keeps only one. Whether the data record business-side interactions at all is a fact about the
 * whole dataset ({@link recordsBusinessSide}: `options.recordsBusinessSide`, else the one a
 * partition carries, else any outbound interaction in the dataset); every customer is scored with
 * it. The result equals calling {@link scoreCustomer} per customer with that fact. Options are
 * checked when `scoreAll` is called, not when iteration starts. O(N log n) for N interactions.
 *
 * @param dataset - A validated dataset from {@link parseDataset} (or a partition of one).
 * @param options - `asOf` and an optional configuration.
 * @returns An iterable of profiles, one per customer, in customer order.
 * @throws {@link EngagementInputError} for a missing `asOf` or an invalid configuration.
 * @example
 * import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from 'engagement-scoring';
 * const dataset = parseDataset(sampleDataset());
 * const profiles = [...scoreAll(dataset, { asOf: SAMPLE_AS_OF })];
 * profiles.length === dataset.customers.length //=> true
 * profiles[0].customerId === dataset.customers[0].id //=> true
 * @category Batch
 */
export function scoreAll(dataset: Dataset & DatasetFacts, options: RuleOptions): Iterable<EngagementProfile> {
  const { asOf, config } = readDatasetOptions(FN, dataset, options);
  const businessSide = options.recordsBusinessSide ?? recordsBusinessSide(dataset);
  const channels = new Map<string, Channel>();
  for (const channel of dataset.channels) channels.set(channel.id, channel);
  const groups = new CustomerGroups(dataset.customers, dataset.interactions);

  return {
    *[Symbol.iterator]() {
      for (const customer of dataset.customers) {
        // Each list is new: it is sorted in place and handed to one history.
        const history = ownHistory(customer, groups.interactionsOf(customer.id), channels);
        yield scoreCustomerOf(historyView(history, asOf, config, businessSide), config);
      }
    },
  };
}
