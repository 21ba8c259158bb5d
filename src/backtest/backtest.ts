import type { Duration } from 'date-fns';
import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import { readConfig } from '../config/scoring-config.js';
import { ownHistory } from '../history/customer-history.js';
import { roleOf } from '../history/roles.js';
import { CustomerGroups } from '../internal/group-by-customer.js';
import type { Channel } from '../model/channel.js';
import type { Customer } from '../model/customer.js';
import type { Dataset } from '../model/dataset.js';
import { DurationSchema, durationToMs } from '../model/duration.js';
import { EngagementInputError, type InputIssue } from '../model/errors.js';
import type { Interaction } from '../model/interaction.js';
import { readTimestamp, type TimestampInput } from '../model/timestamp.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';
import { spearman } from '../perception/spearman.js';
import { scoreAll } from '../profile/score-all.js';
import { RULE_NAMES, type RuleName } from '../rules/rule-score.js';
import type { BacktestLevelRow, BacktestResult, BacktestScoreResult } from './backtest-schema.js';
import { auc, decileLift, nullsLowest } from './metrics.js';

const FN = 'backtest';
const DAY = 86_400_000;

/** A score {@link backtest} can check: activity, the composite, the level rank, or one rule. @category Backtest */
export type BacktestScoreName = 'activity' | 'composite' | 'level' | RuleName;

/** Every score {@link backtest} checks by default, in report order. @category Backtest */
export const BACKTEST_SCORES: readonly BacktestScoreName[] = ['activity', 'composite', 'level', ...RULE_NAMES];

/**
 * What counts as the outcome in the horizon: `where` — the number of the customer's interactions
 * that satisfy a predicate (positive when at least one does); `value` — any number per customer,
 * from the customer's interactions in the horizon (positive when above 0).
 *
 * @category Backtest
 */
export type BacktestOutcome =
  | {
      /** True for an interaction that counts towards the outcome. */
      readonly where: (interaction: Interaction) => boolean;
    }
  | {
      /** The outcome of one customer, from the customer's interactions in the horizon (time order). */
      readonly value: (future: readonly Interaction[], customer: Customer) => number;
    };

/** Options of {@link backtest}. @category Backtest */
export interface BacktestOptions {
  /** Scores are computed as of this moment, from the interactions at or before it. */
  readonly cutoff: TimestampInput;
  /** How long after the cutoff outcomes are observed: a date-fns `Duration` such as `{ weeks: 39 }`. */
  readonly horizon: Duration;
  /** Default: any customer-initiated interaction of the contributing level or deeper. */
  readonly outcome?: BacktestOutcome | undefined;
  /** Which scores to check (default {@link BACKTEST_SCORES}); the baselines are always reported. */
  readonly scores?: readonly BacktestScoreName[] | undefined;
  /** A partial configuration, or one from {@link resolveConfig}, used for scoring. */
  readonly config?: ScoringConfigInput | ScoringConfig | undefined;
}

const PROFILE_SCORES = new Set<string>(['activity', 'composite', 'level', ...RULE_NAMES]);
const DEEP_ROLES = new Set(['contribution', 'ownership', 'leadership']);

/**
 * Checks whether the scores predict what customers do next: scores everyone as of `cutoff`, observes
 * each customer in `(cutoff, cutoff + horizon]`, and reports for each score the AUC, the Spearman
 * correlation, the lift by decile and the outcome rate by level — beside plain baselines from the
 * same data.
 *
 * @remarks
 * Customers: those with at least one interaction at or before the cutoff (others are `excluded`).
 * Scores use only the interactions at or before the cutoff, all read from the profiles of
 * {@link scoreAll}: activity, the composite, the level rank (0 without a level) and each rule. Baselines, from
 * the customer's own (inbound) interactions up to the cutoff: `interactionCount`, `daysSinceLast`
 * (fewer is better, so it is ranked negated) and `totalAmount`.
 *
 * Outcome: by default, the number of customer-initiated interactions of the contributing level or
 * deeper (role contribution, ownership or leadership, or a type of those levels' rules) in the
 * horizon; positive when at least one. Metrics, with `null` scores ranked below every score:
 * - `AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊ · n₋)` over average ranks (ties count one half); `null` when
 *   every customer, or none, is positive;
 * - Spearman between the score and the outcome value (average ranks);
 * - deciles by average rank from the top (ties share a decile), rate and lift `rate / baseRate`.
 *
 * Pure and deterministic: no clock; the result does not depend on the order of the records.
 * O(N log N) for N interactions.
 *
 * @param dataset - A validated dataset from {@link parseDataset}.
 * @param options - `cutoff`, `horizon`, and optionally `outcome`, `scores`, `config`.
 * @returns A {@link BacktestResult} (schema {@link BacktestResultSchema}).
 * @throws {@link EngagementInputError} for an invalid cutoff, horizon, score name or configuration.
 * @example
 * import { backtest, parseDataset } from 'engagement-scoring';
 * const buy = (id, customerId, at) => ({ id, customerId, channel: 'shop', at, direction: 'inbound', type: 'purchase' });
 * const dataset = parseDataset({
 *   customers: [{ id: 'a' }, { id: 'b' }],
 *   channels: [{ id: 'shop', kind: 'in-person' }],
 *   interactions: [
 *     buy('a1', 'a', '2026-01-10T00:00:00Z'), buy('a2', 'a', '2026-02-10T00:00:00Z'), buy('a3', 'a', '2026-04-01T00:00:00Z'),
 *     buy('b1', 'b', '2025-06-01T00:00:00Z'),
 *   ],
 * });
 * const result = backtest(dataset, { cutoff: '2026-03-01T00:00:00Z', horizon: { weeks: 8 }, scores: ['activity'] });
 * [result.customers, result.positives] //=> [2, 1]
 * result.scores.map((s) => [s.name, s.auc]) //=> [['activity', 1], ['interactionCount', 1], ['daysSinceLast', 1], ['totalAmount', 0.5]]
 * @category Backtest
 */
export function backtest(dataset: Dataset, options: BacktestOptions): BacktestResult {
  const { cutoff, horizonEnd, names, config } = readOptions(options);
  const outcomeKind = options.outcome === undefined ? 'default' : 'where' in options.outcome ? 'where' : 'value';
  const outcomeOf = outcomeFunction(options.outcome, config);

  const past: Interaction[] = [];
  const future: Interaction[] = [];
  for (const interaction of dataset.interactions) {
    if (interaction.at <= cutoff) past.push(interaction);
    else if (interaction.at <= horizonEnd) future.push(interaction);
  }
  const pastGroups = new CustomerGroups(dataset.customers, past);
  const futureGroups = new CustomerGroups(dataset.customers, future);
  const channels = new Map<string, Channel>();
  for (const channel of dataset.channels) channels.set(channel.id, channel);

  // Customers known at the cutoff; a customer id listed twice counts once (the last record, as scoreAll's grouping keeps).
  const seen = new Set<string>();
  const kept: Customer[] = [];
  let excluded = 0;
  for (let c = dataset.customers.length - 1; c >= 0; c--) {
    const customer = dataset.customers[c] as Customer;
    if (seen.has(customer.id)) continue;
    seen.add(customer.id);
    if (pastGroups.interactionsOf(customer.id).length > 0) kept.push(customer);
    else excluded++;
  }
  kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const outcomes: number[] = [];
  const positive: boolean[] = [];
  const baselines = {
    interactionCount: [] as (number | null)[],
    daysSinceLast: [] as (number | null)[],
    totalAmount: [] as (number | null)[],
  };
  for (const customer of kept) {
    const history = ownHistory(customer, pastGroups.interactionsOf(customer.id), channels);
    const value = outcomeOf(
      ownHistory(customer, futureGroups.interactionsOf(customer.id), channels).interactions,
      customer,
    );
    outcomes.push(value);
    positive.push(value > 0);
    let count = 0;
    let amount = 0;
    let last = Number.NEGATIVE_INFINITY;
    for (const interaction of history.interactions) {
      if (interaction.direction !== 'inbound') continue;
      count++;
      amount += interaction.amount ?? 0;
      last = interaction.at;
    }
    baselines.interactionCount.push(count);
    baselines.totalAmount.push(amount);
    baselines.daysSinceLast.push(count === 0 ? null : -((cutoff - last) / DAY));
  }

  const profileScores = new Map<string, (number | null)[]>();
  const levels: (PyramidLevel | null)[] = [];
  if (names.some((name) => PROFILE_SCORES.has(name))) {
    for (const name of names) if (PROFILE_SCORES.has(name)) profileScores.set(name, []);
    const keptDataset: Dataset = { customers: kept, channels: dataset.channels, interactions: past };
    for (const profile of scoreAll(keptDataset, { asOf: cutoff, config })) {
      levels.push(profile.level.level);
      profileScores.get('activity')?.push(profile.activity.score);
      profileScores.get('composite')?.push(profile.composite.score);
      profileScores.get('level')?.push(profile.level.rank);
      for (const rule of RULE_NAMES) profileScores.get(rule)?.push(profile.rules[rule].score);
    }
  }

  const rows: BacktestScoreResult[] = [];
  for (const name of names) {
    const values = profileScores.get(name) as (number | null)[];
    rows.push(rowOf(name, 'score', 'higher', values, outcomes, positive));
  }
  rows.push(rowOf('interactionCount', 'baseline', 'higher', baselines.interactionCount, outcomes, positive));
  rows.push(rowOf('daysSinceLast', 'baseline', 'lower', baselines.daysSinceLast, outcomes, positive));
  rows.push(rowOf('totalAmount', 'baseline', 'higher', baselines.totalAmount, outcomes, positive));

  const positives = positive.filter(Boolean).length;
  return {
    cutoff,
    horizonEnd,
    outcome: outcomeKind,
    customers: kept.length,
    excluded,
    positives,
    baseRate: kept.length === 0 ? null : positives / kept.length,
    scores: rows,
    byLevel: levels.length === 0 && kept.length > 0 ? [] : levelRows(levels, positive),
  };
}

/** One score's row; `values` are oriented so that higher predicts more (negated for `lower`). */
function rowOf(
  name: string,
  kind: 'score' | 'baseline',
  better: 'higher' | 'lower',
  values: readonly (number | null)[],
  outcomes: readonly number[],
  positive: readonly boolean[],
): BacktestScoreResult {
  const ranked = nullsLowest(values);
  let scored = 0;
  for (const value of values) if (value !== null) scored++;
  return {
    name,
    kind,
    better,
    coverage: values.length === 0 ? 0 : scored / values.length,
    auc: auc(ranked, positive),
    spearman: spearman(ranked, outcomes),
    deciles: decileLift(ranked, positive),
  };
}

function levelRows(levels: readonly (PyramidLevel | null)[], positive: readonly boolean[]): BacktestLevelRow[] {
  const keys = [...PYRAMID_LEVELS, 'unclassified'] as const;
  return keys.map((key) => {
    let customers = 0;
    let positives = 0;
    for (let i = 0; i < levels.length; i++) {
      if ((levels[i] ?? 'unclassified') !== key) continue;
      customers++;
      if (positive[i] === true) positives++;
    }
    return { level: key, customers, positives, rate: customers === 0 ? null : positives / customers };
  });
}

function outcomeFunction(
  outcome: BacktestOutcome | undefined,
  config: ScoringConfig,
): (future: readonly Interaction[], customer: Customer) => number {
  if (outcome !== undefined && 'value' in outcome) {
    return (future, customer) => {
      const value = outcome.value(future, customer);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new EngagementInputError(FN, [
          {
            path: ['outcome', 'value'],
            code: 'invalid-option',
            message: `${FN}: outcome.value returned ${String(value)} for customer ${JSON.stringify(customer.id)}; expected a finite number`,
          },
        ]);
      }
      return value;
    };
  }
  const where = outcome?.where ?? defaultOutcome(config);
  return (future) => {
    let count = 0;
    for (const interaction of future) if (where(interaction)) count++;
    return count;
  };
}

/** Customer-initiated, of the contributing level or deeper (by role or by those levels' rule types). */
function defaultOutcome(config: ScoringConfig): (interaction: Interaction) => boolean {
  const rules = config.pyramid.levelRules;
  const types = new Set([...rules.contributing.types, ...rules.owning.types, ...rules.leading.types]);
  return (interaction) =>
    interaction.direction === 'inbound' &&
    (types.has(interaction.type) || DEEP_ROLES.has(roleOf(interaction.type, config.typeRoles) ?? ''));
}

function readOptions(options: BacktestOptions): {
  cutoff: number;
  horizonEnd: number;
  names: readonly BacktestScoreName[];
  config: ScoringConfig;
} {
  const issues: InputIssue[] = [];
  const cutoff = readTimestamp(options?.cutoff);
  if (!cutoff.ok) {
    const message = options?.cutoff === undefined ? 'cutoff is required' : cutoff.message;
    issues.push({ path: ['cutoff'], code: 'invalid-timestamp', message: `${FN}: ${message}` });
  }
  const horizon = DurationSchema.safeParse(options?.horizon);
  const horizonMs = horizon.success ? durationToMs(horizon.data) : 0;
  if (!(horizonMs > 0)) {
    issues.push({
      path: ['horizon'],
      code: 'invalid-duration',
      message: `${FN}: horizon must be a date-fns Duration longer than zero, e.g. { weeks: 39 }`,
    });
  }
  const names = options?.scores ?? BACKTEST_SCORES;
  const known = new Set<string>(BACKTEST_SCORES);
  if (!Array.isArray(names)) {
    issues.push({ path: ['scores'], code: 'invalid-option', message: `${FN}: scores must be an array of score names` });
  } else {
    names.forEach((name, index) => {
      if (!known.has(name)) {
        issues.push({
          path: ['scores', index],
          code: 'invalid-option',
          message: `${FN}: unknown score ${JSON.stringify(name)}; expected one of ${BACKTEST_SCORES.join(', ')}`,
        });
      }
    });
  }
  const outcome = options?.outcome;
  if (
    outcome !== undefined &&
    !(typeof (outcome as { where?: unknown }).where === 'function') &&
    !(typeof (outcome as { value?: unknown }).value === 'function')
  ) {
    issues.push({
      path: ['outcome'],
      code: 'invalid-option',
      message: `${FN}: outcome must be { where: (interaction) => boolean } or { value: (future, customer) => number }`,
    });
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);
  const config = readConfig(FN, options.config);
  const at = (cutoff as { ms: number }).ms;
  return { cutoff: at, horizonEnd: at + horizonMs, names: [...new Set(names)], config };
}
