import * as z from 'zod';
import { PositiveMsDurationSchema, weightsSchema } from './common.js';

/** `config.value`: weights of the value components and the recognition window. @category Config */
export const ValueConfigSchema = z
  .object({
    weights: weightsSchema({ personalResponse: 0.4, personalTouch: 0.3, acknowledgedContributions: 0.3 }),
    /** How soon after an endorsement or contribution a recognition must follow (default 30 days). */
    recognitionWindow: PositiveMsDurationSchema.prefault({ days: 30 }),
  })
  .prefault({});
