import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb } from '../../../test/support/arbitraries.js';
import { consentTimeline, createHistory, type InteractionInput, resolveConfig } from '../../index.js';
import { consentRespected } from './consent-respected.js';

describe('consentRespected properties', () => {
  it('marketing after an opt-out never raises it and always adds exactly one flag', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.nat(),
        fc.integer({ min: 0, max: 300 * DAY }),
        fc.integer({ min: 1, max: 30 * DAY }),
        fc.constantFrom('opt-out' as const, 'opt-in' as const),
        fc.constantFrom('opt-out', 'unsubscribe'),
        (input, channelIndex, age, gap, consentPolicy, withdrawal) => {
          const channel = input.channels[channelIndex % input.channels.length] as { id: string; kind: string };
          const customerId = input.customer.id;
          const sentAt = AS_OF - age;
          const optedOutAt = sentAt - gap;
          const optOut: InteractionInput = {
            id: 'zz-opt-out',
            customerId,
            channel: channel.id,
            at: optedOutAt,
            direction: 'inbound',
            type: withdrawal,
          };
          const withOptOut = { ...input, interactions: [...input.interactions, optOut] };
          const history = createHistory(withOptOut);
          // Only "after an opt-out" if nothing re-granted marketing on that channel in between.
          const timeline = consentTimeline(history, { asOf: AS_OF, config: resolveConfig() });
          fc.pre(
            !timeline.some(
              (e) =>
                e.granted &&
                e.purpose === 'marketing' &&
                e.at > optedOutAt &&
                e.at <= sentAt &&
                (e.channel === channel.id || e.channel === channel.kind || e.channel === '*'),
            ),
          );
          const options = { asOf: AS_OF, config: { control: { consentPolicy } } };
          const before = consentRespected(history, options);
          const offer: InteractionInput = {
            id: 'zz-offer',
            customerId,
            channel: channel.id,
            at: sentAt,
            direction: 'outbound',
            type: 'offer',
          };
          const after = consentRespected(
            createHistory({ ...withOptOut, interactions: [...withOptOut.interactions, offer] }),
            options,
          );
          expect(after.flags.length).toBe(before.flags.length + 1);
          expect(after.flags.filter((f) => f.interactionId === 'zz-offer')).toEqual([
            {
              code: 'consent-violation',
              interactionId: 'zz-offer',
              channel: channel.id,
              purpose: 'marketing',
              at: sentAt,
            },
          ]);
          expect(after.value).not.toBeNull();
          if (before.value !== null) expect(after.value as number).toBeLessThanOrEqual(before.value + 1e-12);
          expect(after.facts?.['violations']).toBe((before.facts?.['violations'] as number) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
