/**
 * Data that did not come from parseDataset / createHistory is refused with `not-parsed` by the
 * scoring entry points — scoreAll, scoreCustomer, the six rules, their components, classifyLevel
 * and levelMovement — instead of scoring to nulls (profiles that fail the profile schema).
 */
import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';
import {
  type CustomerHistory,
  createHistory,
  type Dataset,
  EngagementInputError,
  parseDataset,
  type RuleOptions,
  sampleDataset,
  scoreAll,
  scoreCustomer,
} from '../src/index.js';
// @ts-expect-error a plain JavaScript module without declarations
import { scoreRawDataset, scoreRawHistory, scoreRawHistoryWith } from './support/plain-caller.mjs';
import { thrownIssues } from './support/thrown-issues.js';

/** Every function of the root entry that scores one history `(history, { asOf, … })`. */
const HISTORY_ENTRY_POINTS = [
  'scoreCustomer',
  'scoreActivity',
  'scoreValue',
  'scoreEfficiency',
  'scoreTrust',
  'scoreConsistency',
  'scoreRelevancy',
  'scoreControl',
  'personalResponse',
  'personalTouch',
  'acknowledgedContributions',
  'responseTime',
  'resolution',
  'effort',
  'promiseKeeping',
  'complaintResolution',
  'advocacy',
  'sentiment',
  'crossChannel',
  'answeredChannels',
  'topicMatch',
  'responsiveness',
  'listening',
  'consentRespected',
  'channelChoice',
  'preferenceHonoured',
  'classifyLevel',
  'levelMovement',
] as const;

type HistoryEntryPoint = (history: CustomerHistory, options: RuleOptions) => unknown;
/** The root exports by name (a test reads them all; no bundle is involved). */
const exported: Readonly<Record<string, unknown>> = entry;
const entryPoint = (name: string) => exported[name] as HistoryEntryPoint;

const asOf = '2026-06-30T00:00:00Z';
const raw = {
  customers: [{ id: 'c1' }],
  channels: [{ id: 'mail', kind: 'email' }],
  interactions: [
    { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
  ],
} as const;

describe('not-parsed', () => {
  it('scoreAll refuses raw records from plain JavaScript', () => {
    const error = scoreRawDataset();
    expect(error).toBeInstanceOf(EngagementInputError);
    expect((error as EngagementInputError).issues.every((issue) => issue.code === 'not-parsed')).toBe(true);
    expect((error as EngagementInputError).message).toContain('parseDataset');
  });

  it('scoreCustomer refuses a hand-made history of raw records from plain JavaScript', () => {
    const error = scoreRawHistory();
    expect(error).toBeInstanceOf(EngagementInputError);
    expect((error as EngagementInputError).issues[0]?.code).toBe('not-parsed');
  });

  it('names the offending fields in TypeScript too (a cast around the types)', () => {
    const issues = thrownIssues(() => scoreAll(raw as unknown as Dataset, { asOf }));
    expect(issues.map((issue) => issue.path)).toEqual([
      ['channels', 0, 'responseTargetMs'],
      ['channels', 0, 'realTime'],
      ['channels', 0, 'public'],
      ['interactions', 0, 'at'],
    ]);
  });

  it('scores parsed data exactly as before', () => {
    const dataset = parseDataset(sampleDataset());
    expect([...scoreAll(dataset, { asOf })]).toHaveLength(dataset.customers.length);
    const history = createHistory({
      customer: raw.customers[0],
      channels: raw.channels,
      interactions: raw.interactions,
    });
    expect(scoreCustomer(history, { asOf }).customerId).toBe('c1');
  });

  it.each(HISTORY_ENTRY_POINTS)('%s refuses a hand-made history of raw records from plain JavaScript', async (name) => {
    const error = await scoreRawHistoryWith(name);
    expect(error).toBeInstanceOf(EngagementInputError);
    const issues = (error as EngagementInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.code === 'not-parsed')).toBe(true);
    expect((error as EngagementInputError).message).toMatch(new RegExp(`^${name}: `));
  });

  it.each(HISTORY_ENTRY_POINTS)('%s names the offending fields in TypeScript (a cast around the types)', (name) => {
    const handMade = {
      customer: raw.customers[0],
      channels: new Map(),
      byId: new Map(),
      interactions: raw.interactions,
    };
    const issues = thrownIssues(() => entryPoint(name)(handMade as unknown as CustomerHistory, { asOf }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['not-parsed', ['interactions', 0, 'at']]]);
  });

  it.each(HISTORY_ENTRY_POINTS)('%s scores a history from createHistory', (name) => {
    const history = createHistory({
      customer: raw.customers[0],
      channels: raw.channels,
      interactions: raw.interactions,
    });
    expect(() => entryPoint(name)(history, { asOf })).not.toThrow();
  });

  it('reads the options first: a missing asOf is reported before the history', () => {
    const issues = thrownIssues(() => entryPoint('sentiment')({} as CustomerHistory, {} as RuleOptions));
    expect(issues.map((issue) => issue.code)).toEqual(['invalid-as-of']);
  });

  it('every root export that takes (history, options) is listed here (scoreAll takes a dataset)', () => {
    const history = createHistory({
      customer: raw.customers[0],
      channels: raw.channels,
      interactions: raw.interactions,
    });
    const takesHistory = Object.entries(exported)
      .filter(([name, value]) => typeof value === 'function' && value.length === 2 && name !== 'scoreAll')
      .filter(([name]) => {
        try {
          entryPoint(name)({} as CustomerHistory, { asOf });
          return false;
        } catch (error) {
          return error instanceof EngagementInputError && error.issues.some((issue) => issue.code === 'not-parsed');
        }
      })
      .map(([name]) => name);
    expect(history.customer.id).toBe('c1');
    expect(new Set(takesHistory)).toEqual(new Set(HISTORY_ENTRY_POINTS));
  });
});

describe('asOf is range-checked like other timestamps', () => {
  const history = createHistory({ customer: raw.customers[0], channels: raw.channels, interactions: raw.interactions });

  it('refuses epoch seconds and YYYYMMDD numbers with invalid-as-of and a hint', () => {
    for (const [value, hint] of [
      [1_780_000_000, /epoch seconds/],
      [20_260_630, /YYYYMMDD/],
      [new Date('2200-01-01T00:00:00Z'), /plausible range/],
    ] as const) {
      const issues = thrownIssues(() => entry.sentiment(history, { asOf: value }));
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid-as-of', ['asOf']]]);
      expect((issues[0] as unknown as { message: string }).message).toMatch(hint);
    }
  });

  it('accepts the edges of the plausible range and any ISO string with an offset', () => {
    const { from, to } = entry.DEFAULT_TIMESTAMP_RANGE;
    expect(() => entry.sentiment(history, { asOf: from })).not.toThrow();
    expect(() => entry.sentiment(history, { asOf: to - 1 })).not.toThrow();
    expect(() => entry.sentiment(history, { asOf: to })).toThrow(EngagementInputError);
    expect(() => entry.sentiment(history, { asOf: from - 1 })).toThrow(EngagementInputError);
    expect(() => scoreCustomer(history, { asOf: '2026-06-30 00:00:00+02:00' })).not.toThrow();
  });
});
