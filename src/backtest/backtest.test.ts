import { describe, expect, it } from 'vitest';
import { EngagementInputError } from '../model/errors.js';
import type { InteractionInput } from '../model/interaction.js';
import { parseDataset } from '../model/parse-dataset.js';
import { backtest } from './backtest.js';
import { BacktestResultSchema } from './backtest-schema.js';

const DAY = 86_400_000;
const CUTOFF = Date.parse('2026-06-01T00:00:00Z');

function event(id: string, customerId: string, days: number, type = 'purchase', amount?: number): InteractionInput {
  return {
    id,
    customerId,
    channel: 'shop',
    at: CUTOFF + days * DAY,
    direction: 'inbound',
    type,
    ...(amount !== undefined ? { amount } : {}),
  };
}

/**
 * Four customers known at the cutoff, one (e) only after it.
 * - a: purchases 10 and 40 days before (amount 10 each); 2 purchases in the horizon → outcome 2
 * - b: purchase 100 days before (amount 500); 1 purchase in the horizon → outcome 1
 * - c: purchase 5 days before (amount 30); nothing after → 0
 * - d: a view 1 day before; a view after (not contributing) → 0
 */
const input = {
  customers: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
  channels: [{ id: 'shop', kind: 'in-person' as const }],
  interactions: [
    event('a1', 'a', -40, 'purchase', 10),
    event('a2', 'a', -10, 'purchase', 10),
    event('a3', 'a', 3),
    event('a4', 'a', 20),
    event('a5', 'a', 40), // after the 4-week horizon: not counted
    event('b1', 'b', -100, 'purchase', 500),
    event('b2', 'b', 27),
    event('c1', 'c', -5, 'purchase', 30),
    event('d1', 'd', -1, 'view'),
    event('d2', 'd', 2, 'view'),
    event('e1', 'e', 1),
    { id: 'n1', customerId: 'c', channel: 'shop', at: CUTOFF - DAY, direction: 'outbound', type: 'newsletter' },
  ] as InteractionInput[],
};
const dataset = parseDataset(input);
const result = backtest(dataset, { cutoff: CUTOFF, horizon: { weeks: 4 } });
const row = (name: string) => result.scores.find((s) => s.name === name);

describe('backtest on a hand-checkable dataset', () => {
  it('counts customers, exclusions and positives', () => {
    expect(result.customers).toBe(4);
    expect(result.excluded).toBe(1); // e has nothing before the cutoff
    expect(result.positives).toBe(2); // a and b
    expect(result.baseRate).toBe(0.5);
    expect(result.horizonEnd).toBe(CUTOFF + 28 * DAY);
    expect(result.outcome).toBe('default');
    expect(BacktestResultSchema.parse(result)).toEqual(result);
  });

  it('lists the scores, then the baselines', () => {
    expect(result.scores.map((s) => s.name)).toEqual([
      'activity',
      'composite',
      'level',
      'value',
      'efficiency',
      'trust',
      'consistency',
      'relevancy',
      'control',
      'interactionCount',
      'daysSinceLast',
      'totalAmount',
    ]);
  });

  it('interactionCount: a 2, b 1, c 1, d 1 (inbound only) against outcomes 2, 1, 0, 0', () => {
    // AUC over positive × negative pairs: (a,c) 1, (a,d) 1, (b,c) ½, (b,d) ½ → 3/4
    expect(row('interactionCount')?.auc).toBe(0.75);
    // ranks of counts [4, 2, 2, 2], of outcomes [4, 3, 1.5, 1.5]; mean 2.5
    // Σdxdy = 1.5·1.5 + (−.5)(.5) + (−.5)(−1) + (−.5)(−1) = 3; Σdx² = 3; Σdy² = 4.5 → 3 / √13.5 = √(2/3)
    expect(row('interactionCount')?.spearman).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('daysSinceLast: fewer is better, so a (10) and b (100) rank below c (5) and d (1): AUC 0', () => {
    expect(row('daysSinceLast')?.better).toBe('lower');
    expect(row('daysSinceLast')?.auc).toBe(0);
  });

  it('activity: a 0.690, c 0.644, d 0.551, b 0.326 → AUC 1/2, Spearman 1.5/√22.5', () => {
    // frequency 1 − 8/(F + 8), recency 0.5^(last/90), score ∝ their mean:
    // a: F = 4·0.5^(10/90) + 4·0.5^(40/90) = 3.704 + 2.940 = 6.643 → 0.454; recency 0.926 → 0.690
    // b: F = 4·0.5^(100/90) = 1.852 → 0.188; recency 0.463 → 0.326
    // c: F = 4·0.5^(5/90) = 3.849 → 0.325; recency 0.962 → 0.644
    // d: F = 1·0.5^(1/90) = 0.992 → 0.110; recency 0.992 → 0.551
    // pairs: (a,c) 1, (a,d) 1, (b,c) 0, (b,d) 0 → 1/2
    expect(row('activity')?.auc).toBe(0.5);
    // ranks [4, 1, 3, 2] vs [4, 3, 1.5, 1.5]: Σdxdy = 2.25 − .75 − .5 + .5 = 1.5; Σdx² = 5; Σdy² = 4.5
    expect(row('activity')?.spearman).toBeCloseTo(1.5 / Math.sqrt(22.5), 12);
    expect(row('activity')?.coverage).toBe(1);
  });

  it('totalAmount: a 20, b 500, c 30, d 0 → pairs (a,c) 0, (a,d) 1, (b,c) 1, (b,d) 1 → 3/4', () => {
    expect(row('totalAmount')?.auc).toBe(0.75);
  });

  it('level: a, b, c contributing (rank 4), d observing (1) → pairs ½, 1, ½, 1 → 3/4; rates by level', () => {
    expect(row('level')?.auc).toBe(0.75);
    const byLevel = Object.fromEntries(result.byLevel.map((r) => [r.level, [r.customers, r.positives]]));
    expect(byLevel).toMatchObject({ contributing: [3, 2], observing: [1, 0], leading: [0, 0], unclassified: [0, 0] });
    expect(result.byLevel.find((r) => r.level === 'leading')?.rate).toBeNull();
  });

  it('deciles: four customers by activity, a then c then d then b', () => {
    // rank from the top r = 1…4 → decile ⌊10 (r − 1) / 4⌋ + 1 = 1, 3, 6, 8; base rate 1/2
    const filled = row('activity')?.deciles.filter((d) => d.customers > 0);
    expect(filled?.map((d) => [d.decile, d.positives, d.lift])).toEqual([
      [1, 1, 2],
      [3, 0, 0],
      [6, 0, 0],
      [8, 1, 2],
    ]);
  });
});

describe('backtest options', () => {
  it('where: any customer-initiated interaction (d’s view now counts)', () => {
    const any = backtest(dataset, {
      cutoff: CUTOFF,
      horizon: { weeks: 4 },
      outcome: { where: (i) => i.direction === 'inbound' },
      scores: ['activity'],
    });
    expect([any.outcome, any.positives]).toEqual(['where', 3]);
    expect(any.byLevel.find((r) => r.level === 'contributing')?.customers).toBe(3);
    expect(any.scores.map((s) => s.name)).toEqual(['activity', 'interactionCount', 'daysSinceLast', 'totalAmount']);
  });

  it('value: a number per customer (amount spent), positive above 0', () => {
    const spent = backtest(dataset, {
      cutoff: CUTOFF,
      horizon: { days: 28 },
      outcome: { value: (future) => future.length },
      scores: ['level'],
    });
    expect([spent.outcome, spent.positives]).toEqual(['value', 3]);
    expect(() =>
      backtest(dataset, { cutoff: CUTOFF, horizon: { days: 28 }, outcome: { value: () => Number.NaN } }),
    ).toThrow(EngagementInputError);
  });

  it('rejects a bad cutoff, horizon, score name and outcome together', () => {
    try {
      backtest(dataset, {
        cutoff: 'soon',
        horizon: { weeks: 0 },
        scores: ['activity', 'loyalty' as never],
        outcome: {} as never,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['cutoff', 'invalid-timestamp'],
        ['horizon', 'invalid-duration'],
        ['scores.1', 'invalid-option'],
        ['outcome', 'invalid-option'],
      ]);
    }
  });

  it('an empty dataset gives null metrics, not NaN', () => {
    const empty = backtest(parseDataset({ customers: [], channels: [], interactions: [] }), {
      cutoff: CUTOFF,
      horizon: { weeks: 1 },
    });
    expect(empty.customers).toBe(0);
    expect(empty.baseRate).toBeNull();
    expect(empty.scores.every((s) => s.auc === null && s.spearman === null)).toBe(true);
    expect(BacktestResultSchema.parse(empty)).toEqual(empty);
  });
});
