export type { Band } from './band.js';
export type { Composite } from './composite.js';
export type { BandedRuleScore, EngagementProfile } from './engagement-profile.js';
export { type ExplainOptions, explain } from './explain.js';
export { type ExplainMessages, englishMessages } from './messages-en.js';
export { partitionByCustomer } from './partition-by-customer.js';
export { EngagementProfileSchema } from './profile-schema.js';
export { scoreAll } from './score-all.js';
export { scoreCustomer } from './score-customer.js';
