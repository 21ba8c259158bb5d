/**
 * The test selection for mutation runs (`npm run mutation`): `stryker.config.mjs` puts the globs of
 * the tests to run in `MUTATION_TESTS` (by default the tests beside the mutated code).
 */
import { defineConfig } from 'vitest/config';

const include = (process.env.MUTATION_TESTS ?? 'src/**/*.test.ts,test/**/*.test.ts')
  .split(',')
  .map((glob) => glob.trim())
  .filter((glob) => glob !== '');

export default defineConfig({ test: { include } });
