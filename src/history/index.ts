export {
  activeGrants,
  type ConsentEvent,
  type ConsentPolicy,
  type ContactOptions,
  type ContactQuery,
  consentTimeline,
  isContactAllowed,
} from './consent.js';
export type { CustomerHistory } from './customer-history.js';
