import type { ScoringConfig } from '../config/scoring-config.js';
import { type ConsentPurpose, PYRAMID_LEVELS, STANDARD_VOCABULARY } from '../model/vocabulary.js';

/** One level's rule with durations in ms, ready for the hot loop. @internal */
export interface CompiledRule {
  readonly minCount: number;
  readonly windowMs: number;
  /** `undefined` when the level has no amount threshold. */
  readonly minAmount: number | undefined;
}

/** The pyramid section of a configuration, turned into lookups. @internal */
export interface CompiledPyramid {
  /** Index = rank − 1. */
  readonly rules: readonly CompiledRule[];
  /** Interaction type → bit mask of the levels it qualifies for (bit i = rank i + 1). */
  readonly levelsOfType: ReadonlyMap<string, number>;
  /** Consent purposes whose active grant makes a customer `following`. */
  readonly consentPurposes: ReadonlySet<ConsentPurpose>;
}

// A memo keyed by configuration object: a resolved configuration is frozen, so its compiled form
// never goes stale, and batch code that passes one configuration compiles it once.
const compiled = new WeakMap<ScoringConfig, CompiledPyramid>();

/**
 * Compiles `config.pyramid` and `config.typeRoles` into a type → levels lookup.
 *
 * @remarks
 * A type qualifies for a level when it is listed in the level's `types`, or when
 * `config.typeRoles` maps it to the level's role (attention → observing, permission → following,
 * endorsement → endorsing, contribution → contributing, ownership → owning, leadership → leading).
 * @internal
 */
export function compilePyramid(config: ScoringConfig): CompiledPyramid {
  const known = compiled.get(config);
  if (known !== undefined) return known;
  const levelsOfType = new Map<string, number>();
  const add = (type: string, rankIndex: number): void => {
    levelsOfType.set(type, (levelsOfType.get(type) ?? 0) | (1 << rankIndex));
  };
  const rules: CompiledRule[] = [];
  PYRAMID_LEVELS.forEach((level, index) => {
    const rule = config.pyramid.levelRules[level];
    for (const type of rule.types) add(type, index);
    rules.push({ minCount: rule.minCount, windowMs: rule.window, minAmount: rule.minAmount });
  });
  const levelOfRole = new Map(STANDARD_VOCABULARY.map((entry) => [entry.role, entry.level] as const));
  for (const [type, role] of Object.entries(config.typeRoles)) {
    const level = levelOfRole.get(role);
    if (level !== undefined) add(type, PYRAMID_LEVELS.indexOf(level));
  }
  const result: CompiledPyramid = {
    rules,
    levelsOfType,
    consentPurposes: new Set(config.pyramid.followingConsentPurposes),
  };
  compiled.set(config, result);
  return result;
}
