import * as z from 'zod';
import { EngagementInputError, type InputIssue } from '../model/errors.js';
import { INTERACTION_ROLES } from '../model/vocabulary.js';
import { fromZodIssues } from '../model/zod-issues.js';
import { ActivityConfigSchema } from './activity.js';
import { MsDurationSchema, PositiveMsDurationSchema } from './common.js';
import { CompositeConfigSchema } from './composite.js';
import { ConsistencyConfigSchema } from './consistency.js';
import { ControlConfigSchema } from './control.js';
import { EfficiencyConfigSchema } from './efficiency.js';
import { PyramidConfigSchema } from './pyramid.js';
import { RelevancyConfigSchema } from './relevancy.js';
import { TrustConfigSchema } from './trust.js';
import { ValueConfigSchema } from './value.js';

/**
 * A key of `typeRoles` or `responseTargets`: non-empty, and not `"__proto__"`, which a plain object
 * cannot hold as a key (zod's record would drop it silently; {@link resolveConfig} reports it).
 */
const ConfigKeySchema = z
  .string()
  .min(1)
  .regex(/^(?!__proto__$)/, { error: '"__proto__" cannot be used as a key' });

/**
 * Every weight, window and threshold the library uses, one section per module, all defaulted.
 *
 * @remarks
 * Durations are date-fns `Duration`s on input (`{ days: 90 }`) and milliseconds once parsed.
 * Top level: `window` (look-back, default 365 days), `halfLife` (recency, default 90 days),
 * `responseTargets` (per channel id or kind, overriding the channel's own target), `typeRoles`
 * (roles for custom interaction types). Sections: `value`, `efficiency`, `trust`, `consistency`,
 * `relevancy`, `control`, `pyramid`, `composite`, `activity`.
 *
 * @example
 * import { ScoringConfigSchema } from 'engagement-scoring';
 * const config = ScoringConfigSchema.parse({ halfLife: { days: 30 } });
 * config.halfLife //=> 2592000000
 * config.efficiency.weights.responseTime //=> 0.5
 * @category Config
 */
export const ScoringConfigSchema = z.object({
  window: PositiveMsDurationSchema.prefault({ days: 365 }),
  halfLife: PositiveMsDurationSchema.prefault({ days: 90 }),
  responseTargets: z.record(ConfigKeySchema, MsDurationSchema).default({}),
  typeRoles: z.record(ConfigKeySchema, z.enum(INTERACTION_ROLES)).default({}),
  value: ValueConfigSchema,
  efficiency: EfficiencyConfigSchema,
  trust: TrustConfigSchema,
  consistency: ConsistencyConfigSchema,
  relevancy: RelevancyConfigSchema,
  control: ControlConfigSchema,
  pyramid: PyramidConfigSchema,
  composite: CompositeConfigSchema,
  activity: ActivityConfigSchema,
});

/** A configuration as users write it: every field optional, durations as date-fns `Duration`s. @category Config */
export interface ScoringConfigInput extends z.input<typeof ScoringConfigSchema> {}

/**
 * The mark that tells a configuration from {@link resolveConfig} apart from any other object. A
 * class with a private field: TypeScript compares such classes by origin, and a copy of an object
 * (`{ ...config }`) does not carry the field in its type, as the copy at run time does not carry
 * the mark. Never constructed.
 * @internal
 */
// biome-ignore lint/correctness/noUnusedPrivateClassMembers: the private field is the mark, never read.
declare class ResolvedConfigMark {
  #resolved: true;
}

/**
 * A parsed configuration from {@link resolveConfig}: every default applied, durations in
 * milliseconds, frozen, and marked as parsed, so that scoring functions use it without parsing it again.
 *
 * @remarks
 * The mark is part of the type: a copy (`{ ...resolveConfig(x), trust: { … } }`) or the output of
 * `ScoringConfigSchema.parse` is neither a `ScoringConfig` nor a {@link ScoringConfigInput}
 * (its durations are numbers), so TypeScript refuses it where a configuration is expected; at run
 * time such a copy is refused with `invalid-config`. To change a parsed configuration, resolve
 * the changed input again: `resolveConfig({ ...input, trust: { … } })`.
 * @category Config
 */
export interface ScoringConfig extends z.output<typeof ScoringConfigSchema>, ResolvedConfigMark {}

const RESOLVED: unique symbol = /* @__PURE__ */ Symbol('engagement-scoring.resolved-config');

/**
 * Validates a configuration once, so that it can be passed to many calls without re-parsing.
 *
 * @remarks
 * Scoring functions accept either a raw configuration (parsed on every call) or the result of
 * this function (used as is). Batch code should call it once. The result is frozen.
 *
 * @param input - A partial configuration; omitted fields take their defaults.
 * @returns The complete, parsed {@link ScoringConfig}.
 * @throws {@link EngagementInputError} listing every invalid field (negative weight, zero half-life, …).
 * @example
 * import { resolveConfig } from 'engagement-scoring';
 * const config = resolveConfig({ trust: { weights: { sentiment: 0 } } });
 * config.trust.weights.sentiment //=> 0
 * resolveConfig(config) === config //=> true
 * @category Config
 */
export function resolveConfig(input?: ScoringConfigInput | ScoringConfig): ScoringConfig {
  return readConfig('resolveConfig', input);
}

/** {@link resolveConfig} for a function that takes a configuration: errors name `fn`. @internal */
export function readConfig(fn: string, input: ScoringConfigInput | ScoringConfig | undefined): ScoringConfig {
  if (input !== undefined && input !== null && typeof input === 'object' && Object.hasOwn(input, RESOLVED)) {
    return input as ScoringConfig;
  }
  if (input === undefined) return defaultConfig();
  const result = ScoringConfigSchema.safeParse(input);
  const protoKeys = protoKeyIssues(input, fn);
  if (!result.success || protoKeys.length > 0) {
    const issues = result.success ? [] : fromZodIssues(fn, result.error.issues, ['config'], input);
    throw new EngagementInputError(fn, [...copiedIssue(input, fn), ...protoKeys, ...issues]);
  }
  return brand(result.data);
}

/**
 * One issue that says what went wrong when the input is a copy of a parsed configuration (its
 * durations are numbers, which no input has): the copy lost the mark of {@link resolveConfig}.
 */
function copiedIssue(input: unknown, fn: string): InputIssue[] {
  if (input === null || typeof input !== 'object') return [];
  const { window, halfLife } = input as { window?: unknown; halfLife?: unknown };
  if (typeof window !== 'number' && typeof halfLife !== 'number') return [];
  return [
    {
      path: ['config'],
      code: 'invalid-config',
      message: `${fn}: this looks like a copy of a configuration from resolveConfig (durations in milliseconds); a copy is not a parsed configuration: pass resolveConfig({ ...input, ...changes }) with the changes made to the input`,
    },
  ];
}

/**
 * `"__proto__"` as an own key of `typeRoles` or `responseTargets` (as `JSON.parse` makes it): an
 * issue rather than a key dropped without a word.
 */
function protoKeyIssues(input: unknown, fn: string): InputIssue[] {
  if (input === null || typeof input !== 'object') return [];
  const issues: InputIssue[] = [];
  for (const section of ['typeRoles', 'responseTargets'] as const) {
    const record = Object.hasOwn(input, section) ? (input as Record<string, unknown>)[section] : undefined;
    if (record !== null && typeof record === 'object' && Object.hasOwn(record, '__proto__')) {
      issues.push({
        path: ['config', section, '__proto__'],
        code: 'invalid-value',
        message: `${fn}: "__proto__" cannot be a key of ${section}; rename the type or channel`,
      });
    }
  }
  return issues;
}

let cachedDefault: ScoringConfig | undefined;
function defaultConfig(): ScoringConfig {
  // A memo of a constant: the default configuration never changes, so parse it once.
  cachedDefault ??= brand(ScoringConfigSchema.parse({}));
  return cachedDefault;
}

/** Marks a parsed configuration (the one place where the mark is given, at run time and in the type) and freezes it. */
function brand(config: z.output<typeof ScoringConfigSchema>): ScoringConfig {
  Object.defineProperty(config, RESOLVED, { value: true, enumerable: false });
  return deepFreeze(config) as ScoringConfig;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
