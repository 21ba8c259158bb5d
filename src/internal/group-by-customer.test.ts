import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../model/customer.js';
import type { Interaction } from '../model/interaction.js';
import { CustomerGroups } from './group-by-customer.js';

const interaction = (id: string, customerId: string, at = 1): Interaction => ({
  id,
  customerId,
  channel: 'mail',
  at,
  direction: 'inbound',
  type: 'view',
});

describe('CustomerGroups', () => {
  const customers: Customer[] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const interactions = [
    interaction('1', 'b'),
    interaction('2', 'a'),
    interaction('3', 'x'), // unknown customer: left out
    interaction('4', 'b'),
    interaction('5', 'a'),
  ];

  it("lists each customer's interactions in dataset order, unknown customers left out", () => {
    const groups = new CustomerGroups(customers, interactions);
    expect(groups.interactionsOf('a').map((i) => i.id)).toEqual(['2', '5']);
    expect(groups.interactionsOf('b').map((i) => i.id)).toEqual(['1', '4']);
    expect(groups.interactionsOf('c')).toEqual([]);
    expect(groups.interactionsOf('x')).toEqual([]);
  });

  it('hands out a new list each time', () => {
    const groups = new CustomerGroups(customers, interactions);
    const first = groups.interactionsOf('a');
    first.pop();
    expect(groups.interactionsOf('a')).toHaveLength(2);
  });

  it('equals grouping by a Map of lists, for any ids and order (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'x');
    fc.assert(
      fc.property(fc.uniqueArray(ids, { maxLength: 4 }), fc.array(ids, { maxLength: 30 }), (customerIds, owners) => {
        const list = owners.map((owner, k) => interaction(`i${k}`, owner, k));
        const groups = new CustomerGroups(
          customerIds.map((id) => ({ id })),
          list,
        );
        for (const id of ['a', 'b', 'c', 'd', 'x']) {
          const expected = (customerIds as readonly string[]).includes(id)
            ? list.filter((i) => i.customerId === id)
            : [];
          expect(groups.interactionsOf(id)).toEqual(expected);
        }
      }),
    );
  });
});
