import type { Duration } from 'date-fns';
import { readAsOf } from '../internal/as-of.js';
import { foldText } from '../internal/fold-text.js';
import type { Dataset } from '../model/dataset.js';
import { DurationSchema, durationToMs } from '../model/duration.js';
import { EngagementInputError, type InputIssue } from '../model/errors.js';
import type { TimestampInput } from '../model/timestamp.js';
import { fromZodIssues } from '../model/zod-issues.js';
import { compareIds } from './side.js';

/**
 * Options of {@link reasonShares}.
 *
 * @category Perception
 */
export interface ReasonSharesOptions {
  /** End of the window (inclusive). Required: nothing reads the clock. */
  readonly asOf: TimestampInput;
  /** Length of the window `[asOf − window, asOf]`, a date-fns `Duration`. Default `{ days: 365 }`. */
  readonly window?: Duration | undefined;
  /**
   * Reasons to report even when no customer has them (share 0), e.g. the ids of
   * {@link PERCEPTION_REASONS}. Without it only reasons seen in the window are listed.
   */
  readonly reasons?: readonly string[] | undefined;
}

/**
 * Result of {@link reasonShares}: a {@link PerceptionSide} with percentages, plus the counts behind them.
 *
 * @category Perception
 */
export interface ReasonShares {
  /** Per reason, the percentage (0–100) of customers with at least one interaction for it in the window. */
  readonly percentages: Readonly<Record<string, number>>;
  /** Per reason, how many customers that is. */
  readonly counts: Readonly<Record<string, number>>;
  /** The denominator: every customer in the dataset, with or without interactions. */
  readonly customers: number;
}

const FN = 'reasonShares';
const DEFAULT_WINDOW_MS = durationToMs({ days: 365 });

/**
 * The customer side of a perception gap as observed from behaviour: for each `reason`, the share of
 * customers with at least one interaction carrying it inside the window.
 *
 * @remarks
 * `share(reason) = 100 · (customers with ≥ 1 interaction i, i.reason = reason, asOf − window ≤ i.at ≤ asOf) / n`,
 * `n` the number of customers in the dataset, including those with no interactions at all. A customer
 * counts once per reason however many such interactions they have; interactions of either direction
 * count, those without a `reason`, after `asOf` or before the window do not. Like a multi-select survey,
 * shares need not sum to 100. With no customers there is nothing to share: empty maps and `customers: 0`.
 * Reasons are compared and reported in their folded form — Unicode NFKC, lower case, white space
 * collapsed and trimmed, without `Intl` — so `'Get-Discounts'` and `'get-discounts'` are one reason.
 * Keys are in reason-id order. O(m + n + r log r) for m interactions, n customers and r reasons.
 *
 * @param dataset - A validated {@link Dataset} from {@link parseDataset}.
 * @param options - `asOf` (required), `window` (default 365 days), `reasons` to always report.
 * @returns `{ percentages, counts, customers }`; pass it to {@link perceptionGap} as the customer side.
 * @throws {@link EngagementInputError} listing every problem: `invalid-as-of`; for `window`, `invalid-duration`,
 *   `out-of-range`, `not-finite` or `invalid-type`; `invalid-option` for `reasons` or missing options;
 *   `invalid-type` when `dataset` has no `customers` and `interactions` lists.
 * @example
 * import { parseDataset, reasonShares } from 'engagement-scoring';
 * const dataset = parseDataset({
 *   customers: [{ id: 'ann' }, { id: 'bob' }, { id: 'cat' }, { id: 'dan' }],
 *   channels: [{ id: 'web', kind: 'web' }],
 *   interactions: [
 *     { id: '1', customerId: 'ann', channel: 'web', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'visit', reason: 'get-discounts' },
 *     { id: '2', customerId: 'ann', channel: 'web', at: '2026-05-02T00:00:00Z', direction: 'inbound', type: 'purchase', reason: 'purchase' },
 *     { id: '3', customerId: 'bob', channel: 'web', at: '2026-05-03T00:00:00Z', direction: 'inbound', type: 'visit', reason: 'get-discounts' },
 *     { id: '4', customerId: 'cat', channel: 'web', at: '2025-01-01T00:00:00Z', direction: 'inbound', type: 'visit', reason: 'feel-connected' },
 *   ],
 * });
 * // dan has no interactions and cat's is outside the window: both count in the denominator only.
 * reasonShares(dataset, { asOf: '2026-06-01T00:00:00Z' })
 * //=> { percentages: { 'get-discounts': 50, purchase: 25 }, counts: { 'get-discounts': 2, purchase: 1 }, customers: 4 }
 * @category Perception
 */
export function reasonShares(dataset: Dataset, options: ReasonSharesOptions): ReasonShares {
  const issues: InputIssue[] = [];
  if (typeof options !== 'object' || options === null) {
    throw new EngagementInputError(FN, [
      { path: ['options'], code: 'invalid-option', message: `${FN}: options with asOf are required` },
    ]);
  }
  const asOf = readAsOfInto(options.asOf, issues);
  const windowMs = readWindow(options.window, issues);
  const listed = readReasons(options.reasons, issues);
  if (!isDataset(dataset)) {
    issues.push({
      path: ['dataset'],
      code: 'invalid-type',
      message: `${FN}: expected a dataset from parseDataset ({ customers, channels, interactions })`,
    });
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);

  const customerIds = new Set<string>();
  for (const customer of dataset.customers) customerIds.add(customer.id);
  const n = customerIds.size;
  if (n === 0) return { percentages: {}, counts: {}, customers: 0 };

  const start = asOf - windowMs;
  const byReason = new Map<string, Set<string>>();
  for (const reason of listed) byReason.set(foldText(reason), new Set());
  for (const interaction of dataset.interactions) {
    if (interaction.reason === undefined) continue;
    // Reasons are counted in their folded form: 'Get-Discounts' and 'get-discounts' are one reason.
    const reason = foldText(interaction.reason);
    if (reason === '') continue;
    if (interaction.at < start || interaction.at > asOf) continue;
    if (!customerIds.has(interaction.customerId)) continue;
    let who = byReason.get(reason);
    if (!who) {
      who = new Set();
      byReason.set(reason, who);
    }
    who.add(interaction.customerId);
  }
  const reasons = [...byReason.keys()].sort(compareIds);
  // Object.fromEntries defines own properties, so '__proto__' is an ordinary key here.
  const counts = Object.fromEntries(reasons.map((reason) => [reason, (byReason.get(reason) as Set<string>).size]));
  const percentages = Object.fromEntries(reasons.map((reason) => [reason, 100 * ((counts[reason] as number) / n)]));
  return { percentages, counts, customers: n };
}

function readAsOfInto(asOf: TimestampInput | undefined, issues: InputIssue[]): number {
  try {
    return readAsOf(FN, asOf);
  } catch (error) {
    if (!(error instanceof EngagementInputError)) throw error;
    issues.push(...error.issues);
    return Number.NaN;
  }
}

function readWindow(window: unknown, issues: InputIssue[]): number {
  if (window === undefined) return DEFAULT_WINDOW_MS;
  const parsed = DurationSchema.safeParse(window);
  if (!parsed.success) {
    issues.push(...fromZodIssues(FN, parsed.error.issues, ['window'], window));
    return DEFAULT_WINDOW_MS;
  }
  return durationToMs(parsed.data);
}

function readReasons(reasons: unknown, issues: InputIssue[]): string[] {
  if (reasons === undefined) return [];
  if (!Array.isArray(reasons)) {
    issues.push({ path: ['reasons'], code: 'invalid-option', message: `${FN}: reasons must be an array of ids` });
    return [];
  }
  const out: string[] = [];
  reasons.forEach((reason: unknown, index) => {
    if (typeof reason === 'string' && reason !== '') out.push(reason);
    else {
      issues.push({
        path: ['reasons', index],
        code: 'invalid-option',
        message: `${FN}: a reason id must be a non-empty string`,
      });
    }
  });
  return out;
}

function isDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const { customers, interactions } = value as Partial<Record<keyof Dataset, unknown>>;
  return Array.isArray(customers) && Array.isArray(interactions);
}
