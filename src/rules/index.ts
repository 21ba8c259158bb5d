export { BUSINESS_SIDE_COMPONENTS, NO_BUSINESS_SIDE_REASON } from './business-side.js';
export * from './consistency/index.js';
export * from './control/index.js';
export * from './efficiency/index.js';
export * from './relevancy/index.js';
export {
  type ComponentResult,
  EVIDENCE_CAP,
  type Flag,
  RULE_NAMES,
  type RuleComponent,
  type RuleName,
  type RuleOptions,
  type RuleScore,
} from './rule-score.js';
export * from './trust/index.js';
export * from './value/index.js';
