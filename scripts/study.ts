/**
 * The backtest study: `npm run study`.
 *
 * Runs `backtest` on the three datasets of scripts/study-data.ts — a purchase-only retail log, a
 * customer-support log, a mixed CRM — and prints, side by side, how well activity, the
 * rules-of-engagement composite, the pyramid level and each rule predict the next 39 weeks, against
 * plain baselines. Deterministic: a seeded generator, no clock. The figures in docs/backtest.md come
 * from this script.
 *
 * Options: `--customers N` (default 5000 per dataset), `--seed S` (default 20261202), `--json`,
 * `--seeds K`: instead of the tables, repeat the study on K independent seeds (S, S + 1000, …) and
 * print, for each dataset, how often and by how much activity's AUC beats each baseline's on the
 * same data (paired differences), so one seed's luck is not mistaken for a result.
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
const SEEDS = argOf('--seeds', 0);

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

function run(seed: number): Study[] {
  const retailData = parseDataset(retail(seed, CUSTOMERS));
  const supportData = parseDataset(support(seed + 1, CUSTOMERS));
  const crmData = parseDataset(crm(seed + 2, CUSTOMERS));
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

/** Paired AUC differences, activity − baseline, over `count` seeds: wins, mean, min and max. */
function robustness(count: number): void {
  const diffs = new Map<string, number[]>();
  for (let k = 0; k < count; k++) {
    for (const study of run(SEED + 1000 * k)) {
      const auc = (name: string) => study.result.scores.find((s) => s.name === name)?.auc ?? null;
      const activity = auc('activity');
      for (const baseline of study.result.scores.filter((s) => s.kind === 'baseline')) {
        if (activity === null || baseline.auc === null) continue;
        const key = `${study.name}|${baseline.name}`;
        diffs.set(key, [...(diffs.get(key) ?? []), activity - baseline.auc]);
      }
    }
  }
  console.log(
    `Activity AUC − baseline AUC, paired on ${count} seeds (${SEED}, ${SEED} + 1000, …), ${CUSTOMERS} customers each`,
  );
  console.log('\n| dataset | baseline | activity wins | mean | min | max |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const [key, values] of diffs) {
    const [dataset, baseline] = key.split('|');
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const wins = values.filter((v) => v > 0).length;
    console.log(
      `| ${dataset} | ${baseline} | ${wins} of ${values.length} | ${f(mean, 4)} | ${f(Math.min(...values), 4)} | ${f(Math.max(...values), 4)} |`,
    );
  }
}

if (SEEDS > 0) robustness(SEEDS);
else if (asJson) console.log(JSON.stringify(run(SEED), null, 2));
else {
  const studies = run(SEED);
  console.log(
    `Backtest study: cutoff ${new Date(CUTOFF).toISOString().slice(0, 10)}, horizon 39 weeks, ${CUSTOMERS} customers per dataset, seed ${SEED}`,
  );
  for (const study of studies) print(study);
}
