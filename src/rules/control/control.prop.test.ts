import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import { createHistory, EVIDENCE_CAP } from '../../index.js';
import { channelChoice } from './channel-choice.js';
import { consentRespected } from './consent-respected.js';
import { scoreControl } from './control.js';
import { preferenceHonoured } from './preference-honoured.js';

const RUNS = { numRuns: 150 };
const policyArb = fc.constantFrom('opt-out' as const, 'opt-in' as const);

describe('scoreControl properties', () => {
  it('is in [0, 100] or null, never NaN, with one flag per violation in time order', () => {
    fc.assert(
      fc.property(historyInputArb(), policyArb, (input, consentPolicy) => {
        const result = scoreControl(createHistory(input), { asOf: AS_OF, config: { control: { consentPolicy } } });
        if (result.score === null) expect(result.status).toBe('insufficient-data');
        else {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
        for (const component of result.components) {
          if (component.value !== null) {
            expect(component.value).toBeGreaterThanOrEqual(0);
            expect(component.value).toBeLessThanOrEqual(1);
          }
        }
        expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        const consent = result.components[0];
        expect(consent?.name).toBe('consentRespected');
        if (consent?.name === 'consentRespected') expect(result.flags.length).toBe(consent.facts.violations);
        for (let i = 1; i < result.flags.length; i++) {
          expect((result.flags[i] as { at: number }).at).toBeGreaterThanOrEqual(
            (result.flags[i - 1] as { at: number }).at,
          );
        }
        if (result.evidenceCount <= EVIDENCE_CAP) {
          for (const flag of result.flags) expect(result.evidence).toContain(flag.interactionId);
        }
        for (const flag of result.flags) {
          expect(flag.code).toBe('consent-violation');
          expect(flag.purpose).toBe('marketing');
          expect(flag.at).toBeLessThanOrEqual(AS_OF);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on input order or on the time zone', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), policyArb, (input, seed, consentPolicy) => {
        const options = { asOf: AS_OF, config: { control: { consentPolicy } } };
        const expected = scoreControl(createHistory(input), options);
        const reordered = {
          ...input,
          customer: { ...input.customer, consents: shuffled(input.customer.consents ?? [], seed) },
          interactions: shuffled(input.interactions, seed),
        };
        expect(scoreControl(createHistory(reordered), options)).toEqual(expected);
        expect(withTimeZone('Australia/Lord_Howe', () => scoreControl(createHistory(input), options))).toEqual(
          expected,
        );
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const before = structuredClone(history);
        scoreControl(history, { asOf: AS_OF });
        expect(history).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('computes the same components and flags as the standalone functions', () => {
    fc.assert(
      fc.property(historyInputArb(), policyArb, (input, consentPolicy) => {
        const history = createHistory(input);
        const options = { asOf: AS_OF, config: { control: { consentPolicy } } };
        const result = scoreControl(history, options);
        const { flags, ...consent } = consentRespected(history, options);
        expect(result.flags).toEqual(flags);
        [consent, channelChoice(history, options), preferenceHonoured(history, options)].forEach((expected, k) => {
          const { value, evidence, reason, facts } = result.components[k] as (typeof result.components)[number];
          expect({ value, evidence, reason, facts }).toEqual({ reason: undefined, ...expected });
        });
      }),
      { numRuns: 100 },
    );
  });
});
