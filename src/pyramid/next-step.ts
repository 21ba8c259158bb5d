import { DEFAULT_NEXT_STEPS } from '../config/pyramid.js';
import { readConfig, type ScoringConfig, type ScoringConfigInput } from '../config/scoring-config.js';
import { EngagementInputError } from '../model/errors.js';
import { PYRAMID_LEVELS, type PyramidLevel } from '../model/vocabulary.js';

/**
 * Options of {@link nextStep}.
 *
 * @category Pyramid
 */
export interface NextStepOptions {
  /** A partial configuration (`pyramid.nextSteps`), or one from {@link resolveConfig}. */
  readonly config?: ScoringConfigInput | ScoringConfig | undefined;
}

/**
 * The suggested next engagement for a customer at a level: structured, so that CRM automations key
 * on `action` and other languages can be added by translating it.
 *
 * @category Pyramid
 */
export interface NextStep {
  /** The level the customer is at, or `null` for a customer without one. */
  readonly level: PyramidLevel | null;
  /** The level the step aims at: the next one up (leading stays leading). */
  readonly towards: PyramidLevel;
  /** A stable kebab-case id, e.g. `invite-as-guest`; `custom` for a configured text without an id. */
  readonly action: string;
  /** The step in plain English. */
  readonly text: string;
}

const FN = 'nextStep';

/**
 * Suggests the next engagement that moves a customer one level up the pyramid.
 *
 * @remarks
 * Defaults from the Groundwire Engagement Pyramid (Groundwire's Engagement Pyramid): observing → invite to follow;
 * following → ask for a review or a share; endorsing → invite as a guest to an event; contributing →
 * invite to take ownership (membership, investment, a seat on the board); owning → invite to lead an initiative; leading → recognise them
 * and keep them leading. A customer without a level (`null`) gets `earn-attention`. Each is
 * replaced through `config.pyramid.nextSteps` (keys: the levels and `unclassified`). O(1).
 *
 * @param level - A pyramid level, or `null`.
 * @param options - An optional configuration.
 * @returns The {@link NextStep}.
 * @throws {@link EngagementInputError} `invalid-value` when `level` is not a pyramid level or `null`,
 *   and configuration issues.
 * @example
 * import { nextStep } from 'engagement-scoring';
 * nextStep('endorsing')
 *   //=> { level: 'endorsing', towards: 'contributing', action: 'invite-as-guest', text: 'Invite them as a guest to an event.' }
 * const config = { pyramid: { nextSteps: { contributing: { action: 'ask-for-monthly-gift', text: 'Ask for a monthly gift.' } } } };
 * nextStep('contributing', { config }).action //=> 'ask-for-monthly-gift'
 * nextStep(null).towards //=> 'observing'
 * @category Pyramid
 */
export function nextStep(level: PyramidLevel | null, options: NextStepOptions = {}): NextStep {
  if (level !== null && !PYRAMID_LEVELS.includes(level)) {
    throw new EngagementInputError(FN, [
      {
        path: ['level'],
        code: 'invalid-value',
        message: `${FN}: expected a pyramid level (${PYRAMID_LEVELS.join(', ')}) or null`,
      },
    ]);
  }
  return nextStepOf(level, readConfig(FN, options?.config));
}

/** {@link nextStep} for a valid level and a parsed configuration. @internal */
export function nextStepOf(level: PyramidLevel | null, config: ScoringConfig): NextStep {
  // −1 for null (unclassified): the next step is then the first level.
  const index = (PYRAMID_LEVELS as readonly (PyramidLevel | null)[]).indexOf(level);
  const key = level ?? 'unclassified';
  const step = config.pyramid.nextSteps[key] ?? DEFAULT_NEXT_STEPS[key];
  return {
    level,
    towards: PYRAMID_LEVELS[Math.min(index + 1, PYRAMID_LEVELS.length - 1)] as PyramidLevel,
    action: step.action,
    text: step.text,
  };
}
