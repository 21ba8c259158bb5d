import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled } from '../../test/support/arbitraries.js';
import { resolveConfig } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import { activeGrants, type ConsentEvent, consentTimeline, isContactAllowed, latestMatching } from './consent.js';

const config = resolveConfig();
const asOfArb = fc.integer({ min: AS_OF - 400 * DAY, max: AS_OF + 10 * DAY });
const purposeArb = fc.constantFrom('marketing', 'service', 'profiling' as const);

const eventArb: fc.Arbitrary<ConsentEvent> = fc.record({
  channel: fc.constantFrom('*', 'mail', 'text', 'email', 'sms'),
  purpose: purposeArb,
  granted: fc.boolean(),
  at: fc.integer({ min: 0, max: 20 }),
  interactionId: fc.constant(undefined),
});
/** A timeline as consentTimeline returns it: by time, withdrawals after grants at the same instant. */
const timelineArb = fc
  .array(eventArb, { maxLength: 12 })
  .map((events) => events.sort((a, b) => a.at - b.at || Number(b.granted) - Number(a.granted)));
const channelArb = fc.constantFrom({ id: 'mail', kind: 'email' } as const, { id: 'text', kind: 'sms' } as const);

describe('consentTimeline (properties)', () => {
  it('is sorted, cut at asOf, and puts withdrawals after grants at the same instant', () => {
    fc.assert(
      fc.property(historyInputArb(), asOfArb, (input, asOf) => {
        const timeline = consentTimeline(createHistory(input), { asOf, config });
        for (let i = 0; i < timeline.length; i++) {
          const event = timeline[i] as ConsentEvent;
          expect(event.at).toBeLessThanOrEqual(asOf);
          const next = timeline[i + 1];
          if (next === undefined) continue;
          expect(event.at).toBeLessThanOrEqual(next.at);
          if (event.at === next.at) expect(!event.granted && next.granted).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the interactions', () => {
    fc.assert(
      fc.property(historyInputArb(), asOfArb, fc.nat(), (input, asOf, seed) => {
        const a = consentTimeline(createHistory(input), { asOf, config });
        const b = consentTimeline(createHistory({ ...input, interactions: shuffled(input.interactions, seed) }), {
          asOf,
          config,
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('isContactAllowed (properties)', () => {
  it('opt-in never allows what opt-out refuses', () => {
    fc.assert(
      fc.property(
        timelineArb,
        channelArb,
        purposeArb,
        fc.integer({ min: -1, max: 21 }),
        (timeline, channel, purpose, at) => {
          const query = { channel, purpose, at };
          if (isContactAllowed(timeline, query, { policy: 'opt-in' }))
            expect(isContactAllowed(timeline, query, { policy: 'opt-out' })).toBe(true);
        },
      ),
    );
  });

  it('is decided by the latest matching event when there is one', () => {
    fc.assert(
      fc.property(
        timelineArb,
        channelArb,
        purposeArb,
        fc.integer({ min: -1, max: 21 }),
        (timeline, channel, purpose, at) => {
          const event = latestMatching(timeline, channel, purpose, at);
          if (event === undefined) return;
          expect(event.at).toBeLessThanOrEqual(at);
          expect([channel.id, channel.kind, '*']).toContain(event.channel);
          for (const policy of ['opt-in', 'opt-out'] as const) {
            expect(isContactAllowed(timeline, { channel, purpose, at }, { policy })).toBe(event.granted);
          }
        },
      ),
    );
  });
});

describe('activeGrants (properties)', () => {
  const kinds = new Map([
    ['mail', { kind: 'email' as const }],
    ['text', { kind: 'sms' as const }],
  ]);

  it('returns grants of the timeline, in order, none followed by a * withdrawal of its purpose', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        const active = activeGrants(timeline, kinds);
        let last = -1;
        for (const grant of active) {
          const index = timeline.indexOf(grant);
          expect(index).toBeGreaterThan(last);
          last = index;
          expect(grant.granted).toBe(true);
          const later = timeline.slice(index + 1);
          expect(later.some((e) => !e.granted && e.purpose === grant.purpose && e.channel === '*')).toBe(false);
        }
      }),
    );
  });

  it('keeps every grant when nothing is withdrawn', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        const grants = timeline.filter((e) => e.granted);
        expect(activeGrants(grants, kinds)).toEqual(grants);
      }),
    );
  });
});
