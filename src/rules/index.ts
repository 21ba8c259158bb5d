export { BUSINESS_SIDE_COMPONENTS, NO_BUSINESS_SIDE_REASON } from './business-side.js';
export * from './consistency/index.js';
export * from './control/index.js';
export * from './efficiency/index.js';
export * from './reason.js';
export * from './relevancy/index.js';
export {
  type ComponentFacts,
  type ComponentName,
  type ComponentResult,
  EVIDENCE_CAP,
  type Facts,
  type Flag,
  type NamedRuleComponent,
  RULE_NAMES,
  type RuleComponent,
  type RuleComponentNames,
  type RuleName,
  type RuleOptions,
  type RuleScore,
  type RuleScoreBase,
  type ScoredRule,
  type UnscoredRule,
} from './rule-score.js';
export * from './trust/index.js';
export * from './value/index.js';
