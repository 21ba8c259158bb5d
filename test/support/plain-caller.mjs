// A plain JavaScript caller that skips parseDataset and createHistory, as a Node script might.
import { scoreAll, scoreCustomer } from '../../src/index.ts';

const raw = {
  customers: [{ id: 'c1' }],
  channels: [{ id: 'mail', kind: 'email' }],
  interactions: [
    { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
  ],
};

/** scoreAll on raw records: returns the error it throws (or the profiles, which would be the bug). */
export function scoreRawDataset() {
  try {
    return [...scoreAll(raw, { asOf: '2026-06-30T00:00:00Z' })];
  } catch (error) {
    return error;
  }
}

/** scoreCustomer on a hand-made history of raw records. */
export function scoreRawHistory() {
  try {
    return scoreCustomer(
      { customer: raw.customers[0], interactions: raw.interactions, channels: raw.channels },
      { asOf: '2026-06-30T00:00:00Z' },
    );
  } catch (error) {
    return error;
  }
}
