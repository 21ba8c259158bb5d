/**
 * Tree-shaking: importing one component function from the root entry bundles only what it needs.
 * esbuild bundles `export { sentiment } from 'engagement-scoring'` (the source entry), minified,
 * with zod and date-fns external. Before the views were made values the same import bundled
 * 25.6 kB (the profile schema, the IBM dataset and the sample generator came along); then 19.6 kB
 * (the record schemas, through the message of an empty id; the threads, cases and consent timeline,
 * through getters of the view; the fast path of the timestamp parser), then 14.9 kB; the check that
 * refuses a history not made by createHistory (`not-parsed`, 2.1 kB), the activity section of the
 * configuration and the configuration's own checks brought it to 18.2 kB. Now 15.9 kB: sentiment
 * reads only the look-back window (no roles or reply links), the standard vocabulary table is left
 * out (the default configuration reads only the level and dialogue types), `not-parsed` is one
 * table-driven walker (1.8 kB); 15.1 kB once the resolved config stopped carrying the default
 * next-step texts (`nextStep` falls back to them); 14.8 kB once the recency mean lost a shortcut
 * for uniform values that bought no measurable speed. What remains is what every component needs:
 * reading `asOf` (the timestamp parser and its hints, 2.7 kB), validating `config` (its zod schema
 * with every default, about 5.7 kB), `not-parsed`, and the recency mean.
 * The built package (dist/, ESM one file per module) gives the same figure; `npm run size` checks it.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
/** Minified bytes allowed for one component function (measured 14 924 bytes). */
const BUDGET = 15_000;

async function bundledBytes(names: string): Promise<{ bytes: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './src/index.ts';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  return { bytes: result.outputFiles[0]?.contents.length ?? 0, inputs: Object.keys(output?.inputs ?? {}) };
}

describe('bundle size', () => {
  it('one component function stays within the budget and leaves the sample data out', async () => {
    const { bytes, inputs } = await bundledBytes('sentiment');
    expect(bytes).toBeLessThanOrEqual(BUDGET);
    expect(inputs.filter((path) => path.includes('src/sample/'))).toEqual([]);
    expect(inputs).not.toContain('src/profile/profile-schema.ts');
    expect(inputs).not.toContain('src/perception/ibm2010.ts');
    // sentiment reads neither threads nor consent, nor record schemas
    for (const file of ['case-threads', 'message-threads', 'consent'])
      expect(inputs).not.toContain(`src/history/${file}.ts`);
    expect(inputs).not.toContain('src/model/schema-helpers.ts');
  }, 60_000);
});
