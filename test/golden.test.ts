/**
 * Golden profiles: `scoreAll` on the sample data and on generated datasets must give exactly what
 * the committed fixture `test/fixtures/golden-profiles.json` records. The fixture was written once,
 * from the code as it stood before the scoring-speed work, and is never regenerated: a change that
 * moves any figure, reason, evidence id or key order fails here.
 *
 * - the sample data: every profile in full;
 * - 2,000 generated customers (seed 42), default configuration: a digest per customer (composite,
 *   each rule score, level, movement, flag count) and a hash of the whole profile;
 * - 500 generated customers (seed 7) scored three months earlier with an opt-in consent policy,
 *   custom type roles and one case per channel: the same digest, for the less travelled paths.
 *
 * Numbers are rounded to 12 significant digits (integers kept as they are). To write a missing
 * fixture (and only then): `GOLDEN_BOOTSTRAP=1 npx vitest run test/golden.test.ts`. To change the
 * defaults on purpose, `npm run golden:update` rewrites it and prints the diff summary; the commit
 * must say which scores moved and why, and the diff is reviewed like code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type EngagementProfile,
  parseDataset,
  RULE_NAMES,
  type RuleOptions,
  SAMPLE_AS_OF,
  sampleDataset,
  scoreAll,
} from '../src/index.js';
import { generateDataset } from '../src/sample/generate.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'golden-profiles.json');

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

type DigestRow = (string | number | null)[];

/** Composite, the six rule scores, level, movement, flag count and a hash of the whole profile. */
function digest(profile: EngagementProfile): DigestRow {
  const full = JSON.stringify(rounded(profile));
  return [
    profile.customerId,
    rounded(profile.composite.score) as number | null,
    ...RULE_NAMES.map((rule) => rounded(profile.rules[rule].score) as number | null),
    profile.level.level,
    profile.movement.direction,
    profile.flags.length,
    createHash('sha256').update(full).digest('hex').slice(0, 16),
  ];
}

interface Golden {
  readonly sample: unknown[];
  readonly generated: DigestRow[];
  readonly variant: DigestRow[];
}

const VARIANT_OPTIONS: RuleOptions = {
  asOf: '2026-03-30T00:00:00Z',
  config: {
    control: { consentPolicy: 'opt-in' },
    consistency: { minCasesPerChannel: 1 },
    typeRoles: { open: 'dialogue', view: 'endorsement', newsletter: 'recognition' },
  },
};

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

describe('golden profiles', () => {
  if ((!existsSync(FIXTURE) && process.env['GOLDEN_BOOTSTRAP'] === '1') || process.env['GOLDEN_UPDATE'] === '1') {
    writeFileSync(FIXTURE, `${JSON.stringify(compute())}\n`);
  }
  const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;
  const actual = compute();

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
    expect(actual.generated).toEqual(golden.generated);
  });
  it('scores the opt-in, custom-role variant exactly as recorded', () => {
    expect(actual.variant).toEqual(golden.variant);
  });
});
