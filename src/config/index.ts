export { CompositeConfigSchema } from './composite.js';
export { ConsistencyConfigSchema } from './consistency.js';
export { ControlConfigSchema } from './control.js';
export { EfficiencyConfigSchema } from './efficiency.js';
export { PyramidConfigSchema } from './pyramid.js';
export { RelevancyConfigSchema } from './relevancy.js';
export { resolveConfig, type ScoringConfig, type ScoringConfigInput, ScoringConfigSchema } from './scoring-config.js';
export { TrustConfigSchema } from './trust.js';
export { ValueConfigSchema } from './value.js';
