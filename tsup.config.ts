import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Delete dist once here rather than with `clean` in both builds, which race.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // lodash-es ships ESM only: bundle it so `require()` works without require(esm).
    noExternal: ['lodash-es'],
    treeshake: true,
  },
]);
