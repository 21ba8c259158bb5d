import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseScore } from './response-score.js';

const statusArb = fc.constantFrom('on-time', 'late', 'unanswered', 'pending' as const);
const msArb = fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: undefined });

describe('responseScore properties', () => {
  it('is in [0, 1] or null (only when pending), never NaN', () => {
    fc.assert(
      fc.property(statusArb, msArb, fc.double({ min: 0, max: 1e12, noNaN: true }), (status, responseMs, targetMs) => {
        const score = responseScore({ status, responseMs, targetMs });
        if (status === 'pending') expect(score).toBeNull();
        else {
          expect(score).not.toBeNull();
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never rises as the reply comes later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (targetMs, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const score = (t: number) =>
            responseScore({ status: t <= targetMs ? 'on-time' : 'late', responseMs: t, targetMs }) as number;
          expect(score(late)).toBeLessThanOrEqual(score(early));
        },
      ),
      { numRuns: 300 },
    );
  });
});
