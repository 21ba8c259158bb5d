import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { acknowledgedContributions } from './acknowledged-contributions.js';
import { personalResponse } from './personal-response.js';
import { personalTouch } from './personal-touch.js';
import { scoreValue } from './value.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };

describe('scoreValue properties', () => {
  it('scores in [0, 100] or null, never NaN; components in [0, 1] or null', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const result = scoreValue(createHistory(input), options);
        if (result.score === null) {
          expect(result.status).toBe('insufficient-data');
          expect(result.components.every((c) => c.value === null)).toBe(true);
        } else {
          expect(result.status).toBe('scored');
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
        for (const c of result.components) {
          if (c.value === null) expect(c.evidence).toBe(0);
          else expect(c.value >= 0 && c.value <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the rule is made of the component functions', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const result = scoreValue(history, options);
        const parts = [personalResponse, personalTouch, acknowledgedContributions].map((f) => f(history, options));
        expect(result.components.map((c) => [c.value, c.evidence, c.facts])).toEqual(
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
        const india = withTimeZone('Asia/Kolkata', () => scoreValue(createHistory(input), options));
        expect(input).toEqual(before);
        const shuffledInput = { ...input, interactions: shuffled(input.interactions, seed) };
        const california = withTimeZone('America/Los_Angeles', () => scoreValue(createHistory(shuffledInput), options));
        expect(california).toEqual(india);
      }),
      RUNS,
    );
  });

  it('a personal reply to a message never lowers personalResponse', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), fc.integer({ min: 0, max: 30 * DAY }), (input, pick, delay) => {
        const messages = input.interactions.filter(
          (i) =>
            i.direction === 'inbound' && ['request', 'question', 'complaint', 'message', 'mention'].includes(i.type),
        );
        fc.pre(messages.length > 0);
        const message = messages[pick % messages.length] as InteractionInput;
        const at = Math.min(AS_OF, (message.at as number) + delay);
        const answered = {
          ...input,
          interactions: [
            ...input.interactions,
            {
              id: 'added',
              customerId: message.customerId,
              channel: message.channel,
              at,
              direction: 'outbound',
              type: 'reply',
              inReplyTo: message.id,
            },
          ] as InteractionInput[],
        };
        const before = personalResponse(createHistory(input), options).value;
        const after = personalResponse(createHistory(answered), options).value;
        if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        if (before !== null) expect(after).not.toBeNull();
      }),
      RUNS,
    );
  });
});
