import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  dialogueHistoryArb,
  historyInputArb,
  shuffled,
  withTimeZone,
} from '../../../test/support/arbitraries.js';
import { createHistory } from '../../index.js';
import { answeredChannels } from './answered-channels.js';
import { scoreConsistency } from './consistency.js';
import { crossChannel } from './cross-channel.js';

const RUNS = { numRuns: 150 };

const dialogueArb = dialogueHistoryArb;

const inputArb = fc.oneof(historyInputArb(), dialogueArb);

describe('scoreConsistency properties', () => {
  it('is in [0, 100] or null with insufficient-data, never NaN', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = scoreConsistency(createHistory(input), { asOf: AS_OF });
        if (result.score === null) {
          expect(result.status).toBe('insufficient-data');
          expect(result.components.every((c) => c.value === null)).toBe(true);
        } else {
          expect(result.status).toBe('scored');
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
        for (const component of result.components) {
          if (component.value === null) expect(component.reason?.code).toBeTypeOf('string');
          else {
            expect(component.value).toBeGreaterThanOrEqual(0);
            expect(component.value).toBeLessThanOrEqual(1);
          }
        }
        expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|null,"weight":NaN/);
      }),
      RUNS,
    );
  });

  it('does not depend on input order or on the time zone', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const expected = scoreConsistency(createHistory(input), { asOf: AS_OF });
        const reordered = { ...input, interactions: shuffled(input.interactions, seed) };
        expect(scoreConsistency(createHistory(reordered), { asOf: AS_OF })).toEqual(expected);
        const inKolkata = withTimeZone('Asia/Kolkata', () =>
          scoreConsistency(createHistory(input), { asOf: new Date(AS_OF) }),
        );
        expect(inKolkata).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const history = createHistory(input);
        const before = structuredClone(history);
        scoreConsistency(history, { asOf: AS_OF });
        expect(history).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('computes the same components as the standalone functions', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const history = createHistory(input);
        const [cross, answered] = scoreConsistency(history, { asOf: AS_OF }).components;
        const pick = ({ value, evidence, reason, facts }: NonNullable<typeof cross>) => ({
          value,
          evidence,
          reason,
          facts,
        });
        expect(pick(cross as NonNullable<typeof cross>)).toEqual({
          reason: undefined,
          ...crossChannel(history, { asOf: AS_OF }),
        });
        expect(pick(answered as NonNullable<typeof cross>)).toEqual({
          reason: undefined,
          ...answeredChannels(history, { asOf: AS_OF }),
        });
      }),
      { numRuns: 100 },
    );
  });
});
