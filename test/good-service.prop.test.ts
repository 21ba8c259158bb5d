/**
 * The promises of "rules that never punish good service", as properties over generated histories.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistory, type InteractionInput, scoreEfficiency, scoreTrust, scoreValue } from '../src/index.js';
import { AS_OF, dialogueHistoryArb, historyInputArb } from './support/arbitraries.js';

const RUNS = { numRuns: 200 };
const options = { asOf: AS_OF };
const score = (input: Parameters<typeof createHistory>[0]) => scoreEfficiency(createHistory(input), options).score;

describe('rules that never punish good service (properties)', () => {
  it('an earlier reply never lowers efficiency', () => {
    fc.assert(
      fc.property(dialogueHistoryArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, pick, share) => {
        const byId = new Map(input.interactions.map((i) => [i.id, i]));
        const replies = input.interactions.filter((i) => i.direction === 'outbound' && i.inReplyTo !== undefined);
        fc.pre(replies.length > 0);
        const reply = replies[pick % replies.length] as InteractionInput;
        const parent = byId.get(reply.inReplyTo as string) as InteractionInput;
        // Move the reply earlier, but not before what it answers.
        const from = parent.at as number;
        const to = reply.at as number;
        fc.pre(to > from && to <= AS_OF); // a reply already given by asOf, given earlier
        const earlier = { ...reply, at: Math.floor(from + share * (to - from)) };
        const before = score(input);
        const after = score({ ...input, interactions: input.interactions.map((i) => (i === reply ? earlier : i)) });
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      RUNS,
    );
  });

  it('an acknowledgement anywhere changes neither efficiency nor the personal response', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, pick) => {
        fc.pre(input.interactions.length > 0);
        const target = input.interactions[pick % input.interactions.length] as InteractionInput;
        const ack: InteractionInput = {
          id: 'ack-added',
          customerId: target.customerId,
          channel: target.channel,
          at: Math.min(AS_OF, (target.at as number) + 5000),
          direction: 'outbound',
          type: 'acknowledgement',
          inReplyTo: target.id,
        };
        const plain = createHistory(input);
        const acked = createHistory({ ...input, interactions: [...input.interactions, ack] });
        const efficiency = (h: typeof plain) => scoreEfficiency(h, options).components.map((c) => c.value);
        expect(efficiency(acked)).toEqual(efficiency(plain));
        const personal = (h: typeof plain) => scoreValue(h, options).components[0]?.value;
        expect(personal(acked)).toEqual(personal(plain));
      }),
      RUNS,
    );
  });

  it("a customer's closing thanks after a resolution never lowers efficiency", () => {
    fc.assert(
      fc.property(dialogueHistoryArb, fc.nat(), (input, pick) => {
        const resolving = input.interactions.filter(
          (i) =>
            i.direction === 'outbound' &&
            (i.outcome === 'resolved' || (i.type === 'resolve' && i.outcome === undefined)),
        );
        fc.pre(resolving.length > 0);
        const fix = resolving[pick % resolving.length] as InteractionInput;
        fc.pre((fix.at as number) < AS_OF);
        const thanks: InteractionInput = {
          id: 'thanks-added',
          customerId: fix.customerId,
          channel: fix.channel,
          at: Math.min(AS_OF, (fix.at as number) + 60_000),
          direction: 'inbound',
          type: 'message',
          inReplyTo: fix.id,
        };
        const before = score(input);
        const after = score({ ...input, interactions: [...input.interactions, thanks] });
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      RUNS,
    );
  });

  it('each complaint is its own case: trust judges as many complaints as efficiency opens complaint cases', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const trust = scoreTrust(history, options).components.find((c) => c.name === 'complaintResolution');
        const judged = trust?.facts?.['judged'] ?? 0;
        const pending = trust?.facts?.['pending'] ?? 0;
        const complaints = history.interactions.filter(
          (i) =>
            i.direction === 'inbound' && i.type === 'complaint' && i.at <= AS_OF && i.at >= AS_OF - 365 * 86_400_000,
        ).length;
        expect(judged + pending).toBe(complaints);
      }),
      RUNS,
    );
  });
});
