/**
 * docs/errors.md documents every IssueCode: the union is read from the text of src/model/errors.ts,
 * so a code added there without documentation fails this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const errorsSource = readFileSync(join(ROOT, 'src', 'model', 'errors.ts'), 'utf8');
const errorsDoc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');

/** The string literals of `export type IssueCode = | 'a' | 'b' …;`. */
function issueCodes(source: string): string[] {
  const union = /export type IssueCode\s*=([^;]*);/.exec(source)?.[1];
  if (union === undefined) throw new Error('IssueCode union not found in src/model/errors.ts');
  return [...union.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
}

/** The codes that have their own section: headings such as "#### `invalid-type`". */
function documentedCodes(doc: string): string[] {
  return [...doc.matchAll(/^#{2,4} `([a-z-]+)`\s*$/gm)].map((match) => match[1] as string);
}

/** The text of one code's section, up to the next heading. */
function sectionOf(doc: string, code: string): string {
  const start = doc.indexOf(`#### \`${code}\``);
  if (start < 0) return '';
  const rest = doc.slice(doc.indexOf('\n', start) + 1);
  const next = rest.search(/^#{2,4} /m);
  return next < 0 ? rest : rest.slice(0, next);
}

const codes = issueCodes(errorsSource);

describe('docs/errors.md', () => {
  it('reads the IssueCode union', () => {
    expect(codes.length).toBeGreaterThanOrEqual(20);
    expect(codes).toContain('offset-less-timestamp');
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(codes)('documents %s with a trigger and an example issue', (code) => {
    expect(documentedCodes(errorsDoc)).toContain(code);
    const section = sectionOf(errorsDoc, code);
    // An example row: the input, then the issue it yields with this code.
    expect(section).toMatch(/^\|\s*input\s*\|\s*issue\s*\|$/m);
    expect(section).toContain(`"code": "${code}"`);
  });

  it('documents no code that does not exist', () => {
    for (const code of documentedCodes(errorsDoc)) expect(codes).toContain(code);
  });

  it('explains strict and collect mode and how a service returns issues', () => {
    expect(errorsDoc).toMatch(/^## Strict and collect mode$/m);
    expect(errorsDoc).toMatch(/^## Returning errors from a service$/m);
  });

  it('has JSON examples that parse', () => {
    const blocks = [...errorsDoc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(() => JSON.parse(block)).not.toThrow();
  });
});
