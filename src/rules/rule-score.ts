import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import { readConfig } from '../config/scoring-config.js';
import type { CustomerHistory } from '../history/customer-history.js';
import type { HistoryView } from '../history/view.js';
import { readAsOf } from '../internal/as-of.js';
import { filled } from '../internal/filled.js';
import type { Dataset } from '../model/dataset.js';
import type { Interaction } from '../model/interaction.js';
import { assertParsedDataset, assertParsedHistory } from '../model/not-parsed.js';
import type { TimestampInput } from '../model/timestamp.js';
import { bareReason } from './bare-reason.js';
import { NO_BUSINESS_SIDE_REASON, withBusinessSide } from './business-side.js';
import type { Reason } from './reason.js';

/** The six rules of engagement. @category Rules */
export const RULE_NAMES = ['value', 'efficiency', 'trust', 'consistency', 'relevancy', 'control'] as const;

/** One of {@link RULE_NAMES}. @category Rules */
export type RuleName = (typeof RULE_NAMES)[number];

/**
 * The counts behind each component's value, by component name. Locale-free numbers for
 * explanations; a component that could not be scored still lists what it counted.
 *
 * @category Rules
 */
export interface ComponentFacts {
  readonly personalResponse: { readonly personal: number; readonly judged: number; readonly pending: number };
  readonly personalTouch: { readonly personal: number; readonly judged: number };
  readonly acknowledgedContributions: {
    readonly acknowledged: number;
    readonly judged: number;
    readonly pending: number;
  };
  readonly responseTime: {
    readonly onTime: number;
    readonly late: number;
    readonly unanswered: number;
    readonly judged: number;
    readonly pending: number;
  };
  readonly resolution: {
    readonly resolved: number;
    readonly unresolved: number;
    readonly judged: number;
    readonly open: number;
  };
  readonly effort: { readonly judged: number; readonly switched: number; readonly switches: number };
  readonly promiseKeeping: {
    readonly kept: number;
    readonly broken: number;
    readonly overdue: number;
    readonly judged: number;
    readonly pending: number;
  };
  readonly complaintResolution: {
    readonly resolved: number;
    readonly unresolved: number;
    readonly judged: number;
    readonly pending: number;
  };
  readonly advocacy: { readonly endorsements: number; readonly negative: number };
  readonly sentiment: {
    readonly positive: number;
    readonly neutral: number;
    readonly negative: number;
    readonly judged: number;
  };
  /** `lowestQuality` and `highestQuality` only when scored. */
  readonly crossChannel: {
    readonly channels: number;
    readonly cases: number;
    readonly thinChannels: number;
    readonly lowestQuality?: number;
    readonly highestQuality?: number;
  };
  readonly answeredChannels: { readonly answered: number; readonly written: number; readonly messages: number };
  readonly topicMatch: {
    readonly matched: number;
    readonly judged: number;
    readonly marketing: number;
    readonly untagged: number;
    readonly unknownInterests: number;
  };
  readonly responsiveness: {
    readonly responded: number;
    readonly judged: number;
    readonly marketing: number;
    readonly pending: number;
  };
  readonly listening: { readonly outbound: number; readonly inbound: number; readonly replies: number };
  readonly consentRespected: { readonly violations: number; readonly marketing: number };
  readonly channelChoice: { readonly sameChannel: number; readonly preferredChannel: number; readonly replies: number };
  readonly preferenceHonoured: { readonly onPreferred: number; readonly proactive: number };
}

/** The components of each rule, by rule. @category Rules */
export interface RuleComponentNames {
  readonly value: 'personalResponse' | 'personalTouch' | 'acknowledgedContributions';
  readonly efficiency: 'responseTime' | 'resolution' | 'effort';
  readonly trust: 'promiseKeeping' | 'complaintResolution' | 'advocacy' | 'sentiment';
  readonly consistency: 'crossChannel' | 'answeredChannels';
  readonly relevancy: 'topicMatch' | 'responsiveness' | 'listening';
  readonly control: 'consentRespected' | 'channelChoice' | 'preferenceHonoured';
}

/** The name of a component of rule `R` (of any rule by default). @category Rules */
export type ComponentName<R extends RuleName = RuleName> = RuleComponentNames[R];

/**
 * One component of a rule: its value in [0, 1] (or `null` without evidence), its weight and the
 * evidence behind it. A union on `name`: narrowing the name gives that component's `facts`.
 *
 * @category Rules
 */
export type RuleComponent<N extends ComponentName = ComponentName> = N extends ComponentName
  ? NamedRuleComponent<N>
  : never;

/** One component of a rule with name `N`. @category Rules */
export interface NamedRuleComponent<N extends ComponentName> {
  readonly name: N;
  /** In [0, 1], or `null` when there is no evidence. */
  readonly value: number | null;
  /** The configured weight. */
  readonly weight: number;
  /** The weight after redistribution: `weight / Σ weights of scored components`, 0 when null. */
  readonly effectiveWeight: number;
  /** How many interactions (or cases) the value rests on. */
  readonly evidence: number;
  /** Why the value is `null`: a stable code with its counts ({@link Reason}); absent when scored. */
  readonly reason?: Reason | undefined;
  /** Counts behind the value, for explanations (e.g. `{ onTime: 3, judged: 7 }`). Locale-free. */
  readonly facts: ComponentFacts[N];
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

/** What every {@link RuleScore} holds, scored or not. @category Rules */
export interface RuleScoreBase<R extends RuleName = RuleName> {
  readonly rule: R;
  readonly components: readonly RuleComponent<ComponentName<R>>[];
  /** Ids of the interactions the score rests on, in time order, at most {@link EVIDENCE_CAP}. */
  readonly evidence: readonly string[];
  /** How many interactions the score rests on (not capped). */
  readonly evidenceCount: number;
  /** Findings that need a person (consent violations, …); empty when none. */
  readonly flags: readonly Flag[];
}

/** A rule with at least one scored component. @category Rules */
export interface ScoredRule<R extends RuleName = RuleName> extends RuleScoreBase<R> {
  readonly status: 'scored';
  /** 0–100. */
  readonly score: number;
  readonly reason?: undefined;
}

/** A rule none of whose components had evidence (or weight). @category Rules */
export interface UnscoredRule<R extends RuleName = RuleName> extends RuleScoreBase<R> {
  readonly status: 'insufficient-data';
  readonly score: null;
  /**
   * Why: `no-business-side` when the data record nothing the business sent, else
   * `no-component-scored` (each component's own `reason` says why it is `null`).
   */
  readonly reason: Reason<'no-business-side' | 'no-component-scored'>;
}

/**
 * The score of one rule of engagement: a union on `status` — `'scored'` with a `score` in
 * [0, 100], or `'insufficient-data'` with `score: null` and a `reason`.
 *
 * @category Rules
 */
export type RuleScore<R extends RuleName = RuleName> = ScoredRule<R> | UnscoredRule<R>;

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

/** What {@link readRuleOptions} reads: `asOf`, the configuration and the dataset-level fact. @internal */
export interface ReadRuleOptions {
  readonly asOf: number;
  readonly config: ScoringConfig;
  readonly recordsBusinessSide: boolean;
}

/**
 * What every function scoring one history does first: reads `asOf`, `config` and `recordsBusinessSide` once, then refuses
 * a history that did not come from {@link createHistory} with `not-parsed` (a JavaScript caller
 * passing raw records would otherwise get nulls). Errors name the function. @internal
 */
export function readRuleOptions(fn: string, history: CustomerHistory, options: RuleOptions): ReadRuleOptions {
  const read = readScoringOptions(fn, options);
  assertParsedHistory(fn, history);
  return read;
}

/** {@link readRuleOptions} for a function that scores a dataset from {@link parseDataset}. @internal */
export function readDatasetOptions(fn: string, dataset: Dataset, options: RuleOptions): ReadRuleOptions {
  const read = readScoringOptions(fn, options);
  assertParsedDataset(fn, dataset);
  return read;
}

function readScoringOptions(fn: string, options: RuleOptions): ReadRuleOptions {
  return {
    asOf: readAsOf(fn, options?.asOf),
    config: readConfig(fn, options?.config),
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
  /** Why the value is `null`: a stable code with its counts ({@link Reason}); absent when scored. */
  readonly reason?: Reason | undefined;
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
  value: number,
  evidence: number,
  facts: F,
  positions: readonly number[],
): Measurement<F>;
/** A `null` measurement says why. @internal */
export function measurement<F extends Facts>(
  value: null,
  evidence: 0,
  facts: F,
  positions: readonly number[],
  reason: Reason,
): Measurement<F>;
export function measurement<F extends Facts>(
  value: number | null,
  evidence: number,
  facts: F,
  positions: readonly number[],
  reason?: Reason,
): Measurement<F> {
  if (value !== null || reason === undefined) return { value, evidence, facts, positions };
  return { value: null, evidence: 0, reason, facts, positions };
}

/** The reason of a rule none of whose components could be scored. */
const NO_COMPONENT_SCORED: Reason<'no-component-scored'> = /* @__PURE__ */ bareReason('no-component-scored');

/** No positions: for components whose rule takes its evidence elsewhere (relevancy: the whole window). @internal */
export const NO_BASIS: readonly number[] = [];

/** A measurement as its component function returns it (without positions). @internal */
export function componentResult<F extends Facts>(measured: Measurement<F>): ComponentResult<F> {
  const { value, evidence, reason, facts } = measured;
  return reason === undefined ? { value, evidence, facts } : { value, evidence, reason, facts };
}

/** One component of a rule as the rule lists it before combining: name, configured weight, measurement. @internal */
export type ComponentPart<N extends ComponentName = ComponentName> = N extends ComponentName
  ? { readonly name: N; readonly weight: number; readonly measured: Measurement<ComponentFacts[N]> }
  : never;

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
export function combineComponents<R extends RuleName>(
  rule: R,
  view: Pick<HistoryView, 'interactions' | 'start' | 'end' | 'recordsBusinessSide'>,
  given: readonly ComponentPart<ComponentName<R>>[],
  flags: readonly Flag[] = [],
  basis: 'components' | 'window' = 'components',
): RuleScore<R> {
  const parts = withBusinessSide(rule, view.recordsBusinessSide, given);
  const interactions = view.interactions;
  // A plain array: at a dozen entries it is far cheaper to allocate than a typed array (see filled).
  const marks = filled(interactions.length, 0);
  let evidenceCount = 0;
  if (basis === 'window') {
    for (let i = view.start; i < view.end; i++) marks[i] = 1;
    evidenceCount = view.end - view.start;
  }
  let total = 0;
  let sum = 0;
  for (let c = 0; c < parts.length; c++) {
    const { weight, measured } = parts[c] as ComponentPart<ComponentName<R>>;
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
  for (let c = 0; c < parts.length; c++) {
    // One part at a time: TypeScript cannot pair a part's name with its facts through the union,
    // so the part is read as one of any name; the component keeps that same name and facts.
    const part: ComponentPart = parts[c] as ComponentPart<ComponentName<R>>;
    const { name, weight } = part;
    const measured: Measurement = part.measured;
    const { value, evidence: count, facts } = measured;
    const effectiveWeight = value !== null && total > 0 && weight > 0 ? weight / total : 0;
    const component =
      measured.reason === undefined
        ? { name, value, weight, effectiveWeight, evidence: count, facts }
        : { name, value, weight, effectiveWeight, evidence: count, reason: measured.reason, facts };
    components[c] = component as RuleComponent;
  }
  // Each component kept its part's name and facts, which are of rule R's components; TypeScript
  // cannot follow that through the generic, so the list is restated as R's.
  const listed = components as unknown as readonly RuleComponent<ComponentName<R>>[];
  if (total === 0) {
    const reason =
      !view.recordsBusinessSide && components.every((c) => c.reason === NO_BUSINESS_SIDE_REASON)
        ? NO_BUSINESS_SIDE_REASON
        : NO_COMPONENT_SCORED;
    return {
      rule,
      score: null,
      status: 'insufficient-data',
      components: listed,
      evidence,
      evidenceCount,
      reason,
      flags,
    };
  }
  const score = Math.min(100, Math.max(0, 100 * (sum / total)));
  return {
    rule,
    score,
    status: 'scored',
    components: listed,
    evidence,
    evidenceCount,
    flags,
  };
}
