import * as z from 'zod';
import { weightsSchema } from './common.js';

/** `config.efficiency`: weights of the efficiency components. @category Config */
export const EfficiencyConfigSchema = z
  .object({
    weights: weightsSchema({ responseTime: 0.5, resolution: 0.3, effort: 0.2 }),
  })
  .prefault({});
