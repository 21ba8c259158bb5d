import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { scoreEfficiency } from './efficiency.js';
import { effort } from './effort.js';
import { resolution } from './resolution.js';
import { responseTime } from './response-time.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };
const configArb = fc.record({
  halfLife: fc.constantFrom({ seconds: 1 }, { days: 90 }, { years: 10 }),
  window: fc.constantFrom({ days: 30 }, { days: 365 }, { years: 5 }),
});
const DIALOGUE = ['request', 'question', 'complaint', 'message', 'mention'];

describe('scoreEfficiency properties', () => {
  it('scores in [0, 100] or null, never NaN, for any half-life and window', () => {
    fc.assert(
      fc.property(historyInputArb(), configArb, (input, config) => {
        const result = scoreEfficiency(createHistory(input), { asOf: AS_OF, config });
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
    const ageArb = fc.integer({ min: 0, max: 300 * DAY });
    const shareArb = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(historyInputArb(), ageArb, fc.nat(), shareArb, (input, age, pick, share) => {
        // answer either a message of the generated history or one added `age` before asOf
        const channel = input.channels[0]?.id as string;
        const added: InteractionInput = {
          id: 'message',
          customerId: input.customer.id,
          channel,
          at: AS_OF - age,
          direction: 'inbound',
          type: 'question',
        };
        const base = { ...input, interactions: [...input.interactions, added] };
        const messages = base.interactions.filter((i) => i.direction === 'inbound' && DIALOGUE.includes(i.type));
        const message = messages[pick % messages.length] as InteractionInput;
        const history = createHistory(base);
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
          createHistory({ ...base, interactions: [...base.interactions, reply] }),
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
