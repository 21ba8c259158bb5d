import type { Channel, ChannelInput } from './channel.js';
import type { Customer, CustomerInput } from './customer.js';
import type { InputIssue, InputWarning } from './errors.js';
import type { Interaction, InteractionInput } from './interaction.js';

/**
 * A whole export as users hand it over: customers, channels and interactions.
 *
 * @category Model
 */
export interface DatasetInput {
  readonly customers: readonly CustomerInput[];
  readonly channels: readonly ChannelInput[];
  readonly interactions: readonly InteractionInput[];
}

/**
 * A validated, normalised dataset: every reference resolves, every timestamp is epoch ms,
 * every channel has its defaults. Records keep their input order.
 *
 * @category Model
 */
export interface Dataset {
  readonly customers: readonly Customer[];
  readonly channels: readonly Channel[];
  readonly interactions: readonly Interaction[];
}

/** Which list of the dataset a record came from. @category Model */
export type DatasetCollection = 'customers' | 'channels' | 'interactions';

/**
 * A record refused in collect mode: where it was, the record as given, and every reason.
 *
 * @category Model
 */
export interface RejectedRecord {
  readonly collection: DatasetCollection;
  /** Position in the input list. */
  readonly index: number;
  /** The record exactly as it was given (not copied, not changed). */
  readonly record: unknown;
  /** Every problem found in it; paths start at the dataset root. */
  readonly issues: readonly InputIssue[];
}

/** Result of {@link parseDataset} in collect mode. @category Model */
export interface CollectedDataset {
  /** The records that passed, normalised. */
  readonly dataset: Dataset;
  /** Every record that did not, with its reasons; `dataset` + `rejected` account for every input record. */
  readonly rejected: readonly RejectedRecord[];
  /** What was accepted but changed or ignored, one entry per cause with its count. */
  readonly warnings: readonly InputWarning[];
}
