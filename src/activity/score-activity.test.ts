import { describe, expect, it } from 'vitest';
import { createHistory } from '../model/create-history.js';
import { EngagementInputError } from '../model/errors.js';
import type { InteractionInput } from '../model/interaction.js';
import { EVIDENCE_CAP } from '../rules/rule-score.js';
import { scoreActivity } from './score-activity.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const channels = [{ id: 'shop', kind: 'in-person' as const }];

function history(interactions: Omit<InteractionInput, 'customerId' | 'channel'>[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels,
    interactions: interactions.map((i) => ({ ...i, customerId, channel: 'shop' })),
  });
}

function at(daysAgo: number): number {
  return AS_OF - daysAgo * DAY;
}

/** Only the frequency component counts (recency weight 0), to check it on its own. */
const FREQUENCY_ONLY = { activity: { weights: { recency: 0 } } };

describe('scoreActivity: the score', () => {
  it('one purchase today: frequency 1/3, recency 1, amount 0 (weight 0) → 100 · 1 · (1 + 1 · 1/3) / 2', () => {
    const result = scoreActivity(
      history([{ id: 'p', at: AS_OF, direction: 'inbound', type: 'purchase', amount: 20 }]),
      { asOf: AS_OF },
    );
    expect(result.status).toBe('scored');
    expect(result.components.map((c) => c.name)).toEqual(['frequency', 'recency', 'amount']);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([0.5, 0.5, 0]);
    expect(result.score).toBeCloseTo((100 * (1 + 1 / 3)) / 2, 10);
  });

  it('recency is a ceiling: a heavy buyer quiet for a year ranks below a light buyer seen last week', () => {
    const heavy = history(
      Array.from({ length: 20 }, (_, k) => ({
        id: `h${k}`,
        at: at(365 + 7 * k),
        direction: 'inbound' as const,
        type: 'purchase',
      })),
    );
    const light = history([{ id: 'l', at: at(7), direction: 'inbound', type: 'purchase' }]);
    const heavyScore = scoreActivity(heavy, { asOf: AS_OF });
    const lightScore = scoreActivity(light, { asOf: AS_OF });
    // heavy: recency 0.5^(365/90) ≈ 0.0601, so at most 6.01 whatever its frequency;
    // light: recency 0.5^(7/90) ≈ 0.9475, frequency 1 − 8/(4 · 0.9475 + 8) ≈ 0.3215 → ≈ 62.6
    expect(heavyScore.score).toBeLessThan(100 * 0.5 ** (365 / 90));
    expect(lightScore.score).toBeCloseTo(100 * 0.5 ** (7 / 90) * ((1 + (1 - 8 / (4 * 0.5 ** (7 / 90) + 8))) / 2), 10);
    expect(heavyScore.score as number).toBeLessThan(lightScore.score as number);
  });

  it('with recency weight 0, recency still gates: 100 · recency · frequency', () => {
    const h = history([{ id: 'p', at: at(90), direction: 'inbound', type: 'purchase' }]);
    // F = 4 · 0.5 = 2 → frequency 0.2; recency 0.5 → 100 · 0.5 · 0.2 = 10
    expect(scoreActivity(h, { asOf: AS_OF, config: FREQUENCY_ONLY }).score).toBeCloseTo(10, 10);
  });
});

describe('scoreActivity: recency', () => {
  it('the last counted interaction 180 days ago: 0.5^(180/90) = 1/4', () => {
    const h = history([
      { id: 'p', at: at(400), direction: 'inbound', type: 'purchase' },
      { id: 'q', at: at(180), direction: 'inbound', type: 'question' },
      { id: 'o', at: at(10), direction: 'inbound', type: 'opt-out' }, // depth 0: not counted
    ]);
    const result = scoreActivity(h, { asOf: AS_OF, config: { activity: { weights: { frequency: 0 } } } });
    const recency = result.components[1];
    expect(recency?.value).toBeCloseTo(0.25, 12);
    expect(recency?.facts).toEqual({ ageDays: 180, halfLifeDays: 90 });
    expect(result.score).toBeCloseTo(25, 10);
  });
});

describe('scoreActivity: frequency', () => {
  it('one purchase today: F = 4, frequency = 1 − 8/12 = 1/3', () => {
    const result = scoreActivity(history([{ id: 'p', at: AS_OF, direction: 'inbound', type: 'purchase' }]), {
      asOf: AS_OF,
      config: FREQUENCY_ONLY,
    });
    expect(result.score).toBeCloseTo(100 / 3, 10);
    const frequency = result.components[0];
    expect(frequency?.name).toBe('frequency');
    expect(frequency?.value).toBeCloseTo(1 / 3, 12);
    expect(frequency?.effectiveWeight).toBe(1);
    expect(frequency?.facts).toEqual({ interactions: 1, inbound: 1, points: 4, midpoint: 8 });
    expect(result.evidence).toEqual(['p']);
    expect(result.evidenceCount).toBe(1);
    expect(result.reason).toBeUndefined();
  });

  it('recency and depth: a view 90 days ago, a question 180 days ago, a purchase today', () => {
    // F = 1 · 0.5^(90/90) + 2 · 0.5^(180/90) + 4 · 1 = 0.5 + 0.5 + 4 = 5
    // frequency = 1 − 8 / (5 + 8) = 5/13
    const result = scoreActivity(
      history([
        { id: 'v', at: at(90), direction: 'inbound', type: 'view' },
        { id: 'q', at: at(180), direction: 'inbound', type: 'question' },
        { id: 'p', at: AS_OF, direction: 'inbound', type: 'purchase' },
      ]),
      { asOf: AS_OF, config: FREQUENCY_ONLY },
    );
    expect(result.components[0]?.facts?.['points']).toBeCloseTo(5, 12);
    expect(result.score).toBeCloseTo((100 * 5) / 13, 10);
    expect(result.evidence).toEqual(['q', 'v', 'p']);
  });

  it('midpoint: F = M scores 50; 3M scores 75', () => {
    // two purchases today: F = 8 = M → 1 − 8/16 = 0.5
    const two = history([
      { id: 'a', at: AS_OF, direction: 'inbound', type: 'purchase' },
      { id: 'b', at: AS_OF, direction: 'inbound', type: 'purchase' },
    ]);
    expect(scoreActivity(two, { asOf: AS_OF, config: FREQUENCY_ONLY }).score).toBeCloseTo(50, 12);
    // with midpoint 8/3: F = 8 = 3M → 1 − (8/3) / (8 + 8/3) = 1 − 1/4 = 0.75
    expect(
      scoreActivity(two, { asOf: AS_OF, config: { activity: { midpoint: 8 / 3, weights: { recency: 0 } } } }).score,
    ).toBeCloseTo(75, 10);
  });

  it('ignores outbound interactions, zero-depth roles, interactions outside the window and after asOf', () => {
    const result = scoreActivity(
      history([
        { id: 'n', at: at(1), direction: 'outbound', type: 'newsletter' },
        { id: 'o', at: at(2), direction: 'inbound', type: 'opt-out' },
        { id: 'old', at: at(800), direction: 'inbound', type: 'purchase' },
        { id: 'late', at: AS_OF + DAY, direction: 'inbound', type: 'purchase' },
        { id: 'x', at: at(0), direction: 'inbound', type: 'custom-thing' },
      ]),
      { asOf: AS_OF, config: FREQUENCY_ONLY },
    );
    // only 'x' counts (unmapped, depth 1): F = 1 → 1 − 8/9 = 1/9
    expect(result.score).toBeCloseTo(100 / 9, 10);
    expect(result.evidence).toEqual(['x']);
    expect(result.components[0]?.facts).toEqual({ interactions: 1, inbound: 2, points: 1, midpoint: 8 });
  });

  it('configured depths and typeRoles: a custom "order" mapped to contribution counts 4; depth 10 counts 10', () => {
    const h = history([{ id: 'o', at: AS_OF, direction: 'inbound', type: 'order' }]);
    // 1 − 8/12
    expect(
      scoreActivity(h, { asOf: AS_OF, config: { typeRoles: { order: 'contribution' }, ...FREQUENCY_ONLY } }).score,
    ).toBeCloseTo(100 / 3, 10);
    // 1 − 8/18 = 5/9
    expect(
      scoreActivity(h, {
        asOf: AS_OF,
        config: {
          typeRoles: { order: 'contribution' },
          activity: { depths: { contribution: 10 }, weights: { recency: 0 } },
        },
      }).score,
    ).toBeCloseTo(500 / 9, 10);
  });

  it('its own half-life and window override the top-level ones', () => {
    const h = history([{ id: 'p', at: at(30), direction: 'inbound', type: 'purchase' }]);
    // half-life 30 days: F = 4 · 0.5 = 2 → frequency 1 − 8/10 = 0.2; recency 0.5 → 100 · 0.5 · (1 + 0.2) / 2 = 30
    expect(scoreActivity(h, { asOf: AS_OF, config: { activity: { halfLife: { days: 30 } } } }).score).toBeCloseTo(
      30,
      10,
    );
    // window 10 days: nothing counts
    expect(scoreActivity(h, { asOf: AS_OF, config: { activity: { window: { days: 10 } } } }).score).toBeNull();
  });

  it('keeps the most recent ids as evidence, in time order', () => {
    const many = Array.from({ length: EVIDENCE_CAP + 5 }, (_, k) => ({
      id: `v${String(k).padStart(2, '0')}`,
      at: at(EVIDENCE_CAP + 5 - k),
      direction: 'inbound' as const,
      type: 'view',
    }));
    const result = scoreActivity(history(many), { asOf: AS_OF });
    expect(result.evidenceCount).toBe(EVIDENCE_CAP + 5);
    expect(result.evidence).toHaveLength(EVIDENCE_CAP);
    expect(result.evidence[0]).toBe('v05');
    expect(result.evidence.at(-1)).toBe(`v${EVIDENCE_CAP + 4}`);
  });
});

describe('scoreActivity: amount', () => {
  it('is reported with weight 0 by default and does not move the score', () => {
    const h = history([{ id: 'p', at: at(90), direction: 'inbound', type: 'purchase', amount: 200 }]);
    const result = scoreActivity(h, { asOf: AS_OF, config: FREQUENCY_ONLY });
    // A = 200 · 0.5 = 100 = Mₐ → amount 0.5, weight 0; F = 4 · 0.5 = 2 → frequency 1 − 8/10 = 0.2;
    // recency 0.5 → 100 · 0.5 · 0.2 = 10
    const amount = result.components[2];
    expect(amount?.name).toBe('amount');
    expect(amount?.value).toBeCloseTo(0.5, 12);
    expect(amount?.effectiveWeight).toBe(0);
    expect(amount?.facts).toEqual({ withAmount: 1, total: 200, amount: 100, midpoint: 100 });
    expect(result.score).toBeCloseTo(10, 10);
  });

  it('with weights { frequency: 1, recency: 0, amount: 1 }: the mean of both', () => {
    const h = history([
      { id: 'p', at: at(90), direction: 'inbound', type: 'purchase', amount: 200 },
      { id: 'q', at: AS_OF, direction: 'inbound', type: 'question' },
    ]);
    // F = 4 · 0.5 + 2 = 4 → 1 − 8/12 = 1/3; A = 100 → 0.5; score = 100 · (1/3 + 1/2) / 2 = 41.67
    const result = scoreActivity(h, { asOf: AS_OF, config: { activity: { weights: { recency: 0, amount: 1 } } } });
    expect(result.score).toBeCloseTo((100 * (1 / 3 + 1 / 2)) / 2, 10);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([0.5, 0, 0.5]);
  });

  it('is 0, not null, for counted interactions without amounts (so adding one never lowers the score)', () => {
    const h = history([{ id: 'q', at: AS_OF, direction: 'inbound', type: 'question' }]);
    const result = scoreActivity(h, {
      asOf: AS_OF,
      config: { activity: { weights: { frequency: 0, recency: 0, amount: 1 } } },
    });
    expect(result.components[2]?.value).toBe(0);
    expect(result.score).toBe(0);
  });
});

describe('scoreActivity: null and bad input', () => {
  it('is null with a reason when the customer initiated nothing', () => {
    const empty = scoreActivity(history([]), { asOf: AS_OF });
    expect(empty.score).toBeNull();
    expect(empty.status).toBe('insufficient-data');
    expect(empty.reason).toEqual({ code: 'nothing-initiated', params: {} });
    expect(empty.components.every((c) => c.value === null && c.effectiveWeight === 0)).toBe(true);
    const outboundOnly = scoreActivity(history([{ id: 'n', at: AS_OF, direction: 'outbound', type: 'newsletter' }]), {
      asOf: AS_OF,
    });
    expect(outboundOnly.score).toBeNull();
    const optOut = scoreActivity(history([{ id: 'o', at: AS_OF, direction: 'inbound', type: 'opt-out' }]), {
      asOf: AS_OF,
    });
    expect(optOut.reason).toEqual({ code: 'nothing-counts', params: { inbound: 1 } });
  });

  it('works for the __proto__ customer id', () => {
    const h = history([{ id: 'p', at: AS_OF, direction: 'inbound', type: 'purchase' }], '__proto__');
    expect(scoreActivity(h, { asOf: AS_OF, config: FREQUENCY_ONLY }).score).toBeCloseTo(100 / 3, 10);
  });

  it('throws for a missing asOf and an invalid activity config', () => {
    const h = history([]);
    expect(() => scoreActivity(h, {} as never)).toThrow(EngagementInputError);
    expect(() => scoreActivity(h, { asOf: AS_OF, config: { activity: { midpoint: 0 } } })).toThrow(
      EngagementInputError,
    );
    expect(() => scoreActivity(h, { asOf: AS_OF, config: { activity: { depths: { view: 1 } } } as never })).toThrow(
      EngagementInputError,
    );
    expect(() =>
      scoreActivity(h, { asOf: AS_OF, config: { activity: { weights: { frequency: 0, recency: 0, amount: 0 } } } }),
    ).toThrow(EngagementInputError);
  });
});
