export {
  activeGrants,
  type ConsentEvent,
  type ConsentPolicy,
  consentTimeline,
  isContactAllowed,
  latestMatching,
} from './consent.js';
export type { CustomerHistory } from './customer-history.js';
export { recencyWeight } from './recency.js';
export { responseScore } from './response-score.js';
export { responseTargetMs } from './response-target.js';
export { isOutboundMarketing, purposeOf, roleOf } from './roles.js';
export {
  type DialogueCase,
  type DialogueMessage,
  dialogueCases,
  dialogueMessages,
  type ThreadOptions,
} from './threads.js';
export { windowed } from './window.js';
