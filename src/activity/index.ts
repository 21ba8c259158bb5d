export { type ActivityComponent, type ActivityOptions, type ActivityScore, scoreActivity } from './score-activity.js';
