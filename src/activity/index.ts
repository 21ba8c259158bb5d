export { type ActivityOptions, type ActivityScore, scoreActivity } from './score-activity.js';
