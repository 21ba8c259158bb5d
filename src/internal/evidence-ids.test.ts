import { describe, expect, it } from 'vitest';
import { createHistory } from '../model/create-history.js';
import { evidenceInTimeOrder } from './evidence-ids.js';

describe('evidenceInTimeOrder', () => {
  const history = createHistory({
    customer: { id: '__proto__' },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: [
      { id: 'b', customerId: '__proto__', channel: 'mail', at: 10, direction: 'inbound', type: 'visit' },
      { id: 'a', customerId: '__proto__', channel: 'mail', at: 10, direction: 'inbound', type: 'visit' },
      { id: 'constructor', customerId: '__proto__', channel: 'mail', at: 5, direction: 'inbound', type: 'visit' },
    ],
  });

  it('orders by time, then id, and drops duplicates and unknown ids', () => {
    expect(evidenceInTimeOrder(history, ['b', 'a', 'b', 'toString', 'constructor'])).toEqual(['constructor', 'a', 'b']);
  });

  it('is empty for no ids', () => {
    expect(evidenceInTimeOrder(history, [])).toEqual([]);
  });
});
