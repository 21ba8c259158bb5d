import { describe, expect, it } from 'vitest';
import type { Interaction } from '../model/interaction.js';
import { assertParsedHistory } from '../model/not-parsed.js';
import { buildHistory, compareInteractions, indexById, ownHistory } from './customer-history.js';

const make = (id: string, at: number): Interaction => ({
  id,
  customerId: 'c1',
  channel: 'mail',
  at,
  direction: 'inbound',
  type: 'view',
});

describe('compareInteractions', () => {
  it('orders by time, then by id in code-unit order', () => {
    expect(compareInteractions(make('b', 1), make('a', 2))).toBeLessThan(0);
    expect(compareInteractions(make('b', 1), make('a', 1))).toBeGreaterThan(0);
    expect(compareInteractions(make('Z', 1), make('a', 1))).toBeLessThan(0); // 'Z' is U+005A, 'a' U+0061
    expect(compareInteractions(make('a', 1), make('a', 1))).toBe(0);
  });
});

describe('buildHistory', () => {
  it('sorts a copy and indexes it', () => {
    const interactions = [make('c', 3), make('a', 1), make('b', 1)];
    const history = buildHistory({ id: 'c1' }, interactions, new Map());
    expect(history.interactions.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(interactions.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(history.byId.get('b')).toBe(interactions[2]);
  });
});

describe('ownHistory', () => {
  it('sorts the list it is handed and builds the id index on first read, the same value after', () => {
    const interactions = [make('c', 3), make('a', 1), make('b', 1), make('a', 5)];
    const history = ownHistory({ id: 'c1' }, interactions, new Map());
    expect(history.interactions.map((i) => i.id)).toEqual(['a', 'b', 'c', 'a']);
    const byId = history.byId;
    expect(byId).toBeInstanceOf(Map);
    expect([...byId.keys()]).toEqual(['a', 'b', 'c']);
    // The last of equal ids wins, as in buildHistory.
    expect(byId.get('a')?.at).toBe(5);
    expect(byId).toEqual(indexById(history.interactions));
    expect(history.byId).toBe(byId);
  });

  it('is a history as createHistory describes it: the not-parsed check accepts it', () => {
    const history = ownHistory({ id: 'c1' }, [make('a', 1)], new Map());
    expect(() => assertParsedHistory('scoreCustomer', history)).not.toThrow();
  });
});
