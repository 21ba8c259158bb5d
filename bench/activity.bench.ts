/**
 * The cost of activity beside scoreAll: `node --expose-gc --import tsx bench/activity.bench.ts`.
 *
 * On the benchmark data (the same generator and seed as `npm run bench`), times `scoreAll` over every
 * customer and `scoreActivity` over the same customers' histories (grouped beforehand, as scoreAll
 * groups them), interleaved, five rounds each; reports the medians and the ratio. Figures, not a test.
 *
 * Options: `--customers N` (default 100000).
 */

import { scoreActivityOf } from '../src/activity/score-activity.js';
import { ownHistory } from '../src/history/customer-history.js';
import { type CustomerHistory, parseDataset, resolveConfig, scoreActivity, scoreAll } from '../src/index.js';
import { CustomerGroups } from '../src/internal/group-by-customer.js';
import type { Channel } from '../src/model/channel.js';
import { generateDataset } from '../src/sample/generate.js';

const AS_OF = '2026-06-30T00:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);
const SEED = 20_261_123;
const args = process.argv.slice(2);
const customersArg = args.indexOf('--customers');
const CUSTOMERS = customersArg >= 0 ? Number(args[customersArg + 1]) : 100_000;

const dataset = parseDataset(generateDataset({ customers: CUSTOMERS, seed: SEED, asOf: AS_OF, timestamps: 'iso' }));
const config = resolveConfig();
const channels = new Map<string, Channel>(dataset.channels.map((c) => [c.id, c]));
const groups = new CustomerGroups(dataset.customers, dataset.interactions);
const histories: CustomerHistory[] = dataset.customers.map((c) => ownHistory(c, groups.interactionsOf(c.id), channels));

function timed(fn: () => number): number {
  const start = performance.now();
  const check = fn();
  const ms = performance.now() - start;
  if (!Number.isFinite(check)) throw new Error('non-finite');
  return ms;
}

const runs = { scoreAll: [] as number[], scoreActivity: [] as number[], scoreActivityOf: [] as number[] };
for (let round = 0; round < 5; round++) {
  (globalThis as { gc?: () => void }).gc?.();
  runs.scoreAll.push(
    timed(() => {
      let sum = 0;
      for (const p of scoreAll(dataset, { asOf: AS_OF, config })) sum += p.composite.score ?? 0;
      return sum;
    }),
  );
  runs.scoreActivity.push(
    timed(() => {
      let sum = 0;
      for (const h of histories) sum += scoreActivity(h, { asOf: AS_OF, config }).score ?? 0;
      return sum;
    }),
  );
  runs.scoreActivityOf.push(
    timed(() => {
      let sum = 0;
      for (const h of histories) sum += scoreActivityOf(h.interactions, AS_OF_MS, config).score ?? 0;
      return sum;
    }),
  );
}
const median = (v: number[]) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
const all = median(runs.scoreAll);
const activity = median(runs.scoreActivity);
const inner = median(runs.scoreActivityOf);
const us = (ms: number) => ((ms * 1000) / CUSTOMERS).toFixed(2);
console.log(`${CUSTOMERS} customers, ${dataset.interactions.length} interactions, medians of 5 interleaved rounds`);
console.log(`scoreAll:                    ${all.toFixed(0)} ms (${us(all)} µs per customer)`);
console.log(
  `scoreActivity (public):      ${activity.toFixed(0)} ms (${us(activity)} µs per customer), ${((100 * activity) / all).toFixed(1)} % of scoreAll`,
);
console.log(
  `scoreActivity (parsed opts): ${inner.toFixed(0)} ms (${us(inner)} µs per customer), ${((100 * inner) / all).toFixed(1)} % of scoreAll`,
);
