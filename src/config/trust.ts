import * as z from 'zod';
import { PositiveMsDurationSchema, weightsSchema } from './common.js';

/** `config.trust`: weights, the complaint resolution horizon and what counts as a complaint. @category Config */
export const TrustConfigSchema = z
  .object({
    weights: weightsSchema({ promiseKeeping: 0.3, complaintResolution: 0.3, advocacy: 0.2, sentiment: 0.2 }),
    /** A complaint without an outcome counts as unresolved once older than this (default 14 days). */
    resolutionHorizon: PositiveMsDurationSchema.prefault({ days: 14 }),
    /** Inbound interaction types that are complaints (default `['complaint']`); add your own, e.g. `'grievance'`. */
    complaintTypes: z.array(z.string().min(1)).default(() => ['complaint']),
  })
  .prefault({});
