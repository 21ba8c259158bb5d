import type { Channel } from '../model/channel.js';
import type { Customer } from '../model/customer.js';
import type { Interaction } from '../model/interaction.js';

/**
 * One customer's validated, normalised history: what every score reads.
 *
 * @remarks
 * `interactions` are sorted by time, then by id (so the order never depends on the input order);
 * `byId` indexes them; `channels` maps every channel id of the dataset to its normalised channel.
 * Build it with {@link createHistory} (validates) or get it from {@link scoreAll}.
 *
 * @category History
 */
export interface CustomerHistory {
  readonly customer: Customer;
  /** Sorted by `at`, then `id`. */
  readonly interactions: readonly Interaction[];
  readonly channels: ReadonlyMap<string, Channel>;
  readonly byId: ReadonlyMap<string, Interaction>;
}

/** Orders interactions by time, then by id, without reading the locale. @internal */
export function compareInteractions(a: Interaction, b: Interaction): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Assembles a history from records that are already valid and belong to `customer`.
 * Copies and sorts; never mutates its arguments.
 * @internal
 */
export function buildHistory(
  customer: Customer,
  interactions: readonly Interaction[],
  channels: ReadonlyMap<string, Channel>,
): CustomerHistory {
  const sorted = inTimeOrder(interactions.slice());
  return { customer, interactions: sorted, channels, byId: indexById(sorted) };
}

/**
 * Assembles a history from a list the caller hands over, for batch scoring: sorts it in place.
 * @internal
 */
export function ownHistory(
  customer: Customer,
  interactions: Interaction[],
  channels: ReadonlyMap<string, Channel>,
): CustomerHistory {
  return new OwnedHistory(customer, inTimeOrder(interactions), channels);
}

/**
 * A batch history whose id index is built on first read: scoring reads it only to follow reply
 * links in a long history, so most customers never pay for the `Map`. Once built it is the same
 * value on every read.
 */
class OwnedHistory implements CustomerHistory {
  #byId: Map<string, Interaction> | undefined;

  constructor(
    readonly customer: Customer,
    readonly interactions: readonly Interaction[],
    readonly channels: ReadonlyMap<string, Channel>,
  ) {}

  get byId(): ReadonlyMap<string, Interaction> {
    this.#byId ??= indexById(this.interactions);
    return this.#byId;
  }
}

/** Sorts in place by {@link compareInteractions}; exports are usually in order already, so check first. */
function inTimeOrder(interactions: Interaction[]): Interaction[] {
  for (let i = 1; i < interactions.length; i++) {
    if (compareInteractions(interactions[i - 1] as Interaction, interactions[i] as Interaction) > 0) {
      return interactions.sort(compareInteractions);
    }
  }
  return interactions;
}

/** The id → interaction map of a time-ordered list; the last of equal ids wins, as `Map#set` would. @internal */
export function indexById(interactions: readonly Interaction[]): Map<string, Interaction> {
  const byId = new Map<string, Interaction>();
  for (let i = 0; i < interactions.length; i++) {
    const interaction = interactions[i] as Interaction;
    byId.set(interaction.id, interaction);
  }
  return byId;
}
