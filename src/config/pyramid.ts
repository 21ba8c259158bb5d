import { z } from 'zod';
import { PYRAMID_LEVELS, STANDARD_VOCABULARY } from '../model/vocabulary.js';
import { PositiveMsDurationSchema } from './common.js';

const LONG_WINDOW_LEVELS = new Set(['owning', 'leading']);

function levelRule(level: (typeof PYRAMID_LEVELS)[number]) {
  const types = STANDARD_VOCABULARY.find((entry) => entry.level === level)?.types ?? [];
  return z
    .object({
      /** Inbound interaction types that qualify (custom types mapped by `typeRoles` qualify too). */
      types: z.array(z.string().min(1)).default([...types]),
      /** Qualifying interactions needed inside the window (default 1). */
      minCount: z.int().positive().default(1),
      /** Look-back window (default 365 days; owning and leading 730). */
      window: PositiveMsDurationSchema.prefault({ days: LONG_WINDOW_LEVELS.has(level) ? 730 : 365 }),
      /** When set, the qualifying interactions' amounts must total at least this. */
      minAmount: z.number().nonnegative().optional(),
    })
    .prefault({});
}

/** `config.pyramid`: the rule of each level, the movement period and the next steps. @category Config */
export const PyramidConfigSchema = z
  .object({
    levelRules: z
      .object({
        observing: levelRule('observing'),
        following: levelRule('following'),
        endorsing: levelRule('endorsing'),
        contributing: levelRule('contributing'),
        owning: levelRule('owning'),
        leading: levelRule('leading'),
      })
      .prefault({}),
    /** Movement compares the level now with the level this long ago (default 90 days). */
    movementPeriod: PositiveMsDurationSchema.prefault({ days: 90 }),
    /** Suggested next engagement per level; overrides the defaults from the Engagement Pyramid. */
    nextSteps: z.partialRecord(z.enum(PYRAMID_LEVELS), z.string().min(1)).default({}),
  })
  .prefault({});
