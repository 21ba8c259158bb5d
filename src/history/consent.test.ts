import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import type { InteractionInput } from '../model/interaction.js';
import { activeGrants, type ConsentEvent, consentTimeline, isContactAllowed, latestMatching } from './consent.js';

const T = 1_772_323_200_000; // 2026-03-01T00:00:00Z
const DAY = 86_400_000;
const config = resolveConfig();

const channels = [
  { id: 'mail', kind: 'email' },
  { id: 'news', kind: 'email' },
  { id: 'text', kind: 'sms' },
] as const;
const mail = { id: 'mail', kind: 'email' } as const;
const news = { id: 'news', kind: 'email' } as const;
const text = { id: 'text', kind: 'sms' } as const;

function act(id: string, at: number, type: string, extra: Partial<InteractionInput> = {}): InteractionInput {
  return { id, customerId: 'c1', channel: 'mail', at, direction: 'inbound', type, ...extra };
}
function timeline(
  customer: Partial<CustomerInput>,
  interactions: InteractionInput[],
  asOf = T + 365 * DAY,
  cfg = config,
) {
  const history = createHistory({ customer: { id: 'c1', ...customer }, channels: [...channels], interactions });
  return consentTimeline(history, { asOf, config: cfg });
}
const ev = (
  channel: string,
  granted: boolean,
  at: number,
  purpose: ConsentEvent['purpose'] = 'marketing',
): ConsentEvent => ({
  channel,
  purpose,
  granted,
  at,
  interactionId: undefined,
});

describe('consentTimeline', () => {
  it('merges consent records with opt-in, opt-out and unsubscribe interactions, by time', () => {
    const events = timeline(
      {
        consents: [
          { channel: 'sms', granted: true, at: T + 3 * DAY },
          { channel: '*', purpose: 'profiling', granted: false, at: T },
        ],
      },
      [
        act('in', T + DAY, 'opt-in', { channel: 'news' }),
        act('out', T + 2 * DAY, 'opt-out', { channel: 'text' }),
        act('un', T + 4 * DAY, 'unsubscribe', { purpose: 'service' }),
        act('q', T + 5 * DAY, 'question'), // not a consent event
      ],
    );
    expect(events).toEqual([
      { channel: '*', purpose: 'profiling', granted: false, at: T, interactionId: undefined },
      { channel: 'news', purpose: 'marketing', granted: true, at: T + DAY, interactionId: 'in' },
      { channel: 'text', purpose: 'marketing', granted: false, at: T + 2 * DAY, interactionId: 'out' },
      { channel: 'sms', purpose: 'marketing', granted: true, at: T + 3 * DAY, interactionId: undefined },
      { channel: 'mail', purpose: 'service', granted: false, at: T + 4 * DAY, interactionId: 'un' },
    ]);
  });

  it('leaves out everything after asOf', () => {
    const events = timeline(
      { consents: [{ channel: '*', granted: true, at: T + 2 * DAY }] },
      [act('out', T + 2 * DAY, 'opt-out'), act('in', T, 'opt-in')],
      T + DAY,
    );
    expect(events.map((e) => e.interactionId ?? 'record')).toEqual(['in']);
  });

  it('only reads inbound interactions', () => {
    expect(timeline({}, [act('x', T, 'opt-out', { direction: 'outbound' })])).toEqual([]);
  });

  it('follows typeRoles for withdrawals, but opt-in only by name', () => {
    const custom = resolveConfig({ typeRoles: { 'stop-texts': 'withdrawal', unsubscribe: 'attention' } });
    const events = timeline({}, [act('s', T, 'stop-texts'), act('u', T + 1, 'unsubscribe')], T + DAY, custom);
    expect(events.map((e) => [e.interactionId, e.granted])).toEqual([['s', false]]);
  });

  it('sorts a withdrawal after a grant at the same instant, whatever the input order', () => {
    const a = timeline({ consents: [{ channel: 'mail', granted: false, at: T }] }, [act('in', T, 'opt-in')]);
    const b = timeline({ consents: [{ channel: 'mail', granted: true, at: T }] }, [act('out', T, 'opt-out')]);
    expect(a.map((e) => e.granted)).toEqual([true, false]);
    expect(b.map((e) => e.granted)).toEqual([true, false]);
    expect(isContactAllowed(a, { channel: mail, purpose: 'marketing', at: T })).toBe(false);
    expect(isContactAllowed(b, { channel: mail, purpose: 'marketing', at: T }, { policy: 'opt-in' })).toBe(false);
  });

  it('is empty without consents or consent interactions', () => {
    expect(timeline({}, [])).toEqual([]);
  });
});

describe('isContactAllowed and latestMatching', () => {
  it('matches by channel id, by kind and by *', () => {
    const byId = [ev('mail', false, 10)];
    const byKind = [ev('email', false, 10)];
    const byAll = [ev('*', false, 10)];
    for (const events of [byId, byKind, byAll]) {
      expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 20 })).toBe(false);
    }
    expect(isContactAllowed(byId, { channel: news, purpose: 'marketing', at: 20 })).toBe(true); // another email channel
    expect(isContactAllowed(byKind, { channel: news, purpose: 'marketing', at: 20 })).toBe(false);
    expect(isContactAllowed(byKind, { channel: text, purpose: 'marketing', at: 20 })).toBe(true);
    expect(isContactAllowed(byAll, { channel: text, purpose: 'marketing', at: 20 })).toBe(false);
  });

  it('keeps purposes apart', () => {
    const events = [ev('*', false, 10, 'marketing')];
    expect(isContactAllowed(events, { channel: mail, purpose: 'service', at: 20 })).toBe(true);
    expect(isContactAllowed(events, { channel: mail, purpose: 'service', at: 20 }, { policy: 'opt-in' })).toBe(false);
  });

  it('applies an event from its own instant on', () => {
    const events = [ev('mail', false, 10)];
    expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 9 })).toBe(true);
    expect(isContactAllowed(events, { channel: mail, purpose: 'marketing', at: 10 })).toBe(false);
  });

  it('lets the latest matching event decide', () => {
    // Granted everywhere at 10, withdrawn for mail at 20, granted again for email at 30.
    const events = [ev('*', true, 10), ev('mail', false, 20), ev('email', true, 30)];
    const at = (t: number, channel: typeof mail | typeof news | typeof text = mail) =>
      isContactAllowed(events, { channel, purpose: 'marketing', at: t }, { policy: 'opt-in' });
    expect([at(5), at(15), at(25), at(35)]).toEqual([false, true, false, true]);
    expect(at(25, news)).toBe(true);
    expect(at(25, text)).toBe(true);
    expect(latestMatching(events, mail, 'marketing', 25)).toBe(events[1]);
    expect(latestMatching(events, text, 'marketing', 35)).toBe(events[0]);
    expect(latestMatching(events, mail, 'service', 35)).toBeUndefined();
  });

  it('falls back to the policy without a matching event', () => {
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 0 })).toBe(true);
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 0 }, { policy: 'opt-out' })).toBe(true);
    expect(isContactAllowed([], { channel: mail, purpose: 'marketing', at: 0 }, { policy: 'opt-in' })).toBe(false);
  });

  it('honours a grant and a withdrawal under both policies', () => {
    for (const policy of ['opt-in', 'opt-out'] as const) {
      expect(isContactAllowed([ev('mail', true, 1)], { channel: mail, purpose: 'marketing', at: 2 }, { policy })).toBe(
        true,
      );
      expect(isContactAllowed([ev('mail', false, 1)], { channel: mail, purpose: 'marketing', at: 2 }, { policy })).toBe(
        false,
      );
    }
  });
});

describe('activeGrants', () => {
  const kinds = new Map(channels.map((c) => [c.id, { kind: c.kind }]));

  it('drops every grant of the purpose after a * withdrawal', () => {
    const events = [
      ev('mail', true, 10),
      ev('sms', true, 11),
      ev('*', true, 12),
      ev('mail', true, 13, 'service'),
      ev('*', false, 20),
      ev('text', true, 30), // after the withdrawal: active
    ];
    expect(activeGrants(events, kinds).map((e) => [e.channel, e.purpose])).toEqual([
      ['mail', 'service'],
      ['text', 'marketing'],
    ]);
  });

  it('drops a grant for a channel id when its kind is withdrawn', () => {
    const events = [ev('mail', true, 10), ev('text', true, 10), ev('email', false, 20)];
    expect(activeGrants(events, kinds).map((e) => e.channel)).toEqual(['text']);
  });

  it('keeps a wider grant when only a narrower spec is withdrawn', () => {
    // Withdrawing one email channel does not withdraw consent for the kind or for every channel.
    const events = [ev('email', true, 10), ev('*', true, 10), ev('mail', false, 20)];
    expect(activeGrants(events, kinds).map((e) => e.channel)).toEqual(['email', '*']);
  });

  it('treats a withdrawal at the same instant as a grant as winning', () => {
    const events = timeline({ consents: [{ channel: 'mail', granted: true, at: T }] }, [act('out', T, 'opt-out')]);
    expect(activeGrants(events, kinds)).toEqual([]);
  });

  it('is empty for an empty timeline', () => {
    expect(activeGrants([], kinds)).toEqual([]);
  });
});
