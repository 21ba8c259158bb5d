import * as z from 'zod';
import { weightsSchema } from './common.js';

/** `config.composite`: rule weights, score bands, the least coverage and how fast confidence grows. @category Config */
export const CompositeConfigSchema = z
  .object({
    weights: weightsSchema({ value: 1, efficiency: 1, trust: 1, consistency: 1, relevancy: 1, control: 1 }),
    /** Scores below `yellow` are red, below `green` yellow, the rest green (defaults 50 and 75). */
    bands: z
      .object({ yellow: z.number().min(0).max(100).default(50), green: z.number().min(0).max(100).default(75) })
      .prefault({})
      .refine((b) => b.yellow <= b.green, {
        error: 'yellow must not exceed green',
        params: { code: 'invalid-config' },
      }),
    /**
     * Least share of the rule weight that must be scored for the composite to be given (default 0.5):
     * below it the composite is `null` with a reason, never a number resting on one or two rules.
     */
    minCoverage: z.number().min(0).max(1).default(0.5),
    /** Evidence count at which confidence reaches 0.5 (confidence = n / (n + k); default 20). */
    confidenceHalfEvidence: z.number().positive().default(20),
  })
  .prefault({});
