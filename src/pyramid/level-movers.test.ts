import { describe, expect, it } from 'vitest';
import { EngagementInputError } from '../model/errors.js';
import type { LevelMovement } from './level-movement.js';
import { type CustomerMovement, levelMovers } from './level-movers.js';

const m = (customerId: string, direction: LevelMovement['direction'], distance: number): CustomerMovement => ({
  customerId,
  movement: { from: null, to: null, direction, distance },
});
const ids = (movers: readonly CustomerMovement[]) => movers.map((x) => x.customerId);

describe('levelMovers', () => {
  const input = [
    m('z', 'up', 1),
    m('b', 'down', 2),
    m('same', 'same', 0),
    m('a', 'up', 2),
    m('new', 'new', 4),
    m('gone', 'lapsed', 3),
    m('__proto__', 'down', 1),
  ];

  it('keeps up and down, biggest distance first, then by customer id in code-unit order', () => {
    // Distance 2: a, b; distance 1: '__proto__' < 'z' ('_' is 0x5F, 'z' is 0x7A).
    expect(ids(levelMovers(input))).toEqual(['a', 'b', '__proto__', 'z']);
  });

  it('include adds entries and exits', () => {
    expect(ids(levelMovers(input, { include: ['new', 'lapsed'] }))).toEqual(['new', 'gone']);
    expect(ids(levelMovers(input, { include: ['up', 'down', 'new', 'lapsed'] }))).toEqual([
      'new',
      'gone',
      'a',
      'b',
      '__proto__',
      'z',
    ]);
  });

  it('limit keeps the top n', () => {
    expect(ids(levelMovers(input, { limit: 2 }))).toEqual(['a', 'b']);
    expect(levelMovers(input, { limit: 0 })).toEqual([]);
  });

  it('returns the entries themselves in a new array; the input is unchanged', () => {
    const frozen = Object.freeze(input.map((entry) => Object.freeze(entry)));
    const movers = levelMovers(frozen);
    expect(movers[0]).toBe(input[3]);
    expect(ids(frozen)).toEqual(['z', 'b', 'same', 'a', 'new', 'gone', '__proto__']);
  });

  it('ties with the same id keep input order', () => {
    const first = m('x', 'up', 1);
    const second = m('x', 'down', 1);
    expect(levelMovers([first, second])).toEqual([first, second]);
    expect(levelMovers([second, first])).toEqual([second, first]);
  });

  it('empty in, empty out', () => {
    expect(levelMovers([])).toEqual([]);
  });

  it('lists every malformed entry by position', () => {
    try {
      levelMovers([m('ok', 'up', 1), { customerId: 3 } as never, m('x', 'sideways' as never, 1), m('y', 'up', -1)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues.map((i) => [i.path[0], i.code])).toEqual([
        [1, 'invalid-type'],
        [2, 'invalid-type'],
        [3, 'invalid-type'],
      ]);
    }
  });

  it.each([
    [{ include: ['up', 'left'] }, 'include'],
    [{ include: 'up' }, 'include'],
    [{ limit: -1 }, 'limit'],
    [{ limit: 1.5 }, 'limit'],
  ])('rejects the options %j', (options, field) => {
    try {
      levelMovers([], options as never);
      expect.unreachable();
    } catch (error) {
      expect((error as EngagementInputError).issues[0]).toMatchObject({ path: [field], code: 'invalid-option' });
    }
  });
});
