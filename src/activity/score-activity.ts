import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { roleOf } from '../history/roles.js';
import { firstAfter, firstAtOrAfter } from '../history/window.js';
import type { Interaction } from '../model/interaction.js';
import type { TimestampInput } from '../model/timestamp.js';
import type { InteractionRole } from '../model/vocabulary.js';
import { bareReason } from '../rules/bare-reason.js';
import type { Reason } from '../rules/reason.js';
import { EVIDENCE_CAP, readRuleOptions } from '../rules/rule-score.js';

/** Reasons without parameters: shared, frozen values. */
const NOTHING_INITIATED = /* @__PURE__ */ bareReason('nothing-initiated');

/**
 * Options of {@link scoreActivity}: the moment of scoring and an optional configuration.
 *
 * @category Activity
 */
export interface ActivityOptions {
  /** The moment to score at; interactions after it are ignored. Required: nothing reads the clock. */
  readonly asOf: TimestampInput;
  /** A partial configuration, or one from {@link resolveConfig}; see `config.activity`. */
  readonly config?: ScoringConfigInput | ScoringConfig | undefined;
}

/**
 * One component of the activity score, shaped like a rule's component: its value in [0, 1] (or
 * `null`), its weight, and the counts behind it.
 *
 * @category Activity
 */
export interface ActivityComponent {
  readonly name: 'frequency' | 'recency' | 'amount';
  /** In [0, 1], or `null` when nothing counts. */
  readonly value: number | null;
  /** The configured weight. */
  readonly weight: number;
  /** `weight / Σ weights`, 0 when null. */
  readonly effectiveWeight: number;
  /** How many interactions the value rests on. */
  readonly evidence: number;
  /** Why the value is `null` (the score's reason); absent when scored. */
  readonly reason?: ActivityReason | undefined;
  /** Counts behind the value, for explanations. Locale-free. */
  readonly facts: Readonly<Record<string, number>>;
}

/**
 * How engaged the customer is right now, explained like a rule score: 0–100 (or `null`), its
 * components (`frequency`, `recency`, `amount`) with weights and facts, and the interactions it rests on.
 *
 * @category Activity
 */
export interface ActivityScore {
  /** 0–100, or `null` when the customer initiated nothing that counts in the window. */
  readonly score: number | null;
  readonly status: 'scored' | 'insufficient-data';
  /** `frequency` (depth- and recency-weighted count), `recency` (of the last counted interaction) and `amount`. */
  readonly components: readonly ActivityComponent[];
  /** Ids of the counted interactions, in time order: the most recent {@link EVIDENCE_CAP}. */
  readonly evidence: readonly string[];
  /** How many interactions the score rests on (not capped). */
  readonly evidenceCount: number;
  /** Why the score is `null`; absent when scored. */
  readonly reason?: ActivityReason | undefined;
}

/**
 * Why activity is `null`: `nothing-initiated` (no inbound interaction in the window) or
 * `nothing-counts` (`{ inbound }`: every inbound interaction has depth 0, e.g. only opt-outs).
 *
 * @category Activity
 */
export type ActivityReason = Reason<'nothing-initiated' | 'nothing-counts'>;

/**
 * Scores how engaged the customer is right now, from what the customer did on their own initiative:
 * recent, frequent and deep engagement scores high.
 *
 * @remarks
 * Counted: the customer's inbound interactions in the window `[asOf − window, asOf]` (`config.activity.window`, 730 days) whose depth is
 * positive. Each counts `dᵢ · 0.5^(ageᵢ / halfLife)`, where `dᵢ` is the depth of its role
 * (`config.activity.depths`: attention 1, permission 2, endorsement 3, contribution 4, ownership 5,
 * leadership 6, dialogue and a customer's reply 2, a type without a role 1, withdrawal 0).
 * - `frequency = 1 − M / (F + M)` with `F = Σ dᵢ · 0.5^(ageᵢ / h)` and `M = config.activity.midpoint`
 *   (default 8): 0.5 at `F = M`, 0.75 at `3M`, 0.9 at `9M`, never 1.
 * - `recency = 0.5^(age / h)` of the most recent counted interaction: 1 today, 0.5 one half-life ago.
 * - `amount = 1 − Mₐ / (A + Mₐ)` with `A = Σ amountᵢ · 0.5^(ageᵢ / h)` over the counted interactions
 *   (0 when none carries an amount) and `Mₐ = config.activity.amountMidpoint`; weight 0 by default.
 *
 * `score = 100 · recency · (w_r + w_f · frequency + w_a · amount) / (w_r + w_f + w_a)`
 * (`config.activity.weights`, default frequency 1, recency 1, amount 0). Recency is a ceiling: a
 * customer earns the recency share of it (`w_r / Σ w`, one half by default) by being recent at all,
 * and frequency and amount fill the rest — so volume counts only as far as the customer is still
 * around, and a heavy buyer gone quiet for a year falls below a light buyer seen last week. Every
 * component is scored whenever one interaction counts and every factor is non-negative and
 * non-decreasing, so one more counted interaction, a more recent one or a deeper one never lowers
 * the score. The score depends only on this customer's history, `asOf` and the configuration.
 * `null` with a reason when nothing counts. One binary search and one pass over the window, O(n).
 *
 * @param history - One customer's history from {@link createHistory}.
 * @param options - `asOf` and an optional {@link ScoringConfig}.
 * @returns An {@link ActivityScore}.
 * @throws {@link EngagementInputError} when `asOf` or `config` is invalid.
 * @example
 * import { createHistory, scoreActivity } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'shop', kind: 'in-person' }],
 *   interactions: [
 *     { id: 'p1', customerId: 'c1', channel: 'shop', at: '2026-03-03T00:00:00Z', direction: 'inbound', type: 'purchase', amount: 40 },
 *     { id: 'p2', customerId: 'c1', channel: 'shop', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'purchase', amount: 60 },
 *   ],
 * });
 * const activity = scoreActivity(history, { asOf: '2026-06-01T00:00:00Z' });
 * // F = 4 · 0.5^(90/90) + 4 · 1 = 6: frequency = 1 − 8 / (6 + 8) = 3/7; recency = 1 (p2 is today)
 * // score = 100 · recency · (1 + 1 · frequency) / 2
 * activity.score //=> (100 * (1 + 3 / 7)) / 2
 * activity.evidence //=> ['p1', 'p2']
 * @category Activity
 */
export function scoreActivity(history: CustomerHistory, options: ActivityOptions): ActivityScore {
  const { asOf, config } = readRuleOptions('scoreActivity', history, options);
  return scoreActivityOf(history.interactions, asOf, config);
}

const DAY = 86_400_000;

type Depths = ScoringConfig['activity']['depths'];

/** The depth of an interaction's role under `depths`. */
function depthOf(role: InteractionRole | undefined, depths: Depths): number {
  return role === undefined ? depths.unmapped : depths[role];
}

/**
 * {@link scoreActivity} over interactions sorted by time, with `asOf` read and the configuration
 * resolved (batch code calls this once per customer). `roles`, when given, holds the role of each
 * interaction under `config.typeRoles` (a history view's), so they are not looked up again.
 * @internal
 */
export function scoreActivityOf(
  interactions: readonly Interaction[],
  asOf: number,
  config: ScoringConfig,
  roles?: readonly (InteractionRole | undefined)[],
): ActivityScore {
  const activity = config.activity;
  const windowMs = activity.window;
  const halfLife = activity.halfLife ?? config.halfLife;
  const from = firstAtOrAfter(interactions, asOf - windowMs);
  const to = firstAfter(interactions, asOf);
  const marks: number[] = [];
  let inbound = 0;
  let points = 0;
  let amount = 0;
  let total = 0;
  let withAmount = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const interaction = interactions[i] as Interaction;
    if (interaction.direction !== 'inbound') continue;
    inbound++;
    const role = roles === undefined ? roleOf(interaction.type, config.typeRoles) : roles[i];
    const depth = depthOf(role, activity.depths);
    if (!(depth > 0)) continue;
    const decay = 0.5 ** ((asOf - interaction.at) / halfLife);
    points += depth * decay;
    if (interaction.amount !== undefined) {
      withAmount++;
      total += interaction.amount;
      amount += interaction.amount * decay;
    }
    lastAt = interaction.at;
    marks.push(i);
  }
  const { weights, midpoint, amountMidpoint } = activity;
  if (marks.length === 0) {
    const reason: ActivityReason = inbound === 0 ? NOTHING_INITIATED : { code: 'nothing-counts', params: { inbound } };
    const facts = { interactions: 0, inbound };
    return {
      score: null,
      status: 'insufficient-data',
      components: [
        { name: 'frequency', value: null, weight: weights.frequency, effectiveWeight: 0, evidence: 0, reason, facts },
        { name: 'recency', value: null, weight: weights.recency, effectiveWeight: 0, evidence: 0, reason, facts },
        { name: 'amount', value: null, weight: weights.amount, effectiveWeight: 0, evidence: 0, reason, facts },
      ],
      evidence: [],
      evidenceCount: 0,
      reason,
    };
  }
  // 1 − M / (F + M): every step is monotone under rounding, so more points never give less.
  const frequency = 1 - midpoint / (points + midpoint);
  const amountValue = 1 - amountMidpoint / (amount + amountMidpoint);
  const recency = 0.5 ** ((asOf - lastAt) / halfLife);
  const weightTotal = weights.frequency + weights.recency + weights.amount;
  // Recency gates the weighted mean in which being recent earns its own share.
  const volume = (weights.recency + weights.frequency * frequency + weights.amount * amountValue) / weightTotal;
  const score = Math.min(100, Math.max(0, 100 * recency * volume));
  const evidence: string[] = [];
  for (let k = Math.max(0, marks.length - EVIDENCE_CAP); k < marks.length; k++) {
    evidence.push((interactions[marks[k] as number] as Interaction).id);
  }
  return {
    score,
    status: 'scored',
    components: [
      {
        name: 'frequency',
        value: frequency,
        weight: weights.frequency,
        effectiveWeight: weights.frequency / weightTotal,
        evidence: marks.length,
        facts: { interactions: marks.length, inbound, points, midpoint },
      },
      {
        name: 'recency',
        value: recency,
        weight: weights.recency,
        effectiveWeight: weights.recency / weightTotal,
        evidence: 1,
        facts: { ageDays: (asOf - lastAt) / DAY, halfLifeDays: halfLife / DAY },
      },
      {
        name: 'amount',
        value: amountValue,
        weight: weights.amount,
        effectiveWeight: weights.amount / weightTotal,
        evidence: withAmount,
        facts: { withAmount, total, amount, midpoint: amountMidpoint },
      },
    ],
    evidence,
    evidenceCount: marks.length,
  };
}
