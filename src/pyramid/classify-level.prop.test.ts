import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import { resolveConfig, type ScoringConfig } from '../config/scoring-config.js';
import { type CreateHistoryInput, createHistory } from '../model/create-history.js';
import type { InteractionInput } from '../model/interaction.js';
import { PYRAMID_LEVELS, STANDARD_VOCABULARY } from '../model/vocabulary.js';
import { classifyLevel } from './classify-level.js';
import { levelMovement } from './level-movement.js';

const LEVEL_TYPES = STANDARD_VOCABULARY.filter((entry) => entry.level !== undefined).flatMap((entry) => entry.types);
const RUNS = { numRuns: 200 };

/** A pyramid configuration with random thresholds and windows (consent-based following on or off). */
const configArb = (consent: fc.Arbitrary<boolean> = fc.boolean()): fc.Arbitrary<ScoringConfig> =>
  fc
    .record({
      minCount: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
      windowDays: fc.array(fc.integer({ min: 1, max: 800 }), { minLength: 6, maxLength: 6 }),
      minAmount: fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }), {
        minLength: 6,
        maxLength: 6,
      }),
      consent,
    })
    .map(({ minCount, windowDays, minAmount, consent }) =>
      resolveConfig({
        pyramid: {
          followingConsentPurposes: consent ? ['marketing'] : [],
          levelRules: Object.fromEntries(
            PYRAMID_LEVELS.map((level, i) => [
              level,
              {
                minCount: minCount[i],
                window: { days: windowDays[i] },
                ...(minAmount[i] !== undefined ? { minAmount: minAmount[i] } : {}),
              },
            ]),
          ),
        },
      }),
    );
const anyConfigArb = fc.oneof(fc.constant(resolveConfig()), configArb());

/** A history input, sometimes with a manual override. */
const inputArb: fc.Arbitrary<CreateHistoryInput> = fc
  .record({
    input: historyInputArb(),
    override: fc.option(
      fc.record({
        level: fc.constantFrom(...PYRAMID_LEVELS),
        until: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ input, override }) =>
    override === undefined
      ? input
      : {
          ...input,
          customer: {
            ...input.customer,
            levelOverride: {
              level: override.level,
              ...(override.until !== undefined ? { until: AS_OF + override.until * DAY } : {}),
            },
          },
        },
  );

const qualifyingArb = (fromDays: number, toDays: number) =>
  fc.record({
    type: fc.constantFrom(...LEVEL_TYPES),
    offset: fc.integer({ min: fromDays * DAY, max: toDays * DAY }),
    amount: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  });

function withInteraction(
  input: CreateHistoryInput,
  added: { type: string; offset: number; amount: number | undefined },
): CreateHistoryInput {
  const interaction: InteractionInput = {
    id: 'added',
    customerId: input.customer.id,
    channel: (input.channels[0] as { id: string }).id,
    at: AS_OF - added.offset,
    direction: 'inbound',
    type: added.type,
    ...(added.amount !== undefined ? { amount: added.amount } : {}),
  };
  return { ...input, interactions: [...input.interactions, interaction] };
}

/**
 * A brute-force oracle for the evidence rules (no consent, no override): every rule is checked by
 * scanning all qualifying interactions at every candidate moment, O(n²) per level.
 */
function oracle(input: CreateHistoryInput, config: ScoringConfig) {
  const history = createHistory(input);
  const perLevel = PYRAMID_LEVELS.map((level) => {
    const rule = config.pyramid.levelRules[level];
    const events = history.interactions.filter(
      (i) => i.direction === 'inbound' && i.at <= AS_OF && rule.types.includes(i.type),
    );
    const meets = (inside: typeof events) =>
      inside.length >= rule.minCount &&
      (rule.minAmount === undefined || inside.reduce((sum, i) => sum + (i.amount ?? 0), 0) >= rule.minAmount - 1e-6);
    const holds = (t: number, closed: boolean) =>
      meets(events.filter((i) => i.at >= t - rule.window && (closed ? i.at <= t : i.at < t)));
    const times = [...new Set(events.map((i) => i.at))];
    const firstAt = times.find((t) => holds(t, true));
    const breaks = times.filter((t) => !holds(t, false));
    return { now: holds(AS_OF, true), firstAt, runStart: breaks[breaks.length - 1] };
  });
  let rank = 0;
  let peakRank = 0;
  perLevel.forEach((l, i) => {
    if (l.now) rank = i + 1;
    if (l.firstAt !== undefined) peakRank = i + 1;
  });
  return {
    rank,
    peakRank,
    reachedAt: rank > 0 ? perLevel[rank - 1]?.runStart : null,
    peakAt: peakRank > 0 ? perLevel[peakRank - 1]?.firstAt : null,
  };
}

describe('classifyLevel properties', () => {
  it('is well-formed: rank matches level, peak ≥ level, finite times, evidence from the history', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, (input, config) => {
        const history = createHistory(input);
        const result = classifyLevel(history, { asOf: AS_OF, config });
        expect(result.level).toBe(result.rank === 0 ? null : PYRAMID_LEVELS[result.rank - 1]);
        expect(result.peak).toBe(result.peakRank === 0 ? null : PYRAMID_LEVELS[result.peakRank - 1]);
        expect(result.peakRank).toBeGreaterThanOrEqual(result.rank);
        expect(['override', 'evidence', 'consent', 'none']).toContain(result.reason);
        expect(result.reason === 'none').toBe(result.level === null);
        expect(result.evidence.length).toBeLessThanOrEqual(Math.min(25, result.evidenceCount));
        for (const id of result.evidence) {
          const interaction = history.byId.get(id);
          expect(interaction?.direction).toBe('inbound');
          expect(interaction?.at).toBeLessThanOrEqual(AS_OF);
        }
        for (const at of [result.reachedAt, result.peakAt]) {
          if (at !== null) expect(at).toBeLessThanOrEqual(AS_OF);
        }
        if (result.reachedAt !== null && result.peakAt !== null && result.peak === result.level) {
          expect(result.peakAt).toBeLessThanOrEqual(result.reachedAt);
        }
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      RUNS,
    );
  });

  it('agrees with a brute-force oracle on level, peak, reachedAt and peakAt', () => {
    const noConsent = configArb(fc.constant(false));
    fc.assert(
      fc.property(historyInputArb(), noConsent, (input, config) => {
        // The oracle knows no withdrawals (they end following: see following-standing.prop.test.ts).
        fc.pre(
          !(input.customer.consents ?? []).some((c) => !c.granted) &&
            !input.interactions.some((i) => i.type === 'opt-out' || i.type === 'unsubscribe'),
        );
        const result = classifyLevel(createHistory(input), { asOf: AS_OF, config });
        const expected = oracle(input, config);
        expect({
          rank: result.rank,
          peakRank: result.peakRank,
          reachedAt: result.reachedAt,
          peakAt: result.peakAt,
        }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('the peak never falls as asOf moves forward', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, fc.integer({ min: 0, max: 900 }), (input, config, days) => {
        const history = createHistory(input);
        const earlier = classifyLevel(history, { asOf: AS_OF - days * DAY, config });
        const later = classifyLevel(history, { asOf: AS_OF, config });
        expect(later.peakRank).toBeGreaterThanOrEqual(earlier.peakRank);
        if (later.peak === earlier.peak && earlier.peakAt !== null) expect(later.peakAt).toBe(earlier.peakAt);
      }),
      RUNS,
    );
  });

  it('adding a qualifying interaction never lowers the level or the peak', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, qualifyingArb(-30, 800), (input, config, added) => {
        const before = classifyLevel(createHistory(input), { asOf: AS_OF, config });
        const after = classifyLevel(createHistory(withInteraction(input, added)), { asOf: AS_OF, config });
        expect(after.rank).toBeGreaterThanOrEqual(before.rank);
        expect(after.peakRank).toBeGreaterThanOrEqual(before.peakRank);
      }),
      RUNS,
    );
  });

  it('an interaction outside every window never counts towards the level', () => {
    // Windows are at most 800 days here. `opt-in` and `subscribe` are left out: they are consent
    // grants too, and an active consent counts whatever its age.
    const oldArb = qualifyingArb(801, 3000).filter((added) => added.type !== 'opt-in' && added.type !== 'subscribe');
    fc.assert(
      fc.property(inputArb, anyConfigArb, oldArb, (input, config, added) => {
        const before = classifyLevel(createHistory(input), { asOf: AS_OF, config });
        const after = classifyLevel(createHistory(withInteraction(input, added)), { asOf: AS_OF, config });
        const current = (r: typeof before) => [r.level, r.reason, r.evidence, r.evidenceCount, r.computedLevel];
        expect(current(after)).toEqual(current(before));
      }),
      RUNS,
    );
  });

  it('an interaction after asOf changes nothing at all', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, qualifyingArb(-400, -1), (input, config, added) => {
        const before = classifyLevel(createHistory(input), { asOf: AS_OF, config });
        const after = classifyLevel(createHistory(withInteraction(input, added)), { asOf: AS_OF, config });
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });

  it('does not depend on input order or on the time zone', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const expected = classifyLevel(createHistory(input), { asOf: AS_OF });
        const reordered = {
          ...input,
          interactions: shuffled(input.interactions, seed),
          customer: { ...input.customer, consents: shuffled(input.customer.consents ?? [], seed + 1) },
        };
        for (const tz of ['Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu']) {
          const actual = withTimeZone(tz, () =>
            classifyLevel(createHistory(reordered), { asOf: new Date(AS_OF).toISOString() }),
          );
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, (input, config) => {
        const copy = structuredClone(input);
        const history = createHistory(input);
        const interactions = history.interactions.slice();
        classifyLevel(history, { asOf: AS_OF, config });
        levelMovement(history, { asOf: AS_OF, config });
        expect(input).toEqual(copy);
        expect(history.interactions).toEqual(interactions);
      }),
      { numRuns: 100 },
    );
  });
});

describe('levelMovement properties', () => {
  it('compares classifyLevel at asOf − period with classifyLevel at asOf', () => {
    fc.assert(
      fc.property(inputArb, anyConfigArb, fc.integer({ min: 1, max: 500 }), (input, config, days) => {
        const history = createHistory(input);
        const movement = levelMovement(history, { asOf: AS_OF, config, period: { days } });
        const then = classifyLevel(history, { asOf: AS_OF - days * DAY, config });
        const now = classifyLevel(history, { asOf: AS_OF, config });
        expect([movement.from, movement.to]).toEqual([then.level, now.level]);
        expect(movement.distance).toBe(Math.abs(now.rank - then.rank));
        const expected =
          then.rank === 0 && now.rank > 0
            ? then.peakRank > 0
              ? 'returning'
              : 'new'
            : then.rank > 0 && now.rank === 0
              ? 'lapsed'
              : now.rank > then.rank
                ? 'up'
                : now.rank < then.rank
                  ? 'down'
                  : 'same';
        expect(movement.direction).toBe(expected);
      }),
      RUNS,
    );
  });
});
