import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, HOUR, historyInputArb } from '../../../test/support/arbitraries.js';
import { dialogueMessages } from '../../history/threads.js';
import { createHistory, resolveConfig } from '../../index.js';
import { answeredChannels } from './answered-channels.js';

describe('answeredChannels properties', () => {
  it('is in [0, 1] or null, and never lower after answering an unanswered message', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 60 }), fc.nat(), fc.nat(), (input, pick, delay) => {
        const history = createHistory(input);
        const before = answeredChannels(history, { asOf: AS_OF });
        if (before.value !== null) {
          expect(before.value).toBeGreaterThanOrEqual(0);
          expect(before.value).toBeLessThanOrEqual(1);
        }
        const unanswered = dialogueMessages(history, { asOf: AS_OF, config: resolveConfig() }).filter(
          (m) => m.status === 'unanswered',
        );
        const target = unanswered[pick % Math.max(1, unanswered.length)];
        if (target === undefined) return;
        const at = Math.min(AS_OF, target.message.at + (delay % (48 * HOUR)));
        const answered = createHistory({
          ...input,
          interactions: [
            ...input.interactions,
            {
              id: 'zz-reply',
              customerId: input.customer.id,
              channel: target.message.channel,
              at,
              direction: 'outbound',
              type: 'reply',
              inReplyTo: target.message.id,
            },
          ],
        });
        const after = answeredChannels(answered, { asOf: AS_OF });
        expect(after.value).not.toBeNull();
        expect(after.value as number).toBeGreaterThanOrEqual((before.value as number) - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
