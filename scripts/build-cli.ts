/**
 * Builds the command line into `dist/` (run by `npm run build` after tsup):
 * - `cli.js`: the `engagement-scoring` executable, the core bundled in, dependencies left to npm;
 * - `report-page.js`: the report's charts (Observable Plot and d3) bundled for the browser, which the
 *   CLI inlines into each report so the HTML file needs nothing at run time.
 *
 *   node --import tsx scripts/build-cli.ts [outDir]
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the CLI and the report page into `outDir`; returns the files written. */
export async function buildCli(outDir: string = join(root, 'dist')): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const cli = join(outDir, 'cli.js');
  const page = join(outDir, 'report-page.js');
  await Promise.all([
    build({
      entryPoints: [join(root, 'src/cli/bin.ts')],
      outfile: cli,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Dependencies stay packages that npm installs, except lodash-es: its ESM build is some 600
      // modules, which cost the CLI most of a second at start; bundled, only the few functions used remain.
      external: ['csv-parse', 'cli-progress'],
      banner: { js: '#!/usr/bin/env node' },
      loader: { '.html': 'text' },
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(root, 'src/cli/report/page.ts')],
      outfile: page,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    }),
  ]);
  chmodSync(cli, 0o755);
  return [cli, page];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildCli(process.argv[2]);
  console.log(`CLI: ${files.join(', ')}`);
}
