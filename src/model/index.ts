export {
  type Channel,
  type ChannelInput,
  ChannelSchema,
  DEFAULT_RESPONSE_TARGETS,
} from './channel.js';
export { type CreateHistoryInput, createHistory } from './create-history.js';
export {
  type Consent,
  ConsentSchema,
  type Customer,
  type CustomerInput,
  CustomerSchema,
  type LevelOverride,
  LevelOverrideSchema,
} from './customer.js';
export type { CollectedDataset, Dataset, DatasetCollection, DatasetInput, RejectedRecord } from './dataset.js';
export { DurationSchema } from './duration.js';
export {
  EngagementError,
  EngagementInputError,
  type InputIssue,
  type InputWarning,
  type IssueCode,
  type WarningCode,
} from './errors.js';
export { type Interaction, type InteractionInput, InteractionSchema } from './interaction.js';
export { type ParseDatasetOptions, parseDataset } from './parse-dataset.js';
export {
  type IssueCause,
  type IssueSummary,
  type SummarizeIssuesOptions,
  summarizeIssues,
} from './summarize-issues.js';
export { DEFAULT_TIMESTAMP_RANGE, type TimestampInput, type TimestampRange } from './timestamp.js';
export {
  CHANNEL_KINDS,
  type ChannelKind,
  type ConsentPurpose,
  type Direction,
  INTERACTION_ROLES,
  type InteractionRole,
  type Outcome,
  type Purpose,
  PYRAMID_LEVELS,
  type PyramidLevel,
  STANDARD_TYPE_ROLES,
  STANDARD_VOCABULARY,
  type VocabularyEntry,
} from './vocabulary.js';
