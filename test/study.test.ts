/**
 * The backtest study's promise, checked on the study's own first seed and size (scripts/study-data.ts,
 * 5,000 customers, as in docs/backtest.md): on a purchase-only log, activity ranks future buyers
 * above every baseline — the interaction count, days since the last purchase and the total amount —
 * and the business-side rules stay `null`. The margin over days since the last purchase is small
 * (+0.002 AUC), so a smaller sample can lose it by chance; docs/backtest.md pairs ten seeds.
 */
import { describe, expect, it } from 'vitest';
import { CUTOFF, HORIZON, retail, support } from '../scripts/study-data.js';
import { backtest, parseDataset } from '../src/index.js';

const auc = (result: ReturnType<typeof backtest>, name: string) =>
  result.scores.find((score) => score.name === name)?.auc ?? null;

describe('the backtest study, at its first seed', () => {
  it('purchase log: activity beats every baseline; the composite has no evidence', () => {
    const data = parseDataset(retail(20_261_202, 5_000));
    const result = backtest(data, { cutoff: CUTOFF, horizon: HORIZON, scores: ['activity', 'composite'] });
    const activity = auc(result, 'activity') as number;
    for (const baseline of ['interactionCount', 'daysSinceLast', 'totalAmount']) {
      expect(activity, baseline).toBeGreaterThan(auc(result, baseline) as number);
    }
    expect(result.scores.find((score) => score.name === 'composite')?.coverage).toBe(0);
  }, 30_000);

  it('support log: activity beats every baseline on "writes again"', () => {
    const data = parseDataset(support(20_261_203, 5_000));
    const result = backtest(data, {
      cutoff: CUTOFF,
      horizon: HORIZON,
      scores: ['activity'],
      outcome: { where: (interaction) => interaction.direction === 'inbound' },
    });
    const activity = auc(result, 'activity') as number;
    for (const baseline of ['interactionCount', 'daysSinceLast', 'totalAmount']) {
      expect(activity, baseline).toBeGreaterThan(auc(result, baseline) as number);
    }
  }, 30_000);
});
