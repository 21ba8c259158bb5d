// Mutation testing with StrykerJS (not part of CI: a run takes minutes per folder).
//
//   npm run mutation -- --mutate src/model/timestamp.ts          # one file
//   MUTATE=src/pyramid npm run mutation                           # a folder (every .ts except tests)
//   MUTATE=src/rules/trust,src/history/consent.ts npm run mutation
//   MUTATION_TESTS=all MUTATE=src/pyramid npm run mutation        # against every test, properties included
//
// By default a mutant faces the example tests beside the mutated code (in the folder of a mutated
// file, or in the mutated folder), without the fast-check properties (`*.prop.test.ts`): a run
// then fits in minutes, and the score says what the worked examples pin. `MUTATION_TESTS` takes
// `all` (every test, properties and the cross-module tests in test/ included) or test globs
// (comma-separated); `MUTATION_PROPERTIES=1` adds the properties to a selection.
//
// Without MUTATE or --mutate the whole list of mutation targets runs, which takes long: scope
// a run to one file or folder. Reports go to reports/mutation/<scope>/ (HTML and JSON).
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

const TARGETS = ['src/model/timestamp.ts', 'src/pyramid', 'src/history/consent.ts', 'src/rules'];

function globs(entry) {
  const path = entry.replace(/\/+$/, '');
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return [path]; // already a glob (or a typo Stryker will report)
  }
  return isFolder ? [`${path}/**/*.ts`, `!${path}/**/*.test.ts`, `!${path}/**/index.ts`] : [path];
}

const scope = (process.env.MUTATE ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
const entries = scope.length > 0 ? scope : TARGETS;
// `--mutate x` on the command line overrides `mutate` below; it also names the report folder.
const cli = process.argv.indexOf('--mutate');
const named = cli >= 0 && process.argv[cli + 1] ? process.argv[cli + 1].split(',') : scope;
const name = named.length > 0 ? named.join('+').replace(/[^A-Za-z0-9._+-]+/g, '_') : 'all';

function testGlobs(entry) {
  const path = entry.replace(/\/+$/, '');
  try {
    return [`${statSync(path).isDirectory() ? path : dirname(path)}/**/*.test.ts`];
  } catch {
    // A glob: the tests under the folder it starts with.
    const folder = dirname(`${path.split(/[*{!]/)[0]}x`);
    return [folder === '.' ? 'src/**/*.test.ts' : `${folder}/**/*.test.ts`];
  }
}

const tests = process.env.MUTATION_TESTS ?? '';
if (tests === 'all') process.env.MUTATION_PROPERTIES = '1';
// Read by vitest.mutation.config.ts in the test-runner processes, which inherit the environment.
process.env.MUTATION_TESTS =
  tests === 'all'
    ? 'src/**/*.test.ts,test/**/*.test.ts'
    : tests !== ''
      ? tests
      : [...new Set((named.length > 0 ? named : entries).flatMap(testGlobs))].join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  mutate: entries.flatMap(globs),
  // The machine is shared: one test-runner process by default (`--concurrency 2` to override).
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 10_000,
  // Re-runs only mutants whose code or covering tests changed since the last run of this scope.
  incremental: true,
  incrementalFile: `reports/mutation/${name}/stryker-incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
