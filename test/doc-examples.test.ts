/**
 * Runs every `@example` in the TSDoc of `src/`: `expr //=> expected` lines become assertions, so a
 * documented example that stops being true fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Extracts each `@example` block's code from the doc comments of one file. */
function examplesOf(text: string): string[] {
  const blocks: string[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith('@example')) {
        if (current) blocks.push(current.join('\n'));
        current = [];
      } else if (line.startsWith('@')) {
        if (current) blocks.push(current.join('\n'));
        current = undefined;
      } else if (current) {
        current.push(line);
      }
    }
    if (current) blocks.push(current.join('\n'));
  }
  return blocks.filter((block) => block.trim() !== '' && !block.includes('```'));
}

/** Turns `expr //=> expected` lines into assertions and package imports into a destructuring of `lib`. */
function toRunnable(example: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of example.split('\n')) {
    const line = raw.replace(/^import \{([^}]*)\} from 'engagement-scoring';$/, 'const {$1} = lib;');
    const arrow = line.indexOf('//=>');
    if (arrow >= 0) {
      const expression = [...pending, line.slice(0, arrow)].join('\n').trim();
      out.push(`check(${expression}, ${line.slice(arrow + 4).trim()});`);
      pending = [];
      continue;
    }
    pending.push(line);
    const code = line.replace(/\/\/.*$/, '').trimEnd();
    if (code.endsWith(';') || code.endsWith('{') || code.endsWith('}')) {
      out.push(...pending);
      pending = [];
    }
  }
  out.push(...pending);
  return out.join('\n');
}

function round(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(round);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  }
  return value;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

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
