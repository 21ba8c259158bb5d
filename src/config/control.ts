import * as z from 'zod';
import { weightsSchema } from './common.js';

/**
 * `config.control`: the weights of `consentRespected` (0.5), `channelChoice` (0.3) and
 * `preferenceHonoured` (0.2), the consent policy applied where the customer said nothing, and the
 * interaction types that grant consent.
 *
 * @example
 * import { ScoringConfigSchema } from 'engagement-scoring';
 * ScoringConfigSchema.parse({}).control.consentPolicy //=> 'opt-out'
 * ScoringConfigSchema.safeParse({ control: { consentPolicy: 'requireOptIn' } }).success //=> false
 * @category Config
 */
export const ControlConfigSchema = z
  .object({
    weights: weightsSchema({ consentRespected: 0.5, channelChoice: 0.3, preferenceHonoured: 0.2 }),
    /**
     * `'opt-out'` (default): marketing is allowed until the customer withdraws consent.
     * `'opt-in'`: marketing is allowed only after a grant.
     */
    consentPolicy: z.enum(['opt-out', 'opt-in']).default('opt-out'),
    /**
     * Inbound interaction types that grant consent (for purpose `marketing`, or `service` when the
     * interaction says so) on their channel, or on what their `appliesTo` names, under either
     * policy. Default `['opt-in', 'subscribe']`: a subscription is permission to send what was
     * subscribed to.
     */
    grantTypes: z.array(z.string().min(1)).default(['opt-in', 'subscribe']),
  })
  .prefault({});
