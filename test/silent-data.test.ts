/**
 * Scores on data that record only one side: a purchase log (nothing the business sent) and a
 * support log (customers write, brands reply or not).
 */
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_SIDE_COMPONENTS,
  classifyLevel,
  createHistory,
  type DatasetInput,
  NO_BUSINESS_SIDE_REASON,
  parseDataset,
  partitionByCustomer,
  RULE_NAMES,
  recordsBusinessSide,
  scoreAll,
  scoreCustomer,
  scoreRelevancy,
  scoreValue,
} from '../src/index.js';

const AS_OF = '2026-06-30T00:00:00Z';
const DAY = 86_400_000;
const asOfMs = Date.parse(AS_OF);

/** c1 bought once, long ago; c2 twice; c3 every two weeks, up to last week. */
function purchaseLog(): DatasetInput {
  const interactions: DatasetInput['interactions'][number][] = [];
  const buy = (customerId: string, daysAgo: number, n: number) =>
    interactions.push({
      id: `${customerId}-${n}`,
      customerId,
      channel: 'shop',
      at: new Date(asOfMs - daysAgo * DAY).toISOString(),
      direction: 'inbound',
      type: 'purchase',
      amount: 20,
    });
  buy('c1', 300, 1);
  buy('c2', 120, 1);
  buy('c2', 60, 2);
  for (let k = 0; k < 20; k++) buy('c3', 7 + 14 * k, k);
  return {
    customers: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }],
    channels: [{ id: 'shop', kind: 'in-person' }],
    interactions,
  };
}

describe('purchase-only data', () => {
  const dataset = parseDataset(purchaseLog());
  const profiles = [...scoreAll(dataset, { asOf: AS_OF })];

  it('record nothing the business sent', () => {
    expect(recordsBusinessSide(dataset)).toBe(false);
  });

  it('give null business-side rules and components, never 0 or 100, and no composite', () => {
    for (const profile of profiles) {
      for (const rule of RULE_NAMES) {
        for (const component of profile.rules[rule].components) {
          if (!(BUSINESS_SIDE_COMPONENTS[rule] as readonly string[]).includes(component.name)) continue;
          expect(component.value).toBeNull();
          expect(component.reason).toBe(NO_BUSINESS_SIDE_REASON);
        }
      }
      for (const rule of ['value', 'efficiency', 'consistency', 'relevancy', 'control'] as const) {
        expect(profile.rules[rule]).toMatchObject({ score: null, reason: NO_BUSINESS_SIDE_REASON });
      }
      expect(profile.composite.score).toBeNull();
      expect(profile.composite.reason).toBeDefined();
    }
  });

  it('give a non-constant activity that orders the buyers', () => {
    const [a1, a2, a3] = profiles.map((p) => p.activity.score as number);
    expect(new Set([a1, a2, a3]).size).toBe(3);
    expect(a1).toBeLessThan(a2 as number);
    expect(a2).toBeLessThan(a3 as number);
  });

  it('are the same per customer with the option, and per partition', () => {
    const input = purchaseLog();
    const history = createHistory({
      customer: { id: 'c2' },
      channels: input.channels,
      interactions: input.interactions.filter((i) => i.customerId === 'c2'),
    });
    expect(scoreCustomer(history, { asOf: AS_OF, recordsBusinessSide: false })).toEqual(profiles[1]);
    expect(scoreValue(history, { asOf: AS_OF, recordsBusinessSide: false }).score).toBeNull();
    // Without the option a single history assumes the data record the business side: value 0 (the purchases went unthanked).
    expect(scoreValue(history, { asOf: AS_OF }).score).toBe(0);
  });
});

describe('partition invariance with the dataset-level fact', () => {
  it('scores every partition as the whole, though most partitions hold no outbound interaction', () => {
    const log = purchaseLog();
    // One outbound interaction, for c1 only: the whole dataset records the business side.
    const input: DatasetInput = {
      ...log,
      interactions: [
        ...log.interactions,
        {
          id: 'thanks',
          customerId: 'c1',
          channel: 'shop',
          at: new Date(asOfMs - 299 * DAY).toISOString(),
          direction: 'outbound',
          type: 'thank',
        },
      ],
    };
    const dataset = parseDataset(input);
    const whole = [...scoreAll(dataset, { asOf: AS_OF })];
    for (const n of [2, 3, 5]) {
      const parts = partitionByCustomer(dataset, n);
      expect(parts.every((part) => part.recordsBusinessSide === true)).toBe(true);
      const partitioned = parts.flatMap((part) => [...scoreAll(part, { asOf: AS_OF })]);
      partitioned.sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
      expect(partitioned).toEqual(whole);
    }
  });
});

describe('a support log', () => {
  const at = (daysAgo: number) => new Date(asOfMs - daysAgo * DAY).toISOString();
  const input: DatasetInput = {
    customers: [{ id: 'answered' }, { id: 'ignored' }, { id: 'complainer' }],
    channels: [{ id: 'tw', kind: 'social' }],
    interactions: [
      { id: 'q1', customerId: 'answered', channel: 'tw', at: at(10), direction: 'inbound', type: 'question' },
      {
        id: 'r1',
        customerId: 'answered',
        channel: 'tw',
        at: at(10),
        direction: 'outbound',
        type: 'reply',
        inReplyTo: 'q1',
      },
      { id: 'm1', customerId: 'ignored', channel: 'tw', at: at(5), direction: 'inbound', type: 'message' },
      { id: 'm2', customerId: 'ignored', channel: 'tw', at: at(4), direction: 'inbound', type: 'mention' },
      { id: 'c1', customerId: 'complainer', channel: 'tw', at: at(3), direction: 'inbound', type: 'complaint' },
    ],
  };
  const dataset = parseDataset(input);
  const profiles = [...scoreAll(dataset, { asOf: AS_OF })];

  it('puts every writer on the pyramid, at least observing', () => {
    for (const profile of profiles) expect(profile.level.level).toBe('observing');
    const history = createHistory({ customer: { id: 'x' }, channels: input.channels, interactions: [] });
    expect(classifyLevel(history, { asOf: AS_OF }).level).toBeNull();
  });

  it('never scores silence: the unanswered customer gets no listening and no relevancy 100', () => {
    const ignored = profiles[1];
    const listening = ignored?.rules.relevancy.components.find((c) => c.name === 'listening');
    expect(listening?.value).toBeNull();
    expect(ignored?.rules.relevancy.score).not.toBe(100);
    const answered = profiles[0];
    // A question and its reply: t = 1/2 → (1 − 0.5) / 0.75 = 2/3
    expect(answered?.rules.relevancy.components.find((c) => c.name === 'listening')?.value).toBeCloseTo(2 / 3, 12);
    const history = createHistory({
      customer: { id: 'ignored' },
      channels: input.channels,
      interactions: input.interactions.filter((i) => i.customerId === 'ignored'),
    });
    expect(scoreRelevancy(history, { asOf: AS_OF }).score).toBeNull();
  });
});
