/**
 * The test selection for mutation runs (`npm run mutation`): `stryker.config.mjs` puts the globs of
 * the tests to run in `MUTATION_TESTS` (by default the example tests beside the mutated code) and
 * `MUTATION_PROPERTIES=1` when the fast-check properties should run too (they run hundreds of cases
 * per mutant and made a folder take over an hour on two shared cores).
 */
import { configDefaults, defineConfig } from 'vitest/config';

const include = (process.env.MUTATION_TESTS ?? 'src/**/*.test.ts,test/**/*.test.ts')
  .split(',')
  .map((glob) => glob.trim())
  .filter((glob) => glob !== '');
const properties = process.env.MUTATION_PROPERTIES === '1';

export default defineConfig({
  test: {
    include,
    exclude: properties ? configDefaults.exclude : [...configDefaults.exclude, '**/*.prop.test.ts'],
  },
});
