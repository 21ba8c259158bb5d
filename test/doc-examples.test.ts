/**
 * Runs every `@example` in the TSDoc of `src/`: `expr //=> expected` lines become assertions, so a
 * documented example that stops being true fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { AsyncFunction, examplesOf, round, toRunnable } from './support/doc-runner.js';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).sort();
const cases = files.flatMap((file) =>
  examplesOf(readFileSync(file, 'utf8')).map((example, index) => ({ file: relative(SRC, file), index, example })),
);

describe('TSDoc @example blocks', () => {
  it('finds examples to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  it('every example imports from the package', () => {
    for (const { file, example } of cases) {
      expect(example, `${file}`).toMatch(/from 'engagement-scoring'/);
    }
  });
  it.each(cases)('$file example $index', async ({ example }) => {
    let assertions = 0;
    const check = (actual: unknown, expected: unknown): void => {
      assertions++;
      expect(round(actual)).toEqual(round(expected));
    };
    await new AsyncFunction('lib', 'check', toRunnable(example))(lib, check);
    expect(assertions, 'an example shows at least one result with //=>').toBeGreaterThan(0);
  });
});
