import { z } from 'zod';
import { weightsSchema } from './common.js';

/** `config.consistency`: weights and how many cases make a channel measurable. @category Config */
export const ConsistencyConfigSchema = z
  .object({
    weights: weightsSchema({ crossChannel: 0.6, answeredChannels: 0.4 }),
    /** Cases a channel needs before its quality is compared (default 2). */
    minCasesPerChannel: z.int().positive().default(2),
  })
  .prefault({});
