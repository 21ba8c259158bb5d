/**
 * Tree-shaking: importing one component function from the root entry bundles only what it needs.
 * esbuild bundles `export { sentiment } from 'engagement-scoring'` (the source entry), minified,
 * with zod and date-fns external. Before the views were made values the same import bundled
 * 25.6 kB (the profile schema, the IBM dataset and the sample generator came along).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
/** Minified bytes allowed for one component function (measured 16.6 kB). */
const BUDGET = 17_000;

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
  }, 60_000);
});
