import * as z from 'zod';
import { weightsSchema } from './common.js';

/**
 * `config.consistency`: the weights of `crossChannel` (0.6) and `answeredChannels` (0.4), and how
 * many measured cases a channel needs before its quality is compared (`minCasesPerChannel`, default 2).
 *
 * @example
 * import { ScoringConfigSchema } from 'engagement-scoring';
 * const config = ScoringConfigSchema.parse({ consistency: { minCasesPerChannel: 3 } });
 * config.consistency //=> { weights: { crossChannel: 0.6, answeredChannels: 0.4 }, minCasesPerChannel: 3 }
 * @category Config
 */
export const ConsistencyConfigSchema = z
  .object({
    weights: weightsSchema({ crossChannel: 0.6, answeredChannels: 0.4 }),
    /** Cases a channel needs before its quality is compared (default 2). */
    minCasesPerChannel: z.int().positive().default(2),
  })
  .prefault({});
