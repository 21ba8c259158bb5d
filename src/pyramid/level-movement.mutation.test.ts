/**
 * levelMovement at the edges mutation testing found open: consent next to higher evidence, a
 * withdrawn subscription, returning after an override or a withdrawn consent, and the lowest
 * level (index 0) as a start or an override.
 */
import { describe, expect, it } from 'vitest';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import type { InteractionInput } from '../model/interaction.js';
import { levelMovement } from './level-movement.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
// The default period is 90 days: "then" is AS_OF − 90 days.

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customer: Partial<CustomerInput> = {}) {
  return createHistory({
    customer: { ...customer, id: 'c1' },
    channels: [{ id: 'web', kind: 'web' }],
    interactions: drafts.map((d) => ({ channel: 'web', ...d, customerId: 'c1' })),
  });
}
const did = (id: string, type: string, days: number): Draft => ({
  id,
  type,
  at: AS_OF - days * DAY,
  direction: 'inbound',
});
const move = (history: ReturnType<typeof build>) => levelMovement(history, { asOf: AS_OF });
const grantedLongAgo = { channel: '*', granted: true, at: AS_OF - 300 * DAY };

describe('levelMovement: consent next to higher evidence', () => {
  it('a consent in force does not hide endorsing or contributing evidence', () => {
    // Consent since 300 days (following at both moments); a review 30 days ago → endorsing now.
    const endorsing = build([did('r', 'review', 30)], { consents: [grantedLongAgo] });
    expect(move(endorsing)).toEqual({ from: 'following', to: 'endorsing', direction: 'up', distance: 1 });
    // A purchase 30 days ago → contributing now.
    const contributing = build([did('p', 'purchase', 30)], { consents: [grantedLongAgo] });
    expect(move(contributing)).toEqual({ from: 'following', to: 'contributing', direction: 'up', distance: 2 });
  });

  it('a subscription withdrawn since is no longer following', () => {
    // subscribe 200 days ago (following then), unsubscribe 30 days ago → nothing now.
    const history = build([did('s', 'subscribe', 200), did('u', 'unsubscribe', 30)]);
    expect(move(history)).toEqual({ from: 'following', to: null, direction: 'lapsed', distance: 2 });
  });
});

describe('levelMovement: returning', () => {
  it('after an override that ended before the period began', () => {
    // Owning by override until 200 days ago; nothing 90 days ago; a visit 10 days ago → returning.
    const history = build([did('v', 'visit', 10)], { levelOverride: { level: 'owning', until: AS_OF - 200 * DAY } });
    expect(move(history)).toEqual({ from: null, to: 'observing', direction: 'returning', distance: 1 });
  });

  it('after a consent withdrawn before the period began', () => {
    // Following from 300 to 200 days ago by consent; nothing 90 days ago; a visit 10 days ago.
    const history = build([did('v', 'visit', 10)], {
      consents: [grantedLongAgo, { channel: '*', granted: false, at: AS_OF - 200 * DAY }],
    });
    expect(move(history)).toEqual({ from: null, to: 'observing', direction: 'returning', distance: 1 });
  });
});

describe('levelMovement: the lowest level', () => {
  it('observing 90 days ago is a start, not nothing', () => {
    const history = build([did('v', 'visit', 100), did('r', 'review', 10)]);
    expect(move(history)).toEqual({ from: 'observing', to: 'endorsing', direction: 'up', distance: 2 });
  });

  it('an override to observing is in force like any other', () => {
    const history = build([did('r', 'review', 10)], { levelOverride: { level: 'observing' } });
    expect(move(history)).toEqual({ from: 'observing', to: 'observing', direction: 'same', distance: 0 });
  });
});

describe('levelMovement: more edges', () => {
  it('observing 90 days ago and nothing now is lapsed', () => {
    // A visit 400 days ago: inside the 365-day window 90 days ago, outside it now.
    const history = build([did('v', 'visit', 400)]);
    expect(move(history)).toEqual({ from: 'observing', to: null, direction: 'lapsed', distance: 1 });
  });

  it('a withdrawal ends following only: a review stays endorsing after an unsubscribe', () => {
    const history = build([did('r', 'review', 30), did('u', 'unsubscribe', 10)]);
    expect(move(history).to).toBe('endorsing');
  });

  it('returning after an observing override that ended before the period, or exactly at its start', () => {
    const until = (t: number) =>
      move(build([did('v', 'visit', 10)], { levelOverride: { level: 'observing', until: t } })).direction;
    expect(until(AS_OF - 200 * DAY)).toBe('returning');
    expect(until(AS_OF - 90 * DAY)).toBe('returning');
  });
});
