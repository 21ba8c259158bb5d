export {
  type ActivityComponent,
  type ActivityOptions,
  type ActivityReason,
  type ActivityScore,
  scoreActivity,
} from './score-activity.js';
