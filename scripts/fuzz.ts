/**
 * The long fuzz run: `npm run fuzz [-- --records N --seed S]` (default 100,000 interactions in
 * batches of 10,000, seeds 1, 2, …). Prints the figures and exits non-zero if an invariant breaks.
 */
import { fuzzRun } from '../test/support/fuzz.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const total = option('records', 100_000);
const firstSeed = option('seed', 1);
const batch = 10_000;
let records = 0;
let accepted = 0;
let rejected = 0;
let profiles = 0;
let ms = 0;
const failures: string[] = [];
for (let seed = firstSeed; records < total; seed++) {
  const report = fuzzRun(seed, Math.min(batch, total - records));
  records += report.records;
  accepted += report.accepted;
  rejected += report.rejected;
  profiles += report.profiles;
  ms += report.ms;
  for (const failure of report.failures) failures.push(`seed ${seed}: ${failure}`);
}
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(
  `fuzz: ${fmt(records)} records, ${fmt(accepted)} accepted, ${fmt(rejected)} rejected, ${fmt(profiles)} profiles scored, ${(ms / 1000).toFixed(1)} s`,
);
if (failures.length > 0) {
  console.error(failures.slice(0, 50).join('\n'));
  process.exit(1);
}
console.log(
  'every invariant held: no exception in collect mode, valid + rejected = input, known codes and paths, no NaN or Infinity, no prototype pollution',
);
