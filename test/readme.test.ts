/** Runs the README's usage example, so the first code a newcomer reads stays true. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { AsyncFunction, round, toRunnable } from './support/doc-runner.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((match) => match[1] as string)
  .filter((code) => code.includes('//=>'));

describe('README', () => {
  it('has a usage example with results to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  it.each(blocks.map((code, index) => ({ code, index })))(
    'usage example $index runs as documented',
    async ({ code }) => {
      let assertions = 0;
      const check = (actual: unknown, expected: unknown): void => {
        assertions++;
        expect(round(actual)).toEqual(round(expected));
      };
      await new AsyncFunction('lib', 'check', toRunnable(code))(lib, check);
      expect(assertions).toBeGreaterThan(0);
    },
  );
});
