import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/support/thrown-issues.js';
import { createHistory } from './create-history.js';
import type { InputIssue } from './errors.js';
import { assertParsedDataset, assertParsedHistory } from './not-parsed.js';
import { parseDataset } from './parse-dataset.js';

const raw = {
  customers: [
    { id: 'c1', consents: [{ channel: 'mail', purpose: 'marketing', granted: true, at: '2026-01-01T00:00:00Z' }] },
  ],
  channels: [{ id: 'mail', kind: 'email' }],
  interactions: [
    { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
  ],
} as const;

const pathsOf = (issues: readonly InputIssue[]) => issues.map((issue) => issue.path);
const messagesOf = (issues: readonly InputIssue[]) => issues.map((issue) => issue.message);

describe('assertParsedDataset', () => {
  it('accepts what parseDataset returns', () => {
    expect(() => assertParsedDataset('scoreAll', parseDataset(raw))).not.toThrow();
  });

  it('names every field of raw records that is not normalised, in record order', () => {
    const issues = thrownIssues(() => assertParsedDataset('scoreAll', raw));
    expect(issues.every((issue) => issue.code === 'not-parsed')).toBe(true);
    expect(pathsOf(issues)).toEqual([
      ['channels', 0, 'responseTargetMs'],
      ['channels', 0, 'realTime'],
      ['channels', 0, 'public'],
      ['customers', 0, 'consents', 0, 'at'],
      ['interactions', 0, 'at'],
    ]);
    expect(issues[4]?.message).toBe(
      'scoreAll: at is the string "2026-03-01T09:00:00Z", not epoch milliseconds; pass the records through parseDataset (or createHistory) first, which validates and normalises them',
    );
    expect(issues[0]?.message).toMatch(/^scoreAll: responseTargetMs is missing, not a number; /);
    expect(issues[1]?.message).toMatch(/^scoreAll: realTime is missing, not a boolean; /);
  });

  it('refuses a value that is not a dataset, and lists that are not arrays', () => {
    for (const value of [null, undefined, 'data', 3, [raw]]) {
      const issues = thrownIssues(() => assertParsedDataset('scoreAll', value));
      expect(pathsOf(issues)).toEqual([[]]);
      expect(issues[0]?.message).toMatch(/^scoreAll: the dataset is .*, not an object; /);
    }
    const issues = thrownIssues(() => assertParsedDataset('scoreAll', { customers: {}, channels: null }));
    expect(pathsOf(issues)).toEqual([['channels'], ['customers'], ['interactions']]);
    expect(messagesOf(issues)).toEqual([
      expect.stringMatching(/^scoreAll: channels is null, not an array; /),
      expect.stringMatching(/^scoreAll: customers is an object, not an array; /),
      expect.stringMatching(/^scoreAll: interactions is missing, not an array; /),
    ]);
  });

  it('names a record that is not an object by its list and position', () => {
    const parsed = parseDataset(raw);
    const issues = thrownIssues(() =>
      assertParsedDataset('scoreAll', { ...parsed, interactions: [...parsed.interactions, null, ['x'], true] }),
    );
    expect(pathsOf(issues)).toEqual([
      ['interactions', 1],
      ['interactions', 2],
      ['interactions', 3],
    ]);
    expect(messagesOf(issues)).toEqual([
      expect.stringMatching(/^scoreAll: interactions\[1\] is null, not an object; /),
      expect.stringMatching(/^scoreAll: interactions\[2\] is an array, not an object; /),
      expect.stringMatching(/^scoreAll: interactions\[3\] is a boolean, not an object; /),
    ]);
  });

  it('checks optional times only when present, and requires finite numbers', () => {
    const parsed = parseDataset(raw);
    const [interaction] = parsed.interactions;
    const [customer] = parsed.customers;
    const dataset = {
      ...parsed,
      customers: [{ ...customer, since: Number.POSITIVE_INFINITY, consents: 'none' }],
      interactions: [{ ...interaction, dueAt: Number.NaN }],
    };
    const issues = thrownIssues(() => assertParsedDataset('scoreAll', dataset));
    expect(pathsOf(issues)).toEqual([
      ['customers', 0, 'since'],
      ['customers', 0, 'consents'],
      ['interactions', 0, 'dueAt'],
    ]);
    expect(messagesOf(issues)).toEqual([
      expect.stringMatching(/^scoreAll: since is Infinity, not epoch milliseconds; /),
      expect.stringMatching(/^scoreAll: consents is the string "none", not an array; /),
      expect.stringMatching(/^scoreAll: dueAt is NaN, not epoch milliseconds; /),
    ]);
  });

  it('accepts a channel without a response target (Infinity), not one whose target is NaN', () => {
    const parsed = parseDataset(raw);
    const [channel] = parsed.channels;
    expect(() =>
      assertParsedDataset('scoreAll', { ...parsed, channels: [{ ...channel, responseTargetMs: Infinity }] }),
    ).not.toThrow();
    const issues = thrownIssues(() =>
      assertParsedDataset('scoreAll', { ...parsed, channels: [{ ...channel, responseTargetMs: Number.NaN }] }),
    );
    expect(pathsOf(issues)).toEqual([['channels', 0, 'responseTargetMs']]);
  });

  it('lists at most 20 issues and stops reading', () => {
    const interactions = Array.from({ length: 50 }, (_, i) => ({ ...raw.interactions[0], id: `i${i}` }));
    const issues = thrownIssues(() => assertParsedDataset('scoreAll', { ...parseDataset(raw), interactions }));
    expect(issues).toHaveLength(20);
    expect(issues[19]?.path).toEqual(['interactions', 19, 'at']);
  });

  it('describes other values by their type and quotes long strings shortened', () => {
    const parsed = parseDataset(raw);
    const [interaction] = parsed.interactions;
    const issues = thrownIssues(() =>
      assertParsedDataset('scoreAll', {
        ...parsed,
        interactions: [{ ...interaction, id: 7, type: Symbol('t'), channel: 1n }],
      }),
    );
    expect(messagesOf(issues)).toEqual([
      expect.stringMatching(/^scoreAll: id is 7, not a string; /),
      expect.stringMatching(/^scoreAll: channel is a bigint, not a string; /),
      expect.stringMatching(/^scoreAll: type is a symbol, not a string; /),
    ]);
    const long = thrownIssues(() =>
      assertParsedDataset('scoreAll', { ...parsed, interactions: [{ ...interaction, at: 'x'.repeat(60) }] }),
    );
    expect(long[0]?.message).toContain(`at is the string "${'x'.repeat(40)}…", not epoch milliseconds`);
  });
});

describe('assertParsedHistory', () => {
  const customer = { ...raw.customers[0], consents: [...raw.customers[0].consents] };
  const history = createHistory({ customer, channels: raw.channels, interactions: raw.interactions });

  it('accepts what createHistory returns', () => {
    expect(() => assertParsedHistory('scoreCustomer', history)).not.toThrow();
  });

  it('refuses a value that is not a history', () => {
    const issues = thrownIssues(() => assertParsedHistory('scoreCustomer', null));
    expect(pathsOf(issues)).toEqual([[]]);
    expect(issues[0]?.message).toMatch(/^scoreCustomer: the history is null, not an object; /);
  });

  it('needs the channels and the id index as Maps and the interactions as an array', () => {
    const issues = thrownIssues(() =>
      assertParsedHistory('scoreCustomer', { customer: raw.customers[0], channels: raw.channels, byId: {} }),
    );
    expect(pathsOf(issues)).toEqual([['customer', 'consents', 0, 'at'], ['channels'], ['byId'], ['interactions']]);
    expect(messagesOf(issues).slice(1)).toEqual([
      expect.stringMatching(/^scoreCustomer: channels is an array, not a Map; /),
      expect.stringMatching(/^scoreCustomer: byId is an object, not a Map; /),
      expect.stringMatching(/^scoreCustomer: interactions is missing, not an array; /),
    ]);
  });

  it('names a channel of the Map by its id', () => {
    const channels = new Map([['mail', { id: 'mail', kind: 'email' }]]);
    const issues = thrownIssues(() => assertParsedHistory('scoreCustomer', { ...history, channels }));
    expect(pathsOf(issues)).toEqual([
      ['channels', 'mail', 'responseTargetMs'],
      ['channels', 'mail', 'realTime'],
      ['channels', 'mail', 'public'],
    ]);
  });

  it('refuses a customer that is not an object', () => {
    const issues = thrownIssues(() => assertParsedHistory('sentiment', { ...history, customer: 'c1' }));
    expect(pathsOf(issues)).toEqual([['customer']]);
    expect(issues[0]?.message).toMatch(/^sentiment: customer is the string "c1", not an object; /);
  });
});

describe('assertParsedDataset on parsed data with one field spoiled', () => {
  // The common case is checked by hand-written tests of each record before the walk that names
  // fields; the two must agree: every spoiled field is refused, and named by its path.
  const parsed = parseDataset({
    customers: [
      {
        id: 'c1',
        since: '2025-01-01T00:00:00Z',
        consents: [{ channel: 'mail', granted: true, at: '2026-01-01T00:00:00Z' }],
      },
      { id: 'c2' },
    ],
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: [
      ...raw.interactions,
      {
        id: 'i2',
        customerId: 'c2',
        channel: 'mail',
        at: '2026-03-02T09:00:00Z',
        direction: 'outbound',
        type: 'promise',
        dueAt: '2026-03-09T09:00:00Z',
      },
    ],
  });
  const spoil = (record: object, key: string, value: unknown) => ({ ...record, [key]: value });
  const notTimes = ['2026-03-01T09:00:00Z', Number.NaN, Number.POSITIVE_INFINITY, null, {}];
  const notStrings = [1, null, undefined, true, ['x']];

  it('accepts it unspoiled', () => {
    expect(() => assertParsedDataset('scoreAll', parsed)).not.toThrow();
  });

  it('refuses every spoiled interaction field, named by its path', () => {
    const cases: [string, unknown][] = [
      ...notTimes.map((v): [string, unknown] => ['at', v]),
      ...notTimes.filter((v) => v !== null).map((v): [string, unknown] => ['dueAt', v]),
      ...['id', 'customerId', 'channel', 'type', 'direction'].flatMap((key) =>
        notStrings.map((v): [string, unknown] => [key, v]),
      ),
    ];
    for (const [key, value] of cases) {
      for (const index of [0, 1]) {
        const interactions = parsed.interactions.map((interaction, i) =>
          i === index ? spoil(interaction, key, value) : interaction,
        );
        const issues = thrownIssues(() => assertParsedDataset('scoreAll', { ...parsed, interactions }));
        expect(pathsOf(issues)).toEqual([['interactions', index, key]]);
      }
    }
  });

  it('refuses every spoiled customer field, named by its path', () => {
    const customer = parsed.customers[0] as object;
    const cases: [unknown, (string | number)[]][] = [
      ...notStrings.map((v): [unknown, (string | number)[]] => [spoil(customer, 'id', v), ['id']]),
      ...notTimes
        .filter((v) => v !== null)
        .map((v): [unknown, (string | number)[]] => [spoil(customer, 'since', v), ['since']]),
      [spoil(customer, 'consents', 'all'), ['consents']],
      [spoil(customer, 'consents', [null]), ['consents', 0]],
      [spoil(customer, 'consents', [{ at: '2026-01-01T00:00:00Z' }]), ['consents', 0, 'at']],
      [['c1'], []],
      [null, []],
    ];
    for (const [spoiled, path] of cases) {
      const issues = thrownIssues(() =>
        assertParsedDataset('scoreAll', { ...parsed, customers: [parsed.customers[1], spoiled] }),
      );
      expect(pathsOf(issues)).toEqual([['customers', 1, ...path]]);
    }
  });

  it('refuses a record that is not an object', () => {
    for (const value of [null, 'i1', ['i1'], 7]) {
      const issues = thrownIssues(() => assertParsedDataset('scoreAll', { ...parsed, interactions: [value] }));
      expect(pathsOf(issues)).toEqual([['interactions', 0]]);
    }
  });
});
