export { DEFAULT_NEXT_STEPS, type NextStepKey } from '../config/pyramid.js';
export {
  type ClassifyLevelOptions,
  classifyLevel,
  type LevelClassification,
  type LevelReason,
} from './classify-level.js';
export {
  type LevelDistribution,
  type LevelDistributionRow,
  type LevelLike,
  levelDistribution,
} from './level-distribution.js';
export {
  type LevelMovement,
  type LevelMovementOptions,
  levelMovement,
  type MovementDirection,
} from './level-movement.js';
export { type CustomerMovement, type LevelMoversOptions, levelMovers } from './level-movers.js';
export { type NextStep, type NextStepOptions, nextStep } from './next-step.js';
