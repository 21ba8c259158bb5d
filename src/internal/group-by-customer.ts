import type { Customer } from '../model/customer.js';
import type { Interaction } from '../model/interaction.js';

/**
 * A dataset's interactions grouped by customer without a list per customer: a counting sort into
 * one array of indices. Interactions keep their dataset order within a customer; interactions of
 * unknown customers are left out. Two passes over the interactions, with an id look-up only where
 * the customer changes (exports usually list a customer's interactions together). O(N + C) time;
 * kept: 4 bytes per interaction and per customer, in typed arrays the garbage collector need not
 * trace (4 more per interaction while grouping).
 * @internal
 */
export class CustomerGroups {
  /** Customer id → its slot (the last customer with that id, as a `Map` would keep). */
  private readonly slots = new Map<string, number>();
  /** `order[start[s]]` to `order[start[s + 1] − 1]`: the interaction indices of slot `s`. */
  private readonly start: Int32Array;
  private readonly order: Int32Array;

  constructor(
    customers: readonly Customer[],
    private readonly interactions: readonly Interaction[],
  ) {
    for (let c = 0; c < customers.length; c++) this.slots.set((customers[c] as Customer).id, c);
    // Pass 1: each interaction's slot (−1: unknown customer), and how many each slot has.
    const owner = new Int32Array(interactions.length);
    const start = new Int32Array(customers.length + 1);
    let lastId: string | undefined;
    let slot = -1;
    for (let i = 0; i < interactions.length; i++) {
      const id = (interactions[i] as Interaction).customerId;
      if (id !== lastId) {
        lastId = id;
        slot = this.slots.get(id) ?? -1;
      }
      owner[i] = slot;
      if (slot >= 0) start[slot + 1] = (start[slot + 1] as number) + 1;
    }
    for (let s = 0; s < customers.length; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
    // Pass 2: the indices, slot by slot, in dataset order.
    const next = start.slice(0, customers.length);
    const order = new Int32Array(start[customers.length] as number);
    for (let i = 0; i < interactions.length; i++) {
      const owned = owner[i] as number;
      if (owned < 0) continue;
      order[next[owned] as number] = i;
      next[owned] = (next[owned] as number) + 1;
    }
    this.start = start;
    this.order = order;
  }

  /** A new list of the customer's interactions, in dataset order (empty for an unknown id). */
  interactionsOf(customerId: string): Interaction[] {
    const slot = this.slots.get(customerId);
    if (slot === undefined) return [];
    const from = this.start[slot] as number;
    const list: Interaction[] = new Array((this.start[slot + 1] as number) - from);
    for (let k = 0; k < list.length; k++) list[k] = this.interactions[this.order[from + k] as number] as Interaction;
    return list;
  }
}
