import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import { EngagementInputError } from '../model/errors.js';
import type { InteractionInput } from '../model/interaction.js';
import { parseDataset } from '../model/parse-dataset.js';
import { perceptionGap } from './perception-gap.js';
import { reasonShares } from './reason-shares.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const START_30 = AS_OF - 30 * DAY; // 2026-05-02T00:00:00Z

let next = 0;
function touch(
  customerId: string,
  at: number,
  reason: string | undefined,
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  next++;
  return {
    id: `i${next}`,
    customerId,
    channel: 'web',
    at,
    direction: 'inbound',
    type: 'visit',
    ...(reason !== undefined ? { reason } : {}),
    ...extra,
  };
}

function dataset(customers: string[], interactions: InteractionInput[]): Dataset {
  return parseDataset({
    customers: customers.map((id) => ({ id })),
    channels: [{ id: 'web', kind: 'web' }],
    interactions,
  });
}

describe('reasonShares — worked example', () => {
  const data = dataset(
    ['ann', 'bob', 'cat', 'dan', 'eve'],
    [
      touch('ann', START_30, 'get-discounts'), // the window's first instant: in
      touch('ann', AS_OF, 'get-discounts'), // asOf itself: in (ann still counts once)
      touch('ann', START_30 - 1, 'purchase'), // 1 ms before the window: out
      touch('bob', AS_OF, 'purchase'), // in
      touch('bob', AS_OF + 1, 'get-discounts'), // after asOf: out
      touch('cat', START_30 + 3_600_000, 'feel-connected'), // in
      touch('cat', AS_OF - DAY, 'get-discounts', { direction: 'outbound', type: 'offer' }), // either direction counts
      touch('dan', AS_OF - DAY, undefined), // no reason: not counted
      // eve: no interactions at all, still in the denominator.
    ],
  );

  it('shares of customers per reason inside [asOf − window, asOf]', () => {
    // n = 5 customers. get-discounts: ann, cat → 2/5 = 40 %; purchase: bob → 20 %; feel-connected: cat → 20 %.
    expect(reasonShares(data, { asOf: AS_OF, window: { days: 30 } })).toEqual({
      percentages: { 'feel-connected': 20, 'get-discounts': 40, purchase: 20 },
      counts: { 'feel-connected': 1, 'get-discounts': 2, purchase: 1 },
      customers: 5,
    });
  });

  it('lists reasons in id order', () => {
    const { percentages } = reasonShares(data, { asOf: AS_OF, window: { days: 30 } });
    expect(Object.keys(percentages)).toEqual(['feel-connected', 'get-discounts', 'purchase']);
  });

  it('reports requested reasons nobody has as 0 %', () => {
    const { percentages } = reasonShares(data, {
      asOf: AS_OF,
      window: { days: 30 },
      reasons: ['submit-ideas', 'purchase'],
    });
    expect(percentages).toEqual({ 'feel-connected': 20, 'get-discounts': 40, purchase: 20, 'submit-ideas': 0 });
  });

  it('a longer window takes in the older interaction', () => {
    // ann's purchase 1 ms before the 30-day window is inside 31 days: purchase 2/5 = 40 %.
    expect(reasonShares(data, { asOf: AS_OF, window: { days: 31 } }).percentages['purchase']).toBe(40);
  });

  it('accepts asOf as a Date or an ISO string with offset', () => {
    const a = reasonShares(data, { asOf: new Date(AS_OF), window: { days: 30 } });
    const b = reasonShares(data, { asOf: '2026-06-01T02:00:00+02:00', window: { days: 30 } });
    expect(a).toEqual(b);
  });
});

describe('reasonShares — default window and edge cases', () => {
  it('defaults to 365 days, both ends inclusive', () => {
    const data = dataset(
      ['a', 'b'],
      [touch('a', AS_OF - 365 * DAY, 'purchase'), touch('b', AS_OF - 365 * DAY - 1, 'purchase')],
    );
    expect(reasonShares(data, { asOf: AS_OF })).toEqual({
      percentages: { purchase: 50 },
      counts: { purchase: 1 },
      customers: 2,
    });
  });

  it('no customers: nothing to share', () => {
    expect(reasonShares(dataset([], []), { asOf: AS_OF, reasons: ['purchase'] })).toEqual({
      percentages: {},
      counts: {},
      customers: 0,
    });
  });

  it('customers without interactions: every requested reason at 0 %', () => {
    expect(reasonShares(dataset(['a'], []), { asOf: AS_OF, reasons: ['purchase'] }).percentages).toEqual({
      purchase: 0,
    });
  });

  it('a share of 1 in 3 stays within [0, 100]', () => {
    const { percentages } = reasonShares(dataset(['a', 'b', 'c'], [touch('a', AS_OF, 'x')]), { asOf: AS_OF });
    expect(percentages['x']).toBeCloseTo(100 / 3, 12);
  });

  it('works with __proto__ as a customer id and as a reason', () => {
    const data = dataset(['__proto__', 'constructor'], [touch('__proto__', AS_OF, '__proto__')]);
    const { percentages, counts } = reasonShares(data, { asOf: AS_OF });
    const proto = '__proto__';
    expect(Object.hasOwn(percentages, proto)).toBe(true);
    expect(percentages[proto]).toBe(50);
    expect(counts[proto]).toBe(1);
    expect(Object.getPrototypeOf(percentages)).toBe(Object.prototype);
    // And it feeds perceptionGap as the customer side.
    const business = { percentages: Object.fromEntries([['__proto__', 70]]) };
    expect(perceptionGap(business, { percentages }).rows[0]).toMatchObject({ reason: '__proto__', gap: 20 });
  });

  it('its result is a customer side for perceptionGap as it is', () => {
    const data = dataset(['a', 'b'], [touch('a', AS_OF, 'purchase'), touch('b', AS_OF, 'feel-connected')]);
    const observed = reasonShares(data, { asOf: AS_OF, reasons: ['get-discounts'] });
    const { rows } = perceptionGap(
      { percentages: { 'feel-connected': 64, purchase: 20, 'get-discounts': 10 } },
      observed,
    );
    expect(rows.map((r) => [r.reason, r.gap, r.direction])).toEqual([
      ['feel-connected', 14, 'overestimated'],
      ['purchase', -30, 'underestimated'],
      ['get-discounts', 10, 'overestimated'],
    ]);
  });
});

describe('reasonShares — bad input', () => {
  function issues(fn: () => unknown): { path: readonly (string | number)[]; code: string }[] {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      return (error as EngagementInputError).issues.map(({ path, code }) => ({ path, code }));
    }
    throw new Error('expected an EngagementInputError');
  }
  const data = dataset(['a'], []);

  it('needs asOf and valid options, and lists every problem', () => {
    expect(
      issues(() => reasonShares(data, { window: {}, reasons: ['ok', ''] } as never)).map((issue) => issue.code),
    ).toEqual(['invalid-as-of', 'invalid-duration', 'invalid-option']);
    expect(issues(() => reasonShares(data, { asOf: '2026-06-01T00:00:00' }))).toEqual([
      { path: ['asOf'], code: 'invalid-as-of' },
    ]);
    expect(issues(() => reasonShares(data, { asOf: AS_OF, window: { days: -1 } }))[0]?.path).toEqual([
      'window',
      'days',
    ]);
    expect(issues(() => reasonShares(data, { asOf: AS_OF, reasons: 'purchase' } as never))).toEqual([
      { path: ['reasons'], code: 'invalid-option' },
    ]);
    expect(issues(() => reasonShares(data, undefined as never))).toEqual([
      { path: ['options'], code: 'invalid-option' },
    ]);
    expect(issues(() => reasonShares({} as Dataset, { asOf: AS_OF }))).toEqual([
      { path: ['dataset'], code: 'invalid-type' },
    ]);
  });
});
