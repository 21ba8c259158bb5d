import type { Dataset } from '../src/index.js';

/** A few running figures per customer: what the floor loop keeps. */
interface Running {
  count: number;
  inbound: number;
  sentiment: number;
  last: number;
}

/**
 * The single-pass floor: one loop that groups already-parsed interactions by customer and keeps a
 * few running figures. Nothing real can score faster than this; `scoreAll` is measured against it.
 */
export function floorPass(dataset: Dataset): number {
  const byCustomer = new Map<string, Running>();
  for (const customer of dataset.customers)
    byCustomer.set(customer.id, { count: 0, inbound: 0, sentiment: 0, last: 0 });
  for (const interaction of dataset.interactions) {
    const running = byCustomer.get(interaction.customerId);
    if (running === undefined) continue;
    running.count++;
    if (interaction.direction === 'inbound') running.inbound++;
    if (interaction.sentiment !== undefined) running.sentiment += interaction.sentiment;
    if (interaction.at > running.last) running.last = interaction.at;
  }
  let checksum = 0;
  for (const running of byCustomer.values()) checksum += running.inbound / (running.count || 1);
  return checksum;
}
