import type { Channel } from '../model/channel.js';
import type { Customer } from '../model/customer.js';
import type { Interaction } from '../model/interaction.js';
import { attachMemo } from './memo.js';

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
  return attachMemo(ownHistory(customer, interactions.slice(), channels));
}

/**
 * Assembles a history from a list the caller hands over: sorts it in place, and attaches no memo
 * (batch scoring derives everything once per customer and passes it along).
 * @internal
 */
export function ownHistory(
  customer: Customer,
  interactions: Interaction[],
  channels: ReadonlyMap<string, Channel>,
): CustomerHistory {
  // Exports are usually in time order already: check in one pass before paying for a sort.
  let ordered = true;
  for (let i = 1; i < interactions.length && ordered; i++) {
    ordered = compareInteractions(interactions[i - 1] as Interaction, interactions[i] as Interaction) <= 0;
  }
  if (!ordered) interactions.sort(compareInteractions);
  const byId = new Map<string, Interaction>();
  for (let i = 0; i < interactions.length; i++) {
    const interaction = interactions[i] as Interaction;
    byId.set(interaction.id, interaction);
  }
  return { customer, interactions, channels, byId };
}
