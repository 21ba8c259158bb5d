export { listening } from './listening.js';
export { scoreRelevancy } from './relevancy.js';
export { responsiveness } from './responsiveness.js';
export { topicMatch } from './topic-match.js';
