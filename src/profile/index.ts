export { type Band, bandOf } from './band.js';
export { type Composite, compositeScore, confidenceOf } from './composite.js';
export type { BandedRuleScore, EngagementProfile } from './engagement-profile.js';
export { type ExplainOptions, explain } from './explain.js';
export { type ExplainMessages, englishMessages } from './messages-en.js';
export { partitionByCustomer, stableHash } from './partition-by-customer.js';
export { EngagementProfileSchema } from './profile-schema.js';
export { scoreAll } from './score-all.js';
export { scoreCustomer } from './score-customer.js';
