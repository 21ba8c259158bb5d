import * as z from 'zod';
import { IdSchema, TimestampSchema } from './schema-helpers.js';
import { PYRAMID_LEVELS } from './vocabulary.js';

/**
 * A consent record as CRMs store it: for a channel id, a channel kind or `'*'` (every channel),
 * and a purpose (default `'marketing'`), granted or withdrawn at a moment.
 *
 * @category Model
 */
export const ConsentSchema = z.object({
  channel: IdSchema,
  purpose: z.enum(['marketing', 'service', 'profiling']).default('marketing'),
  granted: z.boolean(),
  at: TimestampSchema,
});

/** A normalised consent record (`at` in epoch ms). @category Model */
export interface Consent extends z.output<typeof ConsentSchema> {}

/**
 * A manual pyramid level set by a person, winning over the computed level while it lasts.
 *
 * @category Model
 */
export const LevelOverrideSchema = z.object({
  level: z.enum(PYRAMID_LEVELS),
  until: TimestampSchema.optional(),
});

/** A normalised level override (`until` in epoch ms). @category Model */
export interface LevelOverride extends z.output<typeof LevelOverrideSchema> {}

/**
 * A customer: `{ id, since?, interests?, preferredChannels?, segment?, consents?, levelOverride? }`.
 * Ids are enough: the library never needs names or contact details.
 *
 * @category Model
 */
export const CustomerSchema = z.object({
  id: IdSchema,
  since: TimestampSchema.optional(),
  interests: z.array(z.string()).optional(),
  preferredChannels: z.array(IdSchema).optional(),
  segment: z.string().optional(),
  consents: z.array(ConsentSchema).optional(),
  levelOverride: LevelOverrideSchema.optional(),
});

/** A customer as written by users. @category Model */
export interface CustomerInput extends z.input<typeof CustomerSchema> {}

/** A normalised customer (timestamps in epoch ms). @category Model */
export interface Customer extends z.output<typeof CustomerSchema> {
  /** Consent records, if any. */
  consents?: Consent[] | undefined;
  /** A manual level, if one is set. */
  levelOverride?: LevelOverride | undefined;
}
