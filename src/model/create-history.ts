import { buildHistory, type CustomerHistory } from '../history/customer-history.js';
import type { ChannelInput } from './channel.js';
import type { CustomerInput } from './customer.js';
import { EngagementInputError, type InputIssue } from './errors.js';
import type { InteractionInput } from './interaction.js';
import { validateDataset } from './parse-dataset.js';

/**
 * What {@link createHistory} takes: one customer, their interactions, and the channels they use.
 *
 * @category Model
 */
export interface CreateHistoryInput {
  readonly customer: CustomerInput;
  readonly interactions: readonly InteractionInput[];
  readonly channels: readonly ChannelInput[];
}

const FN = 'createHistory';

/**
 * Validates and normalises one customer's records into a {@link CustomerHistory}.
 *
 * @remarks
 * Same checks as {@link parseDataset} in strict mode, and every interaction must belong to the
 * customer. Interactions are copied and sorted by time, then id. O(n log n).
 *
 * @param input - `{ customer, interactions, channels }`.
 * @returns The history every scoring function reads.
 * @throws {@link EngagementInputError} listing every problem (paths start at `customer`,
 *   `interactions` or `channels`).
 * @example
 * import { createHistory } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }],
 *   interactions: [
 *     { id: 'b', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:05:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'a' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00+00:00', direction: 'inbound', type: 'question' },
 *   ],
 * });
 * history.interactions.map((i) => i.id) //=> ['a', 'b']
 * history.channels.get('chat').responseTargetMs //=> 300000
 * @category Model
 */
export function createHistory(input: CreateHistoryInput): CustomerHistory {
  if (input === null || typeof input !== 'object' || typeof input.customer !== 'object' || input.customer === null) {
    throw new EngagementInputError(FN, [
      { path: ['customer'], code: 'missing-field', message: `${FN}: expected { customer, interactions, channels }` },
    ]);
  }
  // A list that is missing or not an array is an error, not an empty history.
  const listIssues: InputIssue[] = [];
  for (const key of ['channels', 'interactions'] as const) {
    const value: unknown = input[key];
    if (Array.isArray(value)) continue;
    listIssues.push({
      path: [key],
      code: value === undefined ? 'missing-field' : 'invalid-type',
      message: `${FN}: ${key} must be an array`,
    });
  }
  if (listIssues.length > 0) throw new EngagementInputError(FN, listIssues);
  const { interactions, channels } = input;
  const { dataset, rejected } = validateDataset({ customers: [input.customer], channels, interactions }, FN);
  if (rejected.length > 0) {
    const issues = rejected.flatMap((r) =>
      r.issues.map((issue) =>
        r.collection === 'customers' ? { ...issue, path: ['customer', ...issue.path.slice(2)] } : issue,
      ),
    );
    throw new EngagementInputError(FN, issues);
  }
  const [customer] = dataset.customers;
  if (customer === undefined)
    throw new EngagementInputError(FN, [{ path: ['customer'], code: 'missing-field', message: `${FN}: no customer` }]);
  return buildHistory(customer, dataset.interactions, new Map(dataset.channels.map((c) => [c.id, c])));
}
