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
const DIALOGUE = ['request', 'question', 'complaint', 'message', 'mention'];
const options = { asOf: AS_OF };
const configArb = fc.record({
  halfLife: fc.constantFrom({ seconds: 1 }, { days: 90 }, { years: 10 }),
  window: fc.constantFrom({ days: 30 }, { days: 365 }, { years: 5 }),
});

describe('scoreValue properties', () => {
  it('scores in [0, 100] or null, never NaN, for any half-life and window', () => {
    fc.assert(
      fc.property(historyInputArb(), configArb, (input, config) => {
        const result = scoreValue(createHistory(input), { asOf: AS_OF, config });
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
    const ageArb = fc.integer({ min: 0, max: 300 * DAY });
    fc.assert(
      fc.property(
        historyInputArb(),
        ageArb,
        fc.nat(),
        fc.integer({ min: 0, max: 30 * DAY }),
        (input, age, pick, delay) => {
          // answer either a message of the generated history or one added `age` before asOf
          const added: InteractionInput = {
            id: 'message',
            customerId: input.customer.id,
            channel: input.channels[0]?.id as string,
            at: AS_OF - age,
            direction: 'inbound',
            type: 'request',
          };
          const base = { ...input, interactions: [...input.interactions, added] };
          const messages = base.interactions.filter((i) => i.direction === 'inbound' && DIALOGUE.includes(i.type));
          const message = messages[pick % messages.length] as InteractionInput;
          const reply: InteractionInput = {
            id: 'added-reply',
            customerId: message.customerId,
            channel: message.channel,
            at: Math.min(AS_OF, (message.at as number) + delay),
            direction: 'outbound',
            type: 'reply',
            inReplyTo: message.id,
          };
          const before = personalResponse(createHistory(base), options).value;
          const after = personalResponse(
            createHistory({ ...base, interactions: [...base.interactions, reply] }),
            options,
          ).value;
          if (before !== null) {
            expect(after).not.toBeNull();
            expect(after as number).toBeGreaterThanOrEqual(before - 1e-12);
          }
        },
      ),
      RUNS,
    );
  });
});
