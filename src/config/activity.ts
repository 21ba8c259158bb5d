import * as z from 'zod';
import { PositiveMsDurationSchema, WeightSchema, weightsSchema } from './common.js';

/**
 * The default depth of each interaction role in the activity score: the rank of the Engagement
 * Pyramid level the role qualifies for (attention 1 … leadership 6). A customer's own message
 * (dialogue, or a reply the customer sends) counts 2, like permission: writing to the business is
 * more than looking, less than endorsing. Withdrawal and the business-side roles count 0.
 *
 * @example
 * import { DEFAULT_ACTIVITY_DEPTHS } from 'engagement-scoring';
 * DEFAULT_ACTIVITY_DEPTHS.contribution //=> 4
 * DEFAULT_ACTIVITY_DEPTHS.dialogue //=> 2
 * @category Config
 */
export const DEFAULT_ACTIVITY_DEPTHS = {
  attention: 1,
  permission: 2,
  endorsement: 3,
  contribution: 4,
  ownership: 5,
  leadership: 6,
  dialogue: 2,
  reply: 2,
  withdrawal: 0,
  broadcast: 0,
  recognition: 0,
  commitment: 0,
  acknowledgement: 0,
  /** A type with no role (neither standard nor mapped by `typeRoles`). */
  unmapped: 1,
} as const;

const depthsShape = Object.fromEntries(
  Object.entries(DEFAULT_ACTIVITY_DEPTHS).map(([key, value]) => [key, WeightSchema.default(value)]),
) as { [K in keyof typeof DEFAULT_ACTIVITY_DEPTHS]: z.ZodDefault<typeof WeightSchema> };

const PositiveSchema = z.number().positive();

/**
 * `config.activity`: how the customer's own engagement is scored — component weights, the depth of
 * each role, the midpoints of the saturating transform, and optional window and half-life overrides.
 *
 * @remarks
 * Defaults: `weights` `{ frequency: 1, recency: 1, amount: 0 }` (amount is opt-in: data without
 * amounts would otherwise cap every score); `depths` {@link DEFAULT_ACTIVITY_DEPTHS}; `midpoint` 8 points (two
 * recent purchases, four recent messages or eight recent page views score 50); `amountMidpoint`
 * 100 (recency-weighted amount that scores 50); `window` 730 days (its own, not the top-level
 * one: activity looks further back than the rules); `halfLife` falls back to the top-level one (90 days). Unknown keys are rejected.
 *
 * @category Config
 */
export const ActivityConfigSchema = z
  .strictObject({
    weights: weightsSchema({ frequency: 1, recency: 1, amount: 0 }),
    /** Points per interaction by role (`unmapped`: types without a role). Non-negative. */
    depths: z.strictObject(depthsShape).prefault({}),
    /** Depth-weighted, recency-weighted points at which the frequency component is 0.5. */
    midpoint: PositiveSchema.default(8),
    /** Recency-weighted amount at which the amount component is 0.5. */
    amountMidpoint: PositiveSchema.default(100),
    /** Look-back window (default 730 days: a customer who bought 18 months ago is quiet, not unknown). */
    window: PositiveMsDurationSchema.prefault({ days: 730 }),
    /** Recency half-life; defaults to the top-level `halfLife`. */
    halfLife: PositiveMsDurationSchema.optional(),
  })
  .prefault({});
