import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeGrants, type ConsentEvent, ConsentSweep, isContactAllowed, Withdrawals } from './consent.js';

const ev = (
  channel: string,
  granted: boolean,
  at: number,
  purpose: 'marketing' | 'service' = 'marketing',
): ConsentEvent => ({
  channel,
  purpose,
  granted,
  at,
  interactionId: undefined,
});
const mail = { id: 'mail', kind: 'email' } as const;
const text = { id: 'txt', kind: 'sms' } as const;

describe('ConsentSweep', () => {
  it('answers queries in time order as isContactAllowed does', () => {
    // mail granted at 10, all withdrawn at 20, email re-granted at 30
    const timeline = [ev('mail', true, 10), ev('*', false, 20), ev('email', true, 30)];
    const sweep = new ConsentSweep(timeline);
    expect(sweep.allowed({ channel: mail, purpose: 'marketing', at: 5 }, 'opt-in')).toBe(false); // nothing yet
    expect(sweep.allowed({ channel: mail, purpose: 'marketing', at: 15 }, 'opt-in')).toBe(true);
    expect(sweep.allowed({ channel: text, purpose: 'marketing', at: 25 }, 'opt-out')).toBe(false);
    expect(sweep.allowed({ channel: mail, purpose: 'marketing', at: 35 }, 'opt-in')).toBe(true);
    expect(sweep.allowed({ channel: text, purpose: 'marketing', at: 35 }, 'opt-out')).toBe(false);
    expect(sweep.allowed({ channel: mail, purpose: 'service', at: 35 }, 'opt-out')).toBe(true);
  });

  it('agrees with isContactAllowed on random timelines and queries', () => {
    const spec = fc.constantFrom('mail', 'txt', 'email', 'sms', '*');
    const event = fc.record({ channel: spec, granted: fc.boolean(), at: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(
        fc.array(event),
        fc.array(fc.integer({ min: 0, max: 60 })),
        fc.constantFrom('opt-in', 'opt-out'),
        (raw, times, policy) => {
          const timeline = raw.map((e) => ev(e.channel, e.granted, e.at)).sort((a, b) => a.at - b.at);
          const sweep = new ConsentSweep(timeline);
          for (const at of [...times].sort((a, b) => a - b)) {
            for (const channel of [mail, text]) {
              const query = { channel, purpose: 'marketing', at } as const;
              expect(sweep.allowed(query, policy)).toBe(isContactAllowed(timeline, query, { policy }));
            }
          }
        },
      ),
    );
  });
});

describe('Withdrawals', () => {
  const channels = new Map([
    ['mail', { kind: 'email' as const }],
    ['txt', { kind: 'sms' as const }],
  ]);

  it('covers a grant withdrawn later by channel, by kind or for every channel, within the first `end` events', () => {
    const timeline = [ev('mail', true, 1), ev('txt', true, 2), ev('email', false, 3), ev('*', false, 4, 'service')];
    const all = new Withdrawals(timeline, timeline.length, channels);
    expect(all.covers(0)).toBe(true); // 'email' is mail's kind
    expect(all.covers(1)).toBe(false); // a service withdrawal does not cover marketing
    expect(new Withdrawals(timeline, 2, channels).covers(0)).toBe(false); // the withdrawal is not among the first two
  });

  it('agrees with activeGrants computed event by event', () => {
    const spec = fc.constantFrom('mail', 'txt', 'email', 'sms', '*');
    const event = fc.record({ channel: spec, granted: fc.boolean(), at: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(event), (raw) => {
        const timeline = raw.map((e) => ev(e.channel, e.granted, e.at)).sort((a, b) => a.at - b.at);
        const expected = timeline.filter(
          (grant, i) =>
            grant.granted &&
            !timeline.some(
              (later, j) =>
                j > i &&
                !later.granted &&
                later.purpose === grant.purpose &&
                (later.channel === '*' ||
                  later.channel === grant.channel ||
                  channels.get(grant.channel)?.kind === later.channel),
            ),
        );
        expect(activeGrants(timeline, channels)).toEqual(expected);
      }),
    );
  });
});
