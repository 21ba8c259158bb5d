import type { ScoringConfig, ScoringConfigInput } from '../config/scoring-config.js';
import { resolveConfig } from '../config/scoring-config.js';
import { readAsOf } from '../internal/as-of.js';
import type { Interaction } from '../model/interaction.js';
import type { TimestampInput } from '../model/timestamp.js';

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
}

/** Reads `asOf` and `config` once, with errors naming the function. @internal */
export function readRuleOptions(fn: string, options: RuleOptions): { asOf: number; config: ScoringConfig } {
  return { asOf: readAsOf(fn, options?.asOf), config: resolveConfig(options?.config, fn) };
}

/** A component before redistribution: value (or null with a reason), evidence and facts. @inline @internal */
export interface ComponentResult {
  readonly value: number | null;
  readonly evidence: number;
  readonly reason?: string | undefined;
  readonly facts?: Readonly<Record<string, number>> | undefined;
}

/**
 * A scored component as its rule lists it, built by the component itself; {@link combineComponents}
 * fills in `effectiveWeight`. One literal shape per outcome, with its final keys.
 * @internal
 */
export function scoredComponent(
  name: string,
  weight: number,
  value: number,
  evidence: number,
  facts: Readonly<Record<string, number>>,
): RuleComponent {
  return { name, value, weight, effectiveWeight: 0, evidence, facts };
}

/** A component without evidence, with the reason, as its rule lists it. @internal */
export function unscoredComponent(
  name: string,
  weight: number,
  reason: string,
  facts: Readonly<Record<string, number>>,
): RuleComponent {
  return { name, value: null, weight, effectiveWeight: 0, evidence: 0, reason, facts };
}

/** What a component function returns on its own: the component without name and weights. @internal */
export function componentResult(component: RuleComponent): ComponentResult {
  const { value, evidence, reason, facts } = component;
  return reason === undefined ? { value, evidence, facts } : { value, evidence, reason, facts };
}

/**
 * Combines components into a {@link RuleScore}: the weighted mean of the scored components, with
 * the weight of null components redistributed; `null` when nothing was scored.
 *
 * @remarks
 * `score = 100 · Σ wᵢvᵢ / Σ wᵢ` over components with a value and `wᵢ > 0`, clamped to [0, 100];
 * sets each component's `effectiveWeight` (`wᵢ / Σ wᵢ`, 0 when null) on the components, which
 * become the score's own list. The evidence is what `marks` marks (position → non-zero): its ids
 * in history order, the first {@link EVIDENCE_CAP} of them, and how many in all. With `label`, the
 * result also carries `band: label(score)` after `flags` (the shape profiles list), built as one
 * literal rather than copied.
 * @internal
 */
export function combineComponents(
  rule: RuleName,
  components: RuleComponent[],
  interactions: readonly Interaction[],
  marks: readonly number[],
  flags: readonly Flag[] = [],
  label?: ScoreLabel,
): RuleScore {
  let evidenceCount = 0;
  for (let i = 0; i < marks.length; i++) if (marks[i] !== 0) evidenceCount++;
  const evidence: string[] = new Array(Math.min(evidenceCount, EVIDENCE_CAP));
  for (let i = 0, k = 0; k < evidence.length; i++) {
    if (marks[i] !== 0) evidence[k++] = (interactions[i] as Interaction).id;
  }
  let total = 0;
  let sum = 0;
  for (let i = 0; i < components.length; i++) {
    const { value, weight } = components[i] as RuleComponent;
    if (value !== null && weight > 0) {
      total += weight;
      sum += weight * value;
    }
  }
  let reason = '';
  for (let i = 0; i < components.length; i++) {
    const component = components[i] as { -readonly [K in keyof RuleComponent]: RuleComponent[K] };
    const { value, weight } = component;
    if (value !== null && total > 0 && weight > 0) component.effectiveWeight = weight / total;
    if (total === 0) reason += `${reason === '' ? '' : '; '}${component.name}: ${component.reason ?? 'no weight'}`;
  }
  if (total === 0) {
    if (label !== undefined) {
      const band = label(null);
      const labelled: LabelledRuleScore = {
        rule,
        score: null,
        status: 'insufficient-data',
        components,
        evidence,
        evidenceCount,
        flags,
        band,
        reason,
      };
      return labelled;
    }
    return { rule, score: null, status: 'insufficient-data', components, evidence, evidenceCount, reason, flags };
  }
  const score = Math.min(100, Math.max(0, 100 * (sum / total)));
  if (label !== undefined) {
    const labelled: LabelledRuleScore = {
      rule,
      score,
      status: 'scored',
      components,
      evidence,
      evidenceCount,
      flags,
      band: label(score),
    };
    return labelled;
  }
  return { rule, score, status: 'scored', components, evidence, evidenceCount, flags };
}

/** Labels a rule's score (profiles pass the band of their configuration). @internal */
export type ScoreLabel = (score: number | null) => string | null;

type LabelledRuleScore = RuleScore & { readonly band: string | null };
