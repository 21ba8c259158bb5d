import * as z from 'zod';
import { PositiveMsDurationSchema, ShareSchema, weightsSchema } from './common.js';

/**
 * `config.relevancy`: the weights of `topicMatch` (0.4), `responsiveness` (0.3) and `listening`
 * (0.3); how soon an inbound must follow marketing to count (`responsivenessWindow`, default 7 days,
 * milliseconds once parsed); and the talk share at or below which listening is perfect
 * (`listeningTarget`, default 0.25, below 1).
 *
 * @example
 * import { ScoringConfigSchema } from 'engagement-scoring';
 * const config = ScoringConfigSchema.parse({ relevancy: { responsivenessWindow: { days: 2 } } });
 * config.relevancy.responsivenessWindow //=> 172800000
 * config.relevancy.listeningTarget //=> 0.25
 * @category Config
 */
export const RelevancyConfigSchema = z
  .object({
    weights: weightsSchema({ topicMatch: 0.4, responsiveness: 0.3, listening: 0.3 }),
    /** Marketing counts as answered when any inbound follows within this (default 7 days). */
    responsivenessWindow: PositiveMsDurationSchema.prefault({ days: 7 }),
    /** Talk share at or below which listening is perfect (default 0.25: talk 25 %, listen 75 %). */
    listeningTarget: ShareSchema.refine((t) => t < 1, { error: 'must be below 1' }).default(0.25),
  })
  .prefault({});
