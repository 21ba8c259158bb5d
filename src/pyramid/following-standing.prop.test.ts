import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb } from '../../test/support/arbitraries.js';
import { createHistory } from '../model/create-history.js';
import type { InteractionInput } from '../model/interaction.js';
import { consentRespected } from '../rules/control/consent-respected.js';
import { classifyLevel } from './classify-level.js';
import { levelMovement } from './level-movement.js';

const RUNS = { numRuns: 200 };

/** The history with a marketing opt-out for every channel (`appliesTo: '*'`) at `at`. */
function withdrawnAt(input: ReturnType<typeof historyInputArb> extends fc.Arbitrary<infer T> ? T : never, at: number) {
  const channel = input.channels[0]?.id as string;
  const out: InteractionInput = {
    id: 'withdraw-all',
    customerId: input.customer.id,
    channel,
    at,
    direction: 'inbound',
    type: 'opt-out',
    appliesTo: '*',
  };
  return { ...input, interactions: [...input.interactions, out] };
}

describe('following needs permission standing (properties)', () => {
  it('after a marketing opt-out for every channel at asOf, nobody is following by marketing permission', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(withdrawnAt(input, AS_OF));
        const level = classifyLevel(history, { asOf: AS_OF });
        if (level.level === 'following') {
          // only permission given for the service purpose can still stand
          const byId = new Map(history.interactions.map((i) => [i.id, i]));
          expect(level.reason).toBe('evidence');
          for (const id of level.evidence) expect(byId.get(id)?.purpose).toBe('service');
        }
      }),
      RUNS,
    );
  });

  it('following by consent and consentRespected agree: a grant standing at asOf allows its channel', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const level = classifyLevel(history, { asOf: AS_OF, config: { control: { consentPolicy: 'opt-in' } } });
        if (level.reason !== 'consent') return;
        // a newsletter at asOf on some known channel would be allowed under the opt-in policy
        const allowedSomewhere = input.channels.some((c) => {
          const probe: InteractionInput = {
            id: 'probe',
            customerId: input.customer.id,
            channel: c.id,
            at: AS_OF,
            direction: 'outbound',
            type: 'newsletter',
          };
          const probed = createHistory({ ...input, interactions: [...input.interactions, probe] });
          return consentRespected(probed, {
            asOf: AS_OF,
            config: { control: { consentPolicy: 'opt-in' } },
          }).flags.every((f) => f.interactionId !== 'probe');
        });
        expect(allowedSomewhere).toBe(true);
      }),
      RUNS,
    );
  });

  it('movement judges the level at the period end with the permission standing then', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const period = 90 * 86_400_000;
        const movement = levelMovement(history, { asOf: AS_OF });
        expect(movement.from).toBe(classifyLevel(history, { asOf: AS_OF - period }).level);
        expect(movement.to).toBe(classifyLevel(history, { asOf: AS_OF }).level);
      }),
      RUNS,
    );
  });
});
