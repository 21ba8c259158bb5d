import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeGrants,
  type ConsentEvent,
  ConsentStanding,
  ConsentSweep,
  isContactAllowed,
  latestMatching,
} from './consent.js';

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

describe('ConsentStanding', () => {
  const channels = new Map([
    ['mail', { kind: 'email' as const }],
    ['txt', { kind: 'sms' as const }],
  ]);

  it('a grant stands until a withdrawal since covers every known channel it covers, within the first `end` events', () => {
    const timeline = [ev('mail', true, 1), ev('txt', true, 2), ev('email', false, 3), ev('*', false, 4, 'service')];
    const all = new ConsentStanding(timeline, timeline.length, channels);
    expect(all.stands('mail', 'marketing', 1)).toBe(false); // 'email' is mail's kind
    expect(all.stands('txt', 'marketing', 2)).toBe(true); // a service withdrawal does not cover marketing
    expect(new ConsentStanding(timeline, 2, channels).stands('mail', 'marketing', 1)).toBe(true);
    // a kind grant withdrawn on its only known channel; '*' still stands through txt
    const kind = [ev('email', true, 1), ev('*', true, 1), ev('mail', false, 2)];
    const standing = new ConsentStanding(kind, kind.length, channels);
    expect(standing.stands('email', 'marketing', 1)).toBe(false);
    expect(standing.stands('*', 'marketing', 1)).toBe(true);
    // a withdrawal at the same instant wins
    expect(new ConsentStanding([ev('mail', false, 5)], 1, channels).stands('mail', 'marketing', 5)).toBe(false);
  });

  it('agrees with activeGrants read channel by channel through latestMatching', () => {
    const spec = fc.constantFrom('mail', 'txt', 'email', 'sms', '*');
    const event = fc.record({ channel: spec, granted: fc.boolean(), at: fc.integer({ min: 0, max: 50 }) });
    const known = [mail, text];
    fc.assert(
      fc.property(fc.array(event), (raw) => {
        const timeline = raw
          .map((e) => ev(e.channel, e.granted, e.at))
          .sort((a, b) => a.at - b.at || Number(b.granted) - Number(a.granted));
        // A grant stands when, on some known channel it covers, nothing withdrawn since matches.
        const covers = (s: string, c: { id: string; kind: string }) => s === '*' || s === c.id || s === c.kind;
        const expected = timeline.filter(
          (grant, i) =>
            grant.granted &&
            known.some(
              (c) =>
                covers(grant.channel, c) &&
                !timeline.some(
                  (later, j) => j > i && !later.granted && later.purpose === grant.purpose && covers(later.channel, c),
                ),
            ),
        );
        expect(
          activeGrants(
            timeline,
            new Map([
              ['mail', { kind: 'email' as const }],
              ['txt', { kind: 'sms' as const }],
            ]),
          ),
        ).toEqual(expected);
        for (const grant of expected) {
          expect(
            known.some((c) => covers(grant.channel, c) && latestMatching(timeline, c, grant.purpose, 99)?.granted),
          ).toBe(true);
        }
      }),
    );
  });
});
