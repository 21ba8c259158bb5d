import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import { resolveConfig } from '../config/scoring-config.js';
import type { HistoryView } from '../history/view.js';
import { readAsOf } from '../internal/as-of.js';
import type { Interaction } from '../model/interaction.js';
import type { TimestampInput } from '../model/timestamp.js';
import { NO_BUSINESS_SIDE_REASON, withBusinessSide } from './business-side.js';

/** The six rules of engagement. @category Rules */
export const RULE_NAMES = ['value', 'efficiency', 'trust', 'consistency', 'relevancy', 'control'] as const;

/** One of {@link RULE_NAMES}. @category Rules */
export type RuleName = (typeof RULE_NAMES)[number];

/**
 * One component of a rule: its value in [0, 1] (or `null` without evidence), its weight and the
 * evidence behind it.
 *
 * @category Rules
 */
export interface RuleComponent {
  readonly name: string;
  /** In [0, 1], or `null` when there is no evidence. */
  readonly value: number | null;
  /** The configured weight. */
  readonly weight: number;
  /** The weight after redistribution: `weight / Σ weights of scored components`, 0 when null. */
  readonly effectiveWeight: number;
  /** How many interactions (or cases) the value rests on. */
  readonly evidence: number;
  /** Why the value is `null`, in plain words; absent when scored. */
  readonly reason?: string | undefined;
  /** Counts behind the value, for explanations (e.g. `{ onTime: 3, judged: 7 }`). Locale-free. */
  readonly facts?: Readonly<Record<string, number>> | undefined;
}

/**
 * Something a person should look at, found while scoring (e.g. a consent violation).
 *
 * @category Rules
 */
export interface Flag {
  /** Stable kebab-case code, e.g. `consent-violation`. */
  readonly code: string;
  readonly interactionId: string;
  readonly channel: string;
  readonly purpose: string;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * The score of one rule of engagement (SPEC §3).
 *
 * @category Rules
 */
export interface RuleScore {
  readonly rule: RuleName;
  /** 0–100, or `null` when no component could be scored. */
  readonly score: number | null;
  readonly status: 'scored' | 'insufficient-data';
  readonly components: readonly RuleComponent[];
  /** Ids of the interactions the score rests on, in time order, at most {@link EVIDENCE_CAP}. */
  readonly evidence: readonly string[];
  /** How many interactions the score rests on (not capped). */
  readonly evidenceCount: number;
  /** Why the score is `null`; absent when scored. */
  readonly reason?: string | undefined;
  /** Findings that need a person (consent violations, …); empty when none. */
  readonly flags: readonly Flag[];
}

/** Most evidence ids kept on a {@link RuleScore}. @category Rules */
export const EVIDENCE_CAP = 25;

/**
 * Options of every rule: the moment of scoring and an optional configuration.
 *
 * @category Rules
 */
export interface RuleOptions {
  /** The moment to score at; interactions after it are ignored. Required: nothing reads the clock. */
  readonly asOf: TimestampInput;
  /** A partial configuration, or one from {@link resolveConfig}. */
  readonly config?: ScoringConfigInput | ScoringConfig | undefined;
  /**
   * Whether the data this history comes from record business-side (outbound) interactions at all
   * (default `true`). `false` for a purchase log or a clickstream: every component that judges the
   * business is then `null` ("the data record nothing the business sent"), never 0 or 100.
   * {@link scoreAll} derives it from the whole dataset.
   */
  readonly recordsBusinessSide?: boolean | undefined;
}

/** Reads `asOf`, `config` and `recordsBusinessSide` once, with errors naming the function. @internal */
export function readRuleOptions(
  fn: string,
  options: RuleOptions,
): { asOf: number; config: ScoringConfig; recordsBusinessSide: boolean } {
  return {
    asOf: readAsOf(fn, options?.asOf),
    config: resolveConfig(options?.config, fn),
    recordsBusinessSide: options?.recordsBusinessSide !== false,
  };
}

/**
 * What a component function returns: its value (or `null` with a reason), how much evidence it
 * rests on, and the counts behind it.
 *
 * @category Rules
 */
export interface ComponentResult<F extends Facts = Facts> {
  /** In [0, 1], or `null` when there is no evidence. */
  readonly value: number | null;
  /** How many interactions (or cases) the value rests on; 0 when `null`. */
  readonly evidence: number;
  /** Why the value is `null`, in plain words; absent when scored. */
  readonly reason?: string | undefined;
  /** Counts behind the value, for explanations. Locale-free. */
  readonly facts: F;
}

/** Counts behind a component's value, by name. @category Rules */
export type Facts = Readonly<Record<string, number>>;

/**
 * What a component's pure core measures over a {@link HistoryView}: the component's result and
 * the positions (in `view.interactions`) of the interactions it rests on, in any order, possibly
 * repeated. The rule turns the positions into its evidence ids.
 * @internal
 */
export interface Measurement<F extends Facts = Facts> extends ComponentResult<F> {
  readonly positions: readonly number[];
}

/**
 * The one constructor of component results: a value with its evidence, or `null` with the
 * reason (and evidence 0). Keys in the order results list them.
 * @internal
 */
export function measurement<F extends Facts>(
  value: number | null,
  evidence: number,
  facts: F,
  positions: readonly number[],
  reason?: string,
): Measurement<F> {
  if (value !== null) return { value, evidence, facts, positions };
  return { value: null, evidence: 0, reason: reason ?? 'no evidence', facts, positions };
}

/** No positions: for components whose rule takes its evidence elsewhere (relevancy: the whole window). @internal */
export const NO_BASIS: readonly number[] = [];

/** A measurement as its component function returns it (without positions). @internal */
export function componentResult<F extends Facts>(measured: Measurement<F>): ComponentResult<F> {
  const { value, evidence, reason, facts } = measured;
  return reason === undefined ? { value, evidence, facts } : { value, evidence, reason, facts };
}

/** One component of a rule as the rule lists it before combining: name, configured weight, measurement. @internal */
export interface ComponentPart {
  readonly name: string;
  readonly weight: number;
  readonly measured: Measurement;
}

/**
 * Combines components into a {@link RuleScore}: the weighted mean of the scored components, with
 * the weight of null components redistributed; `null` when nothing was scored. On data that record
 * no business-side interaction (`view.recordsBusinessSide` false), the business-side components
 * are `null` first ({@link withBusinessSide}).
 *
 * @remarks
 * `score = 100 · Σ wᵢvᵢ / Σ wᵢ` over components with a value and `wᵢ > 0`, clamped to [0, 100];
 * each component's `effectiveWeight` is `wᵢ / Σ wᵢ` (0 when null). The evidence is the union of
 * the components' positions (or, with `basis: 'window'`, the whole window): its ids in history order, the first {@link EVIDENCE_CAP} of them,
 * and how many in all. O(n + Σ positions).
 * @internal
 */
export function combineComponents(
  rule: RuleName,
  view: Pick<HistoryView, 'interactions' | 'start' | 'end' | 'recordsBusinessSide'>,
  given: readonly ComponentPart[],
  flags: readonly Flag[] = [],
  basis: 'components' | 'window' = 'components',
): RuleScore {
  const parts = withBusinessSide(rule, view.recordsBusinessSide, given);
  const interactions = view.interactions;
  const marks = new Uint8Array(interactions.length);
  let evidenceCount = 0;
  if (basis === 'window') {
    marks.fill(1, view.start, view.end);
    evidenceCount = view.end - view.start;
  }
  let total = 0;
  let sum = 0;
  for (let c = 0; c < parts.length; c++) {
    const { weight, measured } = parts[c] as ComponentPart;
    if (measured.value !== null && weight > 0) {
      total += weight;
      sum += weight * measured.value;
    }
    const positions = measured.positions;
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k] as number;
      if (marks[p] === 0) {
        marks[p] = 1;
        evidenceCount++;
      }
    }
  }
  const evidence: string[] = new Array(Math.min(evidenceCount, EVIDENCE_CAP));
  for (let i = 0, k = 0; k < evidence.length; i++) {
    if (marks[i] !== 0) evidence[k++] = (interactions[i] as Interaction).id;
  }
  const components: RuleComponent[] = new Array(parts.length);
  let reason = '';
  for (let c = 0; c < parts.length; c++) {
    const { name, weight, measured } = parts[c] as ComponentPart;
    const { value, evidence: count, facts } = measured;
    const effectiveWeight = value !== null && total > 0 && weight > 0 ? weight / total : 0;
    components[c] =
      measured.reason === undefined
        ? { name, value, weight, effectiveWeight, evidence: count, facts }
        : { name, value, weight, effectiveWeight, evidence: count, reason: measured.reason, facts };
    if (total === 0) reason += `${reason === '' ? '' : '; '}${name}: ${measured.reason ?? 'no weight'}`;
  }
  if (total === 0) {
    if (!view.recordsBusinessSide && components.every((c) => c.reason === NO_BUSINESS_SIDE_REASON)) {
      reason = NO_BUSINESS_SIDE_REASON;
    }
    return { rule, score: null, status: 'insufficient-data', components, evidence, evidenceCount, reason, flags };
  }
  const score = Math.min(100, Math.max(0, 100 * (sum / total)));
  return { rule, score, status: 'scored', components, evidence, evidenceCount, flags };
}
