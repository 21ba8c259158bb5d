/**
 * Schema = parser: the published JSON Schemas (ajv) and parseDataset give the same verdict on values
 * on both sides of every boundary the schemas state: timestamp strings (field ranges, separators,
 * offsets, fractions), numeric timestamps around the plausible range, ids, amounts, sentiments and
 * duration parts. Two documented exceptions are not generated: 29 February in a year that is not a
 * leap year (a pattern cannot say it; the parser refuses it), and case or separator variants of
 * enumerations ('Email'), which the parser accepts with a `normalized-value` warning while the
 * schemas state the canonical values.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../scripts/json-schemas.js';
import { DEFAULT_TIMESTAMP_RANGE, parseDataset } from '../src/index.js';

const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateInteraction = ajv.compile(schemas['interaction.json'] as object);
const validateChannel = ajv.compile(schemas['channel.json'] as object);

const base = {
  id: 'i1',
  customerId: 'c1',
  channel: 'mail',
  at: '2026-03-01T09:00:00Z',
  direction: 'inbound',
  type: 'question',
};

/**
 * The parser's verdict on one interaction, in a dataset where its references resolve (a reply
 * target is a reference between records, which no JSON Schema states: dangling ones are unlinked).
 */
function parses(interaction: unknown): boolean {
  const result = parseDataset(
    { customers: [{ id: 'c1' }], channels: [{ id: 'mail', kind: 'email' }], interactions: [interaction] },
    { mode: 'collect', danglingReplies: 'unlink' },
  );
  return result.rejected.length === 0;
}

function parsesChannel(channel: unknown): boolean {
  return (
    parseDataset({ customers: [], channels: [channel], interactions: [] }, { mode: 'collect' }).rejected.length === 0
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Timestamp strings with every field on and around its boundaries. */
const timestampString = fc
  .record({
    year: fc.constantFrom(1999, 2000, 2024, 2026),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.constantFrom(0, 1, 28, 29, 30, 31, 32),
    hour: fc.constantFrom(0, 9, 23, 24, 25),
    minute: fc.constantFrom(0, 59, 60),
    second: fc.option(fc.constantFrom(0, 59, 60), { nil: undefined }),
    fraction: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    fractionDigit: fc.constantFrom('0', '5'),
    separator: fc.constantFrom('T', 't', ' ', '_', ''),
    zone: fc.constantFrom('Z', 'z', '', '+00:00', '-05:30', '+0530', '+23:59', '+24:00', '-00:60', '+1:00'),
  })
  .filter((t) => !(t.month === 2 && t.day === 29 && !isLeap(t.year)))
  .map((t) => {
    const seconds =
      t.second === undefined
        ? ''
        : `:${pad(t.second)}${t.fraction === undefined ? '' : `.${t.fractionDigit.repeat(t.fraction)}`}`;
    return `${t.year}-${pad(t.month)}-${pad(t.day)}${t.separator}${pad(t.hour)}:${pad(t.minute)}${seconds}${t.zone}`;
  });

const { from, to } = DEFAULT_TIMESTAMP_RANGE;
const timestampNumber = fc.oneof(
  fc.constantFrom(from - 1, from, from + 0.5, to - 1, to, to + 1, 0, -1, 1_507_704_944, 19_970_101, 1e308, -1e308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: from - 10, max: from + 10 }),
  fc.integer({ min: to - 10, max: to + 10 }),
);

describe('JSON Schema and parseDataset agree', () => {
  it('on timestamp strings around every field boundary', () => {
    fc.assert(
      fc.property(timestampString, fc.constantFrom('at', 'dueAt'), (value, field) => {
        const record = { ...base, [field]: value };
        expect(validateInteraction(record)).toBe(parses(record));
      }),
      { numRuns: 2_000, seed: 12 },
    );
  });

  it('on numeric timestamps on both sides of the plausible range', () => {
    fc.assert(
      fc.property(timestampNumber, (value) => {
        const record = { ...base, at: value };
        expect(validateInteraction(record)).toBe(parses(record));
      }),
      { numRuns: 1_000, seed: 12 },
    );
  });

  it('on ids, amounts and sentiments at their limits', () => {
    const field = fc.oneof(
      fc.record({ key: fc.constant('id'), value: fc.constantFrom('', 'a', ' ', 'x'.repeat(100)) }),
      fc.record({ key: fc.constant('inReplyTo'), value: fc.constantFrom('', 'elsewhere') }),
      fc.record({ key: fc.constant('amount'), value: fc.constantFrom(-1, -Number.MIN_VALUE, 0, 1e308) }),
      fc.record({ key: fc.constant('sentiment'), value: fc.constantFrom(-1.0001, -1, 0, 1, 1.0001) }),
      fc.record({ key: fc.constant('reason'), value: fc.constantFrom('', 'price') }),
    );
    fc.assert(
      fc.property(field, ({ key, value }) => {
        const record = { ...base, [key]: value };
        expect(validateInteraction(record)).toBe(parses(record));
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('on duration parts: at least one, non-negative, at most 1e9', () => {
    const target = fc.dictionary(
      fc.constantFrom('years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'),
      fc.constantFrom(-1, 0, 1, 1e9, 1e9 + 1, 1e306),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(target, (responseTarget) => {
        const channel = { id: 'mail', kind: 'email', responseTarget };
        expect(validateChannel(channel)).toBe(parsesChannel(channel));
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
