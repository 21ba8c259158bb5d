/**
 * The consent timeline and the decisions read from it, at their edges: ordering at one instant,
 * the asOf cut, which interactions carry consent and for which purpose, and how a channel id, a
 * channel kind and `'*'` match. Only behaviour that holds for any reading of "what a consent
 * applies to" is pinned here: a grant or withdrawal on a channel covers that channel.
 */
import { describe, expect, it } from 'vitest';
import {
  activeGrants,
  type ConsentEvent,
  type CustomerInput,
  consentTimeline,
  createHistory,
  type InteractionInput,
  isContactAllowed,
  resolveConfig,
} from '../index.js';
import { latestMatching } from './consent.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const config = resolveConfig();

type Draft = Omit<InteractionInput, 'customerId' | 'at'> & { at: number };

function timeline(drafts: Draft[], customer: Partial<CustomerInput> = {}, asOf = AS_OF, cfg = config) {
  const history = createHistory({
    customer: { ...customer, id: 'c1' },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'text', kind: 'sms' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId: 'c1' })),
  });
  return consentTimeline(history, { asOf, config: cfg });
}
const inbound = (id: string, type: string, days: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  type,
  channel: 'mail',
  direction: 'inbound',
  at: AS_OF - days * DAY,
  ...extra,
});
const event = (channel: string, granted: boolean, at: number, purpose: ConsentEvent['purpose'] = 'marketing') =>
  ({ channel, purpose, granted, at, interactionId: undefined }) as ConsentEvent;
const mail = { id: 'mail', kind: 'email' } as const;

describe('consentTimeline', () => {
  it('merges records and consent interactions in time order, with ids, channels and purposes', () => {
    const events = timeline(
      [
        inbound('in', 'opt-in', 30),
        inbound('svc', 'opt-out', 20, { purpose: 'service' }),
        inbound('un', 'unsubscribe', 10, { channel: 'text' }),
      ],
      { consents: [{ channel: 'email', granted: true, at: AS_OF - 40 * DAY, purpose: 'profiling' }] },
    );
    // toMatchObject: an event may carry more fields than these.
    expect(events).toMatchObject([
      { channel: 'email', purpose: 'profiling', granted: true, at: AS_OF - 40 * DAY, interactionId: undefined },
      { channel: 'mail', purpose: 'marketing', granted: true, at: AS_OF - 30 * DAY, interactionId: 'in' },
      { channel: 'mail', purpose: 'service', granted: false, at: AS_OF - 20 * DAY, interactionId: 'svc' },
      { channel: 'text', purpose: 'marketing', granted: false, at: AS_OF - 10 * DAY, interactionId: 'un' },
    ]);
  });

  it('sorts records given out of order, and interactions before records of a later date', () => {
    const events = timeline([inbound('in', 'opt-in', 25)], {
      consents: [
        { channel: 'email', granted: false, at: AS_OF - 10 * DAY },
        { channel: 'email', granted: true, at: AS_OF - 50 * DAY },
      ],
    });
    expect(events.map((e) => [e.at, e.granted])).toEqual([
      [AS_OF - 50 * DAY, true],
      [AS_OF - 25 * DAY, true],
      [AS_OF - 10 * DAY, false],
    ]);
  });

  it('at one instant a withdrawal sorts after a grant, whichever came first in the input', () => {
    const t = 5;
    for (const consents of [
      [
        { channel: 'email', granted: false, at: AS_OF - t * DAY },
        { channel: 'email', granted: true, at: AS_OF - t * DAY },
      ],
      [
        { channel: 'email', granted: true, at: AS_OF - t * DAY },
        { channel: 'email', granted: false, at: AS_OF - t * DAY },
      ],
    ]) {
      expect(timeline([], { consents }).map((e) => e.granted)).toEqual([true, false]);
    }
    // A withdrawal interaction at the instant of a later-listed grant record: still grant first.
    const mixed = timeline([inbound('u', 'unsubscribe', t)], {
      consents: [{ channel: 'mail', granted: true, at: AS_OF - t * DAY }],
    });
    expect(mixed.map((e) => [e.interactionId, e.granted])).toEqual([
      [undefined, true],
      ['u', false],
    ]);
  });

  it('keeps what happened at asOf and leaves out what came after', () => {
    const events = timeline([inbound('now', 'opt-in', 0), inbound('later', 'opt-out', -1)], {
      consents: [
        { channel: 'email', granted: true, at: AS_OF },
        { channel: 'email', granted: false, at: AS_OF + 1 },
      ],
    });
    expect(events.map((e) => e.interactionId ?? 'record')).toEqual(['record', 'now']);
  });

  it('ignores outbound interactions and types that are neither opt-in nor a withdrawal', () => {
    const events = timeline([
      { id: 'o', type: 'opt-in', channel: 'mail', direction: 'outbound', at: AS_OF - DAY },
      { id: 'u', type: 'unsubscribe', channel: 'mail', direction: 'outbound', at: AS_OF - DAY },
      inbound('v', 'visit', 2),
      inbound('q', 'question', 3),
    ]);
    expect(events).toEqual([]);
  });

  it('reads custom withdrawal types from config.typeRoles', () => {
    const custom = resolveConfig({ typeRoles: { 'stop-request': 'withdrawal' } });
    const events = timeline([inbound('s', 'stop-request', 3)], {}, AS_OF, custom);
    expect(events.map((e) => [e.interactionId, e.granted, e.purpose])).toEqual([['s', false, 'marketing']]);
    expect(timeline([inbound('s', 'stop-request', 3)])).toEqual([]);
  });
});

describe('isContactAllowed and latestMatching', () => {
  it('an event decides from its own instant on', () => {
    const events = [event('mail', false, 100)];
    expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 99 })).toBe(true);
    expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 100 })).toBe(false);
    expect(latestMatching(events, mail, 'marketing', 99)).toBeUndefined();
    expect(latestMatching(events, mail, 'marketing', 100)).toBe(events[0]);
  });

  it('the latest matching event wins: by channel id, by kind or for every channel', () => {
    const events = [event('*', false, 10), event('email', true, 20), event('mail', false, 30), event('*', true, 40)];
    const at = (t: number) =>
      isContactAllowed(events, { channel: mail, purpose: 'marketing', at: t }, { policy: 'opt-in' });
    expect([at(5), at(10), at(20), at(30), at(40)]).toEqual([false, false, true, false, true]);
    expect(latestMatching(events, mail, 'marketing', 35)).toBe(events[2]);
    expect(latestMatching(events, mail, 'marketing', 25)).toBe(events[1]);
  });

  it('events for other channels and other purposes do not decide', () => {
    const events = [
      event('mail', true, 10),
      event('text', false, 20),
      event('sms', false, 25),
      event('mail', false, 30, 'service'),
    ];
    expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 40 }, { policy: 'opt-in' })).toBe(true);
    expect(latestMatching(events, mail, 'marketing', 40)).toBe(events[0]);
    expect(isContactAllowed(events, { channel: mail, purpose: 'service', at: 40 })).toBe(false);
    expect(isContactAllowed(events, { channel: mail, purpose: 'profiling', at: 40 })).toBe(true);
    expect(isContactAllowed(events, { channel: mail, purpose: 'profiling', at: 40 }, { policy: 'opt-in' })).toBe(false);
  });

  it('without a matching event the policy decides', () => {
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 1 })).toBe(true);
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 1 }, { policy: 'opt-out' })).toBe(true);
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 1 }, { policy: 'opt-in' })).toBe(false);
    expect(
      isContactAllowed([event('mail', true, 5)], { channel: mail, purpose: 'marketing', at: 1 }, { policy: 'opt-in' }),
    ).toBe(false);
  });
});

describe('activeGrants', () => {
  const channels = new Map([
    ['mail', { kind: 'email' as const }],
    ['text', { kind: 'sms' as const }],
  ]);

  it('a grant stays active until a withdrawal for its purpose covers it', () => {
    const grants = [event('mail', true, 10), event('text', true, 11), event('*', true, 12)];
    expect(activeGrants(grants, channels)).toEqual(grants);
    // Same channel id, its kind, or '*' withdraws; another purpose or another channel does not.
    expect(activeGrants([event('mail', true, 10), event('mail', false, 20)], channels)).toEqual([]);
    expect(activeGrants([event('mail', true, 10), event('email', false, 20)], channels)).toEqual([]);
    expect(activeGrants([event('mail', true, 10), event('*', false, 20)], channels)).toEqual([]);
    expect(activeGrants([event('mail', true, 10), event('*', false, 20, 'service')], channels)).toHaveLength(1);
    expect(activeGrants([event('mail', true, 10), event('text', false, 20)], channels)).toHaveLength(1);
    expect(activeGrants([event('mail', true, 10), event('sms', false, 20)], channels)).toHaveLength(1);
    expect(activeGrants([event('email', true, 10), event('email', false, 20)], channels)).toEqual([]);
  });

  it('a withdrawal before a grant does not withdraw it; a later grant after a withdrawal is active', () => {
    const events = [
      event('mail', false, 5),
      event('mail', true, 10),
      event('mail', false, 20),
      event('mail', true, 30),
    ];
    expect(activeGrants(events, channels)).toEqual([events[3]]);
    expect(activeGrants([event('mail', false, 5), event('mail', true, 10)], channels)).toEqual([
      event('mail', true, 10),
    ]);
  });

  it('withdrawals themselves are never active grants', () => {
    expect(activeGrants([event('mail', false, 5)], channels)).toEqual([]);
  });
});
