import * as z from 'zod';
import { DIALOGUE_TYPES, LEVEL_TYPES, PYRAMID_LEVELS } from '../model/vocabulary.js';
import { PositiveMsDurationSchema } from './common.js';

const LONG_WINDOW_LEVELS = new Set(['owning', 'leading']);

function levelRule(level: (typeof PYRAMID_LEVELS)[number]) {
  const own = LEVEL_TYPES[level];
  // A customer who writes (a dialogue message of their own) is at least observing, by default.
  const types = level === 'observing' ? [...own, ...DIALOGUE_TYPES] : own;
  return z
    .strictObject({
      /**
       * Inbound interaction types that qualify (custom types mapped by `typeRoles` to the level's role
       * qualify too). Observing also lists the dialogue types (request, question, complaint, message,
       * mention): everyone who writes is on the pyramid.
       */
      types: z.array(z.string().min(1)).default([...types]),
      /** Qualifying interactions needed inside the window (default 1). */
      minCount: z.int().positive().default(1),
      /** Look-back window (default 365 days; owning and leading 730). */
      window: PositiveMsDurationSchema.prefault({ days: LONG_WINDOW_LEVELS.has(level) ? 730 : 365 }),
      /** When set, the qualifying interactions' amounts inside the window must total at least this. */
      minAmount: z.number().nonnegative().optional(),
    })
    .prefault({});
}

/** Where a customer without any level can be led, beside the six levels. */
const NEXT_STEP_KEYS = ['unclassified', ...PYRAMID_LEVELS] as const;

/**
 * A key of `config.pyramid.nextSteps`: a pyramid level, or `'unclassified'` for customers without one.
 *
 * @useDeclaredType
 * @category Config
 */
export type NextStepKey = (typeof NEXT_STEP_KEYS)[number];

/**
 * The default next engagement per level (Groundwire's Engagement Pyramid): follow → endorse →
 * attend as a guest → own (membership, investment, a seat on the board) → lead. Each step aims at
 * the next level up, so the step from contributing suggests owning actions. `action` is a stable
 * id (for translations and CRM automations); `text` is the English wording.
 *
 * @example
 * import { DEFAULT_NEXT_STEPS } from 'engagement-scoring';
 * DEFAULT_NEXT_STEPS.endorsing.action //=> 'invite-as-guest'
 * @category Config
 */
export const DEFAULT_NEXT_STEPS: { readonly [K in NextStepKey]: { readonly action: string; readonly text: string } } = {
  unclassified: {
    action: 'earn-attention',
    text: 'Earn their attention: reach them with something useful where they already are.',
  },
  observing: {
    action: 'invite-to-follow',
    text: 'Invite them to follow: ask for permission to keep in touch (subscribe, follow, register).',
  },
  following: { action: 'ask-for-review-or-share', text: 'Ask them for a review, or to share what they like.' },
  endorsing: { action: 'invite-as-guest', text: 'Invite them as a guest to an event.' },
  contributing: {
    action: 'invite-to-own',
    text: 'Invite them to take ownership: a membership, an investment or a seat on the board.',
  },
  owning: { action: 'invite-to-lead', text: 'Invite them to lead an initiative.' },
  leading: { action: 'recognise-leadership', text: 'Recognise their leadership and keep them leading.' },
};

const ActionIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a kebab-case id such as "invite-as-guest"',
});

/** One next step on input: `{ action, text }`, or just the text (then `action` is `'custom'`). */
const NextStepSchema = z.union([
  z
    .string()
    .min(1)
    .transform((text) => ({ action: 'custom', text })),
  z.object({ action: ActionIdSchema, text: z.string().min(1) }),
]);

/** Which consent purposes make a customer `following` (default: marketing, the permission to tell them about offerings). */
const ConsentPurposesSchema = z.array(z.enum(['marketing', 'service', 'profiling'])).default(['marketing']);

/**
 * `config.pyramid`: the rule of each level, the consent purposes that make a customer following,
 * the movement period and the next steps. Unknown keys are rejected (a misspelt level name would
 * otherwise silently keep its default rule).
 *
 * @category Config
 */
export const PyramidConfigSchema = z
  .strictObject({
    levelRules: z
      .strictObject({
        observing: levelRule('observing'),
        following: levelRule('following'),
        endorsing: levelRule('endorsing'),
        contributing: levelRule('contributing'),
        owning: levelRule('owning'),
        leading: levelRule('leading'),
      })
      .prefault({}),
    /**
     * An active granted consent at `asOf` for one of these purposes also makes a customer
     * `following` (default `['marketing']`; `[]` turns consent-based following off).
     */
    followingConsentPurposes: ConsentPurposesSchema,
    /** Movement compares the level now with the level this long ago (default 90 days). */
    movementPeriod: PositiveMsDurationSchema.prefault({ days: 90 }),
    /**
     * Suggested next engagement per level (and `unclassified`), in place of {@link DEFAULT_NEXT_STEPS}:
     * `{ action, text }`, or a string (the text; `action` becomes `'custom'`). The parsed config
     * holds only the configured steps; `nextStep` falls back to the defaults for the others (so a
     * rule that never suggests a step does not carry their texts).
     */
    nextSteps: z.partialRecord(z.enum(NEXT_STEP_KEYS), NextStepSchema).default({}),
  })
  .prefault({});
