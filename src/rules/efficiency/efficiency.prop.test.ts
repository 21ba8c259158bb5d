import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { scoreEfficiency } from './efficiency.js';
import { effort } from './effort.js';
import { resolution } from './resolution.js';
import { responseTime } from './response-time.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };
const DIALOGUE = ['request', 'question', 'complaint', 'message', 'mention'];

describe('scoreEfficiency properties', () => {
  it('scores in [0, 100] or null, never NaN; components in [0, 1] or null', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const result = scoreEfficiency(createHistory(input), options);
        if (result.score === null) {
          expect(result.status).toBe('insufficient-data');
        } else {
          expect(result.score >= 0 && result.score <= 100).toBe(true);
        }
        for (const c of result.components) {
          if (c.value !== null) expect(c.value >= 0 && c.value <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the rule is made of the component functions', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const parts = [responseTime, resolution, effort].map((f) => f(history, options));
        expect(scoreEfficiency(history, options).components.map((c) => [c.value, c.evidence, c.facts])).toEqual(
          parts.map((p) => [p.value, p.evidence, p.facts]),
        );
      }),
      RUNS,
    );
  });

  it('does not depend on input order, the time zone, or mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const before = structuredClone(input);
        const india = withTimeZone('Asia/Kolkata', () => scoreEfficiency(createHistory(input), options));
        expect(input).toEqual(before);
        const reordered = { ...input, interactions: shuffled(input.interactions, seed) };
        const california = withTimeZone('America/Los_Angeles', () =>
          scoreEfficiency(createHistory(reordered), options),
        );
        expect(california).toEqual(india);
      }),
      RUNS,
    );
  });

  it('an in-time reply never lowers responseTime', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, pick, share) => {
        const messages = input.interactions.filter((i) => i.direction === 'inbound' && DIALOGUE.includes(i.type));
        fc.pre(messages.length > 0);
        const message = messages[pick % messages.length] as InteractionInput;
        const history = createHistory(input);
        const targetMs = history.channels.get(message.channel)?.responseTargetMs as number;
        // a reply within the channel's target, no later than asOf
        const at = Math.min(AS_OF, (message.at as number) + Math.floor(share * targetMs));
        fc.pre(at >= (message.at as number));
        const reply: InteractionInput = {
          id: 'added-reply',
          customerId: message.customerId,
          channel: message.channel,
          at,
          direction: 'outbound',
          type: 'reply',
          inReplyTo: message.id,
        };
        const before = responseTime(history, options).value;
        const after = responseTime(
          createHistory({ ...input, interactions: [...input.interactions, reply] }),
          options,
        ).value;
        if (before !== null) {
          expect(after).not.toBeNull();
          expect(after as number).toBeGreaterThanOrEqual(before - 1e-12);
        }
      }),
      RUNS,
    );
  });
});
