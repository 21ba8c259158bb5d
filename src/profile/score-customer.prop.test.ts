import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, historyInputArb, shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import { createHistory } from '../model/create-history.js';
import { RULE_NAMES, type RuleName } from '../rules/rule-score.js';
import type { EngagementProfile } from './engagement-profile.js';
import { EngagementProfileSchema } from './profile-schema.js';
import { scoreCustomer } from './score-customer.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };

/** Every number in a value, with its path. */
function numbersIn(value: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}.${key}`, out);
  }
  return out;
}

const weightsArb: fc.Arbitrary<Record<RuleName, number>> = fc
  .tuple(...RULE_NAMES.map(() => fc.integer({ min: 0, max: 4 })))
  .filter((ws) => ws.some((w) => w > 0))
  .map((ws) => Object.fromEntries(RULE_NAMES.map((rule, i) => [rule, ws[i] as number])) as Record<RuleName, number>);

function scoredRules(profile: EngagementProfile, weights?: Record<RuleName, number>): number[] {
  return RULE_NAMES.filter((rule) => weights === undefined || weights[rule] > 0)
    .map((rule) => profile.rules[rule].score)
    .filter((s): s is number => s !== null);
}

describe('scoreCustomer properties', () => {
  it('has only finite numbers, scores in [0, 100] or null, confidence and coverage in [0, 1]', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const profile = scoreCustomer(createHistory(input), options);
        for (const [path, n] of numbersIn(profile)) {
          if (!Number.isFinite(n)) throw new Error(`${path} is ${n}`);
        }
        const scores = [profile.composite.score, ...RULE_NAMES.map((rule) => profile.rules[rule].score)];
        for (const score of scores) {
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        for (const rule of RULE_NAMES) {
          for (const component of profile.rules[rule].components) {
            if (component.value === null) continue;
            expect(component.value).toBeGreaterThanOrEqual(0);
            expect(component.value).toBeLessThanOrEqual(1);
          }
        }
        const { confidence, coverage, evidenceCount } = profile.composite;
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThan(1);
        expect(coverage).toBeGreaterThanOrEqual(0);
        expect(coverage).toBeLessThanOrEqual(1);
        // Null honesty: no composite exactly when less than the minimum coverage (half the weight) is scored
        expect(profile.composite.score === null).toBe(coverage < 0.5);
        expect(profile.composite.score === null).toBe(profile.composite.reason !== undefined);
        if (coverage === 0) expect(profile.composite.score).toBeNull();
        expect(Number.isInteger(evidenceCount) && evidenceCount >= 0).toBe(true);
        expect(evidenceCount + profile.ignoredAfterAsOf).toBeLessThanOrEqual(input.interactions.length);
        // Plain data, true to its published schema
        expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
        // …and the schema describes every field: parsing drops nothing
        expect(EngagementProfileSchema.parse(profile)).toEqual(profile);
      }),
      RUNS,
    );
  });

  it('does not depend on input order or on the time zone', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const expected = scoreCustomer(createHistory(input), options);
        const reordered = {
          customer: { ...input.customer, consents: shuffled(input.customer.consents ?? [], seed) },
          channels: shuffled(input.channels, seed + 1),
          interactions: shuffled(input.interactions, seed),
        };
        expect(scoreCustomer(createHistory(reordered), options)).toEqual(expected);
        for (const tz of ['Pacific/Kiritimati', 'America/St_Johns']) {
          expect(withTimeZone(tz, () => scoreCustomer(createHistory(input), options))).toEqual(expected);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const inputBefore = structuredClone(input);
        const history = createHistory(input);
        const historyBefore = structuredClone(history);
        scoreCustomer(history, options);
        expect(history).toEqual(historyBefore);
        expect(input).toEqual(inputBefore);
      }),
      { numRuns: 50 },
    );
  });

  it('puts the composite between the lowest and highest scored rule, for any weights', () => {
    fc.assert(
      fc.property(historyInputArb(), weightsArb, (input, weights) => {
        const profile = scoreCustomer(createHistory(input), {
          asOf: AS_OF,
          config: { composite: { weights, minCoverage: 0 } },
        });
        const scores = scoredRules(profile, weights);
        if (scores.length === 0) {
          expect(profile.composite.score).toBeNull();
          return;
        }
        const score = profile.composite.score as number;
        expect(score).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(score).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
      }),
      RUNS,
    );
  });

  it('never moves the composite away from a rule when that rule’s weight is raised', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        weightsArb,
        fc.constantFrom(...RULE_NAMES),
        fc.integer({ min: 1, max: 5 }),
        (input, weights, rule, raise) => {
          const history = createHistory(input);
          const before = scoreCustomer(history, { asOf: AS_OF, config: { composite: { weights, minCoverage: 0 } } });
          const heavier = { ...weights, [rule]: weights[rule] + raise };
          const after = scoreCustomer(history, {
            asOf: AS_OF,
            config: { composite: { weights: heavier, minCoverage: 0 } },
          });
          const target = before.rules[rule].score;
          if (target === null) {
            // An unscored rule's weight changes nothing but the coverage, which can only fall
            expect(after.composite.score).toBe(before.composite.score);
            expect(after.composite.coverage).toBeLessThanOrEqual(before.composite.coverage + 1e-12);
            return;
          }
          expect(after.composite.score).not.toBeNull();
          const distanceAfter = Math.abs((after.composite.score as number) - target);
          if (before.composite.score === null) {
            // Nothing else was weighed: the rule alone makes the composite
            expect(distanceAfter).toBeLessThanOrEqual(1e-9);
            return;
          }
          expect(distanceAfter).toBeLessThanOrEqual(Math.abs(before.composite.score - target) + 1e-9);
          expect(after.composite.coverage).toBeGreaterThanOrEqual(before.composite.coverage - 1e-12);
        },
      ),
      RUNS,
    );
  });

  it('is deterministic: the same history scores the same twice', () => {
    fc.assert(
      fc.property(historyInputArb({ maxInteractions: 20 }), (input) => {
        const history = createHistory(input);
        expect(scoreCustomer(history, options)).toEqual(scoreCustomer(history, options));
      }),
      { numRuns: 20 },
    );
  });
});
