/**
 * The backtest study: `npm run study`.
 *
 * Runs `backtest` on the three datasets of scripts/study-data.ts — a purchase-only retail log, a
 * customer-support log, a mixed CRM — and prints, side by side, how well activity, the
 * rules-of-engagement composite, the pyramid level and each rule predict the next 39 weeks, against
 * plain baselines. Deterministic: a seeded generator, no clock. The figures in docs/backtest.md come
 * from this script.
 *
 * Options: `--customers N` (default 5000 per dataset), `--seed S` (default 20261202), `--json`.
 */
import { type BacktestResult, backtest, type Interaction, parseDataset } from '../src/index.js';
import { CUTOFF, crm, HORIZON, retail, support } from './study-data.js';

const args = process.argv.slice(2);
const argOf = (name: string, fallback: number): number => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const CUSTOMERS = argOf('--customers', 5000);
const SEED = argOf('--seed', 20_261_202);
const asJson = args.includes('--json');

interface Study {
  readonly name: string;
  /** Activity with a three-year look-back (`config.activity.window`), a sensitivity check. */
  readonly longWindow: BacktestResult;
  readonly outcome: string;
  readonly interactions: number;
  readonly result: BacktestResult;
}

const LONG = { activity: { window: { days: 1095 } } };
const writesAgain = { where: (i: Interaction) => i.direction === 'inbound' };

function run(): Study[] {
  const retailData = parseDataset(retail(SEED, CUSTOMERS));
  const supportData = parseDataset(support(SEED + 1, CUSTOMERS));
  const crmData = parseDataset(crm(SEED + 2, CUSTOMERS));
  return [
    {
      name: 'retail (purchases only)',
      outcome: 'buys again (default outcome)',
      interactions: retailData.interactions.length,
      result: backtest(retailData, { cutoff: CUTOFF, horizon: HORIZON }),
      longWindow: backtest(retailData, { cutoff: CUTOFF, horizon: HORIZON, scores: ['activity'], config: LONG }),
    },
    {
      name: 'support log',
      outcome: 'writes again (any inbound interaction)',
      interactions: supportData.interactions.length,
      result: backtest(supportData, { cutoff: CUTOFF, horizon: HORIZON, outcome: writesAgain }),
      longWindow: backtest(supportData, {
        cutoff: CUTOFF,
        horizon: HORIZON,
        outcome: writesAgain,
        scores: ['activity'],
        config: LONG,
      }),
    },
    {
      name: 'mixed CRM',
      outcome: 'contributes again (default outcome: a purchase)',
      interactions: crmData.interactions.length,
      result: backtest(crmData, { cutoff: CUTOFF, horizon: HORIZON }),
      longWindow: backtest(crmData, { cutoff: CUTOFF, horizon: HORIZON, scores: ['activity'], config: LONG }),
    },
  ];
}

const f = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits));

function print(study: Study): void {
  const { result } = study;
  console.log(`\n### ${study.name}\n`);
  console.log(
    `${result.customers} customers (${result.excluded} excluded), ${study.interactions} interactions; ` +
      `outcome: ${study.outcome}; base rate ${f(result.baseRate)}\n`,
  );
  console.log('| score | kind | AUC | Spearman | top-decile lift | coverage |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const s of result.scores) {
    const top = s.deciles[0];
    console.log(
      `| ${s.name} | ${s.kind}${s.better === 'lower' ? ' (lower is better)' : ''} | ${f(s.auc)} | ${f(s.spearman)} | ${f(top?.lift ?? null, 2)} | ${f(s.coverage, 2)} |`,
    );
  }
  const long = study.longWindow.scores[0];
  if (long !== undefined) {
    console.log(
      `| activity, 3-year window | sensitivity | ${f(long.auc)} | ${f(long.spearman)} | ${f(long.deciles[0]?.lift ?? null, 2)} | ${f(long.coverage, 2)} |`,
    );
  }
  const baselines = result.scores.filter((s) => s.kind === 'baseline');
  const best = Math.max(...baselines.map((s) => s.auc ?? 0));
  const activity = result.scores.find((s) => s.name === 'activity');
  console.log(
    `\nactivity AUC ${f(activity?.auc ?? null)} vs best baseline ${f(best)}: ${(activity?.auc ?? 0) > best ? 'activity beats every baseline' : 'activity does NOT beat every baseline'}`,
  );
  console.log('\n| level at cutoff | customers | outcome rate |');
  console.log('| --- | ---: | ---: |');
  for (const row of result.byLevel) console.log(`| ${row.level} | ${row.customers} | ${f(row.rate)} |`);
}

const studies = run();
if (asJson) console.log(JSON.stringify(studies, null, 2));
else {
  console.log(
    `Backtest study: cutoff ${new Date(CUTOFF).toISOString().slice(0, 10)}, horizon 39 weeks, ${CUSTOMERS} customers per dataset, seed ${SEED}`,
  );
  for (const study of studies) print(study);
}
