import * as z from 'zod';
import { IdSchema, TimestampSchema } from './schema-helpers.js';

/**
 * One interaction between a customer and the business, on one channel, at one moment.
 *
 * @remarks
 * `type` is any non-empty string: the standard vocabulary has built-in meaning, other types are
 * mapped through `ScoringConfig.typeRoles`. `inReplyTo` threads replies to what they answer.
 * `amount` ≥ 0, `sentiment` in [-1, 1]; `dueAt` is when a promise falls due. `appliesTo` says what
 * a consent interaction (`opt-in`, `subscribe`, `opt-out`, `unsubscribe`, …) applies to: a channel
 * id, a channel kind or `'*'` (default: its own channel); other interactions ignore it.
 *
 * @category Model
 */
export const InteractionSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  channel: IdSchema,
  at: TimestampSchema,
  direction: z.enum(['inbound', 'outbound']),
  type: IdSchema,
  inReplyTo: IdSchema.optional(),
  personalized: z.boolean().optional(),
  topics: z.array(z.string()).optional(),
  amount: z.number().nonnegative().optional(),
  sentiment: z.number().min(-1).max(1).optional(),
  outcome: z.enum(['resolved', 'unresolved', 'fulfilled', 'broken']).optional(),
  dueAt: TimestampSchema.optional(),
  reason: z.string().min(1).optional(),
  purpose: z.enum(['marketing', 'service', 'transactional']).optional(),
  appliesTo: IdSchema.optional(),
});

/** An interaction as written by users. @category Model */
export interface InteractionInput extends z.input<typeof InteractionSchema> {}

/** A normalised interaction (`at`, `dueAt` in epoch ms). @category Model */
export interface Interaction extends z.output<typeof InteractionSchema> {}
