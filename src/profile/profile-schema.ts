import * as z from 'zod';
import { PYRAMID_LEVELS } from '../model/vocabulary.js';
import { REASON_PARAMS, type ReasonCode } from '../rules/reason.js';
import { RULE_NAMES } from '../rules/rule-score.js';

const score = z.number().min(0).max(100).nullable();
const share = z.number().min(0).max(1);
const count = z.int().nonnegative();
const epochMs = z.number().describe('Epoch milliseconds');
const level = z.enum(PYRAMID_LEVELS).nullable();
const band = z.enum(['red', 'yellow', 'green']).nullable();

const FlagSchema = z.object({
  code: z.string(),
  interactionId: z.string(),
  channel: z.string(),
  purpose: z.string(),
  at: epochMs,
});

/** One object per reason code: `{ code, params }` with exactly that code's numeric parameters. */
const reasonVariants = (Object.keys(REASON_PARAMS) as ReasonCode[]).map((code) =>
  z.object({
    code: z.literal(code),
    params: z.strictObject(Object.fromEntries(REASON_PARAMS[code].map((name) => [name, z.number()]))),
  }),
);
// The list is built from REASON_PARAMS, which is never empty; zod wants that stated as a tuple.
const ReasonSchema = z
  .discriminatedUnion('code', reasonVariants as [(typeof reasonVariants)[number], ...typeof reasonVariants])
  .describe('Why a value is null: a stable code and its numeric parameters (see docs/scoring.md)');

const RuleComponentSchema = z.object({
  name: z.string(),
  value: share.nullable(),
  weight: z.number().nonnegative(),
  effectiveWeight: share,
  evidence: z.number().nonnegative(),
  reason: ReasonSchema.optional(),
  facts: z.record(z.string(), z.number()).optional(),
});

const BandedRuleScoreSchema = z.object({
  rule: z.enum(RULE_NAMES),
  score,
  status: z.enum(['scored', 'insufficient-data']),
  components: z.array(RuleComponentSchema),
  evidence: z.array(z.string()),
  evidenceCount: count,
  reason: ReasonSchema.optional(),
  flags: z.array(FlagSchema),
  band,
});

const ActivityScoreSchema = z.object({
  score,
  status: z.enum(['scored', 'insufficient-data']),
  components: z.array(RuleComponentSchema),
  evidence: z.array(z.string()),
  evidenceCount: count,
  reason: ReasonSchema.optional(),
});

/**
 * The shape of an {@link EngagementProfile} as a zod schema: what integrators receive, and the
 * source of the published `EngagementProfile` JSON Schema. Tests check every profile against it.
 *
 * @example
 * import { EngagementProfileSchema, parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from 'engagement-scoring';
 * const [profile] = scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF });
 * EngagementProfileSchema.safeParse(JSON.parse(JSON.stringify(profile))).success //=> true
 * @category Profile
 */
export const EngagementProfileSchema = z.object({
  customerId: z.string(),
  asOf: epochMs,
  activity: ActivityScoreSchema,
  composite: z.object({
    score,
    band,
    coverage: share,
    evidenceCount: count,
    confidence: share,
    scoredRules: z.array(z.enum(RULE_NAMES)),
    reason: ReasonSchema.optional(),
  }),
  rules: z.object(
    Object.fromEntries(RULE_NAMES.map((rule) => [rule, BandedRuleScoreSchema])) as Record<
      (typeof RULE_NAMES)[number],
      typeof BandedRuleScoreSchema
    >,
  ),
  level: z.object({
    level,
    rank: z.int().min(0).max(6),
    reason: z.enum(['override', 'evidence', 'consent', 'none']),
    evidence: z.array(z.string()),
    evidenceCount: count,
    reachedAt: epochMs.nullable(),
    peak: level,
    peakRank: z.int().min(0).max(6),
    peakAt: epochMs.nullable(),
    computedLevel: level,
  }),
  movement: z.object({
    from: level,
    to: level,
    direction: z.enum(['up', 'down', 'same', 'new', 'returning', 'lapsed']),
    distance: count,
  }),
  nextStep: z.object({
    level,
    towards: z.enum(PYRAMID_LEVELS),
    action: z.string(),
    text: z.string(),
  }),
  flags: z.array(FlagSchema),
  ignoredAfterAsOf: count,
});
