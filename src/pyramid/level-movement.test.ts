import { describe, expect, it } from 'vitest';
import type { ScoringConfigInput } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import { EngagementInputError } from '../model/errors.js';
import type { InteractionInput } from '../model/interaction.js';
import { classifyLevel } from './classify-level.js';
import { levelMovement } from './level-movement.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
// The default period is 90 days: "then" is AS_OF − 90 days.

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customer: Partial<CustomerInput> = {}) {
  const id = customer.id ?? 'c1';
  return createHistory({
    customer: { ...customer, id },
    channels: [{ id: 'web', kind: 'web' }],
    interactions: drafts.map((d) => ({ channel: 'web', ...d, customerId: id })),
  });
}
const did = (id: string, type: string, days: number): Draft => ({
  id,
  type,
  at: AS_OF - days * DAY,
  direction: 'inbound',
});
const move = (history: ReturnType<typeof build>, extra: { period?: object; config?: ScoringConfigInput } = {}) =>
  levelMovement(history, { asOf: AS_OF, ...extra });

describe('levelMovement: the five directions', () => {
  it('up: observing 90 days ago, endorsing now (distance 2)', () => {
    expect(move(build([did('v', 'visit', 200), did('r', 'review', 30)]))).toEqual({
      from: 'observing',
      to: 'endorsing',
      direction: 'up',
      distance: 2,
    });
  });

  it('down: contributing 90 days ago (purchase 300 days back), observing now (the purchase left its window)', () => {
    // At AS_OF − 90 the purchase is 210 days old (inside 365); at AS_OF it is 400 days old (outside).
    expect(move(build([did('p', 'purchase', 400), did('v', 'visit', 10)]))).toEqual({
      from: 'contributing',
      to: 'observing',
      direction: 'down',
      distance: 3,
    });
  });

  it('same: the same level at both moments, distance 0', () => {
    expect(move(build([did('l', 'like', 200), did('l2', 'like', 10)]))).toEqual({
      from: 'endorsing',
      to: 'endorsing',
      direction: 'same',
      distance: 0,
    });
  });

  it('same: no level at either moment', () => {
    expect(move(build([]))).toEqual({ from: null, to: null, direction: 'same', distance: 0 });
  });

  it('new: no level 90 days ago, following now (distance = the rank reached)', () => {
    expect(move(build([did('s', 'subscribe', 30)]))).toEqual({
      from: null,
      to: 'following',
      direction: 'new',
      distance: 2,
    });
  });

  it('returning: a level long ago, none 90 days ago, a level now', () => {
    // A visit 500 days ago (observing until day 135), nothing at AS_OF − 90, a purchase 30 days ago.
    expect(move(build([did('v', 'visit', 500), did('p', 'purchase', 30)]))).toEqual({
      from: null,
      to: 'contributing',
      direction: 'returning',
      distance: 4,
    });
    // A level first reached inside the period is new, not returning.
    expect(move(build([did('v', 'visit', 60), did('p', 'purchase', 30)])).direction).toBe('new');
  });

  it('lapsed: owning 90 days ago, nothing now', () => {
    // The investment is 700 days old at AS_OF − 90 (inside 730) and 790 days old now.
    expect(move(build([did('i', 'invest', 790)]))).toEqual({
      from: 'owning',
      to: null,
      direction: 'lapsed',
      distance: 5,
    });
  });
});

describe('levelMovement: period', () => {
  const history = build([did('v', 'visit', 200), did('r', 'review', 30)]);

  it('a shorter period looks back less far', () => {
    expect(move(history, { period: { days: 7 } }).direction).toBe('same');
    expect(move(history, { period: { weeks: 5 } }).direction).toBe('up');
  });

  it('config.pyramid.movementPeriod is the default period', () => {
    expect(move(history, { config: { pyramid: { movementPeriod: { days: 7 } } } }).direction).toBe('same');
    // An explicit period wins over the configuration.
    const both = move(history, { period: { days: 90 }, config: { pyramid: { movementPeriod: { days: 7 } } } });
    expect(both.direction).toBe('up');
  });

  it('agrees with classifyLevel at both moments', () => {
    const movement = move(history, { period: { days: 45 } });
    expect(movement.from).toBe(classifyLevel(history, { asOf: AS_OF - 45 * DAY }).level);
    expect(movement.to).toBe(classifyLevel(history, { asOf: AS_OF }).level);
  });

  it.each([
    [{}, 'invalid-duration'],
    [{ days: 0 }, 'invalid-duration'],
    [{ days: -3 }, 'out-of-range'],
    [{ fortnights: 1 }, 'invalid-duration'],
    ['90 days', 'invalid-type'],
  ])('rejects the period %j (%s)', (period, code) => {
    const run = () => levelMovement(history, { asOf: AS_OF, period: period as never });
    expect(run).toThrow(EngagementInputError);
    try {
      run();
    } catch (error) {
      const issue = (error as EngagementInputError).issues[0];
      expect(issue?.code).toBe(code);
      expect(issue?.path[0]).toBe('period');
    }
  });

  it('rejects a missing asOf', () => {
    expect(() => levelMovement(history, {} as never)).toThrow(/^levelMovement: .*invalid-as-of/);
  });
});

describe('levelMovement: override and consent', () => {
  it('an override in force at both moments: same', () => {
    const history = build([did('r', 'review', 30)], { levelOverride: { level: 'leading' } });
    expect(move(history)).toEqual({ from: 'leading', to: 'leading', direction: 'same', distance: 0 });
  });

  it('an override that expired in between: from the override to the evidence', () => {
    const history = build([did('r', 'review', 30)], { levelOverride: { level: 'leading', until: AS_OF - 10 * DAY } });
    expect(move(history)).toEqual({ from: 'leading', to: 'endorsing', direction: 'down', distance: 3 });
  });

  it('a consent granted in between: new follower', () => {
    const history = build([], { consents: [{ channel: '*', granted: true, at: AS_OF - 10 * DAY }] });
    expect(move(history)).toEqual({ from: null, to: 'following', direction: 'new', distance: 2 });
  });

  it('a consent withdrawn in between: lapsed follower', () => {
    const history = build([], {
      consents: [
        { channel: '*', granted: true, at: AS_OF - 300 * DAY },
        { channel: '*', granted: false, at: AS_OF - 10 * DAY },
      ],
    });
    expect(move(history)).toEqual({ from: 'following', to: null, direction: 'lapsed', distance: 2 });
  });

  it('works for a `__proto__` customer', () => {
    const history = build([did('v', 'visit', 10)], { id: '__proto__' });
    expect(move(history).direction).toBe('new');
  });
});
