/**
 * Golden profiles: `scoreAll` on the sample data and on generated datasets must give exactly what
 * the committed fixtures in `test/fixtures/golden/` record. A change that moves any figure, reason,
 * evidence id or key order fails here.
 *
 * - `sample-profiles.json`: every profile of the sample data in full, one component per line, so a
 *   change reads as a diff of the figures that moved;
 * - `generated-digests.txt`: 2,000 generated customers (seed 42), default configuration — one line
 *   per customer, its id and the SHA-256 of its whole profile (first 32 hex digits);
 * - `variant-digests.txt`: 500 generated customers (seed 7) scored three months earlier with an
 *   opt-in consent policy, custom type roles and one case per channel: the same digests, for the
 *   less travelled paths.
 *
 * Numbers are rounded to 12 significant digits (integers kept as they are). To write missing
 * fixtures (and only then): `GOLDEN_BOOTSTRAP=1 npx vitest run test/golden.test.ts`. To change the
 * defaults on purpose, `npm run golden:update` rewrites them and prints the diff summary; the
 * commit must say which scores moved and why, and the diff is reviewed like code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type EngagementProfile,
  parseDataset,
  type RuleOptions,
  SAMPLE_AS_OF,
  sampleDataset,
  scoreAll,
} from '../src/index.js';
import { generateDataset } from '../src/sample/generate.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'golden');
const SAMPLE = join(FIXTURES, 'sample-profiles.json');
const GENERATED = join(FIXTURES, 'generated-digests.txt');
const VARIANT = join(FIXTURES, 'variant-digests.txt');

/** A copy with every non-integer number rounded to 12 significant digits; key order kept. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = rounded(inner);
    return out;
  }
  return value;
}

/** `<customerId> <first 32 hex digits of the SHA-256 of the rounded profile>`. */
function digest(profile: EngagementProfile): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(rounded(profile)))
    .digest('hex');
  return `${profile.customerId} ${hash.slice(0, 32)}`;
}

function depth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

/**
 * JSON for review: an object or list nested at most two deep that fits in 200 characters on one
 * line (a component, a list of ids), anything larger one entry per line.
 */
function reviewable(value: unknown, indent = 0): string {
  const line = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || (depth(value) <= 2 && line.length <= 200)) return line;
  const inner = '  '.repeat(indent + 1);
  const entries = Array.isArray(value)
    ? value.map((item) => inner + reviewable(item, indent + 1))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${reviewable(item, indent + 1)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return entries.length === 0 ? open + close : `${open}\n${entries.join(',\n')}\n${'  '.repeat(indent)}${close}`;
}

const VARIANT_OPTIONS: RuleOptions = {
  asOf: '2026-03-30T00:00:00Z',
  config: {
    control: { consentPolicy: 'opt-in' },
    consistency: { minCasesPerChannel: 1 },
    typeRoles: { open: 'dialogue', view: 'endorsement', newsletter: 'recognition' },
  },
};

interface Golden {
  readonly sample: unknown[];
  readonly generated: string[];
  readonly variant: string[];
}

function compute(): Golden {
  const sample = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })].map(rounded);
  const generated = [
    ...scoreAll(parseDataset(generateDataset({ customers: 2000, seed: 42, asOf: SAMPLE_AS_OF })), {
      asOf: SAMPLE_AS_OF,
    }),
  ].map(digest);
  const variant = [
    ...scoreAll(parseDataset(generateDataset({ customers: 500, seed: 7, asOf: SAMPLE_AS_OF })), VARIANT_OPTIONS),
  ].map(digest);
  return { sample, generated, variant };
}

function write(golden: Golden): void {
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(SAMPLE, `${reviewable(golden.sample)}\n`);
  writeFileSync(GENERATED, `${golden.generated.join('\n')}\n`);
  writeFileSync(VARIANT, `${golden.variant.join('\n')}\n`);
}

function read(): Golden {
  const lines = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
  return {
    sample: JSON.parse(readFileSync(SAMPLE, 'utf8')) as unknown[],
    generated: lines(GENERATED),
    variant: lines(VARIANT),
  };
}

/** The customers whose digest differs, for a failure message that says who moved. */
function moved(actual: readonly string[], recorded: readonly string[]): string[] {
  const before = new Set(recorded);
  return actual.filter((line) => !before.has(line)).map((line) => line.split(' ')[0] as string);
}

describe('golden profiles', () => {
  const actual = compute();
  if ((!existsSync(SAMPLE) && process.env['GOLDEN_BOOTSTRAP'] === '1') || process.env['GOLDEN_UPDATE'] === '1') {
    write(actual);
  }
  const golden = read();

  it('covers the datasets it claims to', () => {
    expect(golden.sample.length).toBeGreaterThan(10);
    expect(golden.generated).toHaveLength(2000);
    expect(golden.variant).toHaveLength(500);
  });
  it('scores the sample data exactly as recorded (every profile in full)', () => {
    expect(actual.sample).toEqual(golden.sample);
    // Key order is part of the output too (JSON consumers see it).
    expect(JSON.stringify(actual.sample)).toBe(JSON.stringify(golden.sample));
  });
  it('scores 2,000 generated customers exactly as recorded', () => {
    expect(moved(actual.generated, golden.generated), 'customers whose profile changed').toEqual([]);
    expect(actual.generated).toEqual(golden.generated);
  });
  it('scores the opt-in, custom-role variant exactly as recorded', () => {
    expect(moved(actual.variant, golden.variant), 'customers whose profile changed').toEqual([]);
    expect(actual.variant).toEqual(golden.variant);
  });
  it('writes the sample fixture in its reviewable form', () => {
    expect(readFileSync(SAMPLE, 'utf8')).toBe(`${reviewable(golden.sample)}\n`);
  });
});
