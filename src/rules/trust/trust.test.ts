import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { scoreTrust } from './trust.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}
const T = AS_OF - 30 * DAY;
// All judged items of a component share an age, so recency weights cancel within it:
// promiseKeeping: p1 fulfilled, p2 overdue → 1/2
// complaintResolution: k1 resolved, k2 open 30 days > 14 → 1/2
// advocacy: one recommendation today → 1 − 0.5^1 = 1/2
// sentiment: k1 at -0.5 and k2 at +0.5 (same age) → mean 0 → 1/2
const worked: Draft[] = [
  { id: 'p1', at: T, direction: 'outbound', type: 'promise', dueAt: T + DAY, outcome: 'fulfilled' },
  { id: 'p2', at: T, direction: 'outbound', type: 'promise', dueAt: T + DAY },
  { id: 'k1', at: T, direction: 'inbound', type: 'complaint', sentiment: -0.5 },
  { id: 'r1', at: T + HOUR, direction: 'outbound', type: 'resolve', inReplyTo: 'k1' },
  { id: 'k2', at: T, direction: 'inbound', type: 'complaint', sentiment: 0.5 },
  { id: 'e1', at: AS_OF, direction: 'inbound', type: 'recommend' },
];

describe('scoreTrust', () => {
  it('combines promiseKeeping 0.3, complaintResolution 0.3, advocacy 0.2 and sentiment 0.2', () => {
    const result = scoreTrust(build(worked), { asOf: AS_OF });
    expect(result.rule).toBe('trust');
    expect(result.components.map((c) => [c.name, c.value, c.weight])).toEqual([
      ['promiseKeeping', 0.5, 0.3],
      ['complaintResolution', 0.5, 0.3],
      ['advocacy', 0.5, 0.2],
      ['sentiment', 0.5, 0.2],
    ]);
    expect(result.score).toBeCloseTo(50, 10);
    expect(result.evidence).toEqual(['k1', 'k2', 'p1', 'p2', 'r1', 'e1']);
  });

  it('redistributes weight: fulfilled promises and nothing else → 100', () => {
    const result = scoreTrust(
      build([{ id: 'p', at: T, direction: 'outbound', type: 'promise', outcome: 'fulfilled' }]),
      {
        asOf: AS_OF,
      },
    );
    expect(result.score).toBe(100);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([1, 0, 0, 0]);
  });

  it('a broken promise drags trust down: 100 · (0.3·0 + 0.2·0.5) / 0.5', () => {
    const result = scoreTrust(
      build([
        { id: 'p', at: AS_OF, direction: 'outbound', type: 'promise', outcome: 'broken' },
        { id: 'e', at: AS_OF, direction: 'inbound', type: 'like' },
      ]),
      { asOf: AS_OF },
    );
    expect(result.score).toBeCloseTo(20, 10);
  });

  it('is insufficient-data with nothing to judge', () => {
    const result = scoreTrust(build([{ id: 'v', at: T, direction: 'inbound', type: 'visit' }]), { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.reason).toEqual({ code: 'no-component-scored', params: {} });
    expect(result.components.map((c) => c.reason?.code)).toEqual([
      'no-promises',
      'no-complaints',
      'no-endorsements',
      'no-sentiment',
    ]);
  });

  it('honours configured weights', () => {
    const result = scoreTrust(build(worked), {
      asOf: AS_OF,
      config: { trust: { weights: { promiseKeeping: 1, complaintResolution: 0, advocacy: 0, sentiment: 0 } } },
    });
    expect(result.score).toBeCloseTo(50, 10);
  });

  it('works for a customer called __proto__', () => {
    expect(scoreTrust(build(worked, '__proto__'), { asOf: AS_OF }).score).toBeCloseTo(50, 10);
  });

  it('rejects invalid options with coded errors', () => {
    const history = build(worked);
    const issue = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        expect((error as Error).message).toMatch(/^scoreTrust/);
        return (error as EngagementInputError).issues[0];
      }
      throw new Error('expected an EngagementInputError');
    };
    expect(issue(() => scoreTrust(history, {} as never))).toMatchObject({ code: 'invalid-as-of' });
    expect(
      issue(() => scoreTrust(history, { asOf: AS_OF, config: { trust: { weights: { advocacy: -1 } } } })),
    ).toMatchObject({ code: 'out-of-range', path: ['config', 'trust', 'weights', 'advocacy'] });
    expect(
      issue(() => scoreTrust(history, { asOf: AS_OF, config: { trust: { resolutionHorizon: { days: 0 } } } })),
    ).toMatchObject({ code: 'invalid-duration' });
    expect(
      issue(() => scoreTrust(history, { asOf: AS_OF, config: { trust: { complaintTypes: [''] } } })),
    ).toMatchObject({ path: ['config', 'trust', 'complaintTypes', 0] });
  });
});

describe('docs/scoring.md worked example', () => {
  it('scores Ana 57.37', () => {
    const history = createHistory({
      customer: { id: 'ana' },
      channels: [
        { id: 'mail', kind: 'email' },
        { id: 'social', kind: 'social' },
      ],
      interactions: [
        {
          id: 'p1',
          channel: 'mail',
          at: '2026-05-01T00:00:00Z',
          direction: 'outbound',
          type: 'promise',
          dueAt: '2026-05-08T00:00:00Z',
        },
        {
          id: 'd1',
          channel: 'mail',
          at: '2026-05-07T00:00:00Z',
          direction: 'outbound',
          type: 'notification',
          inReplyTo: 'p1',
          outcome: 'fulfilled',
        },
        {
          id: 'p2',
          channel: 'mail',
          at: '2026-05-01T00:00:00Z',
          direction: 'outbound',
          type: 'promise',
          dueAt: '2026-05-15T00:00:00Z',
        },
        {
          id: 'p3',
          channel: 'mail',
          at: '2026-05-01T00:00:00Z',
          direction: 'outbound',
          type: 'promise',
          dueAt: '2026-06-10T00:00:00Z',
        },
        {
          id: 'k1',
          channel: 'mail',
          at: '2026-05-01T00:00:00Z',
          direction: 'inbound',
          type: 'complaint',
          sentiment: -0.6,
        },
        {
          id: 'k1r',
          channel: 'mail',
          at: '2026-05-03T00:00:00Z',
          direction: 'outbound',
          type: 'resolve',
          inReplyTo: 'k1',
        },
        { id: 'k2', channel: 'mail', at: '2026-05-01T00:00:00Z', direction: 'inbound', type: 'complaint' },
        {
          id: 'k3',
          channel: 'mail',
          at: '2026-05-01T00:00:00Z',
          direction: 'inbound',
          type: 'complaint',
          outcome: 'resolved',
        },
        { id: 'e1', channel: 'social', at: '2026-06-01T00:00:00Z', direction: 'inbound', type: 'recommend' },
        {
          id: 'e2',
          channel: 'social',
          at: '2026-03-03T00:00:00Z',
          direction: 'inbound',
          type: 'review',
          sentiment: 0.8,
        },
      ].map((i) => ({ ...i, customerId: 'ana' }) as InteractionInput),
    });
    const result = scoreTrust(history, { asOf: '2026-06-01T00:00:00Z' });
    const w = 0.5 ** (31 / 90); // k1, 31 days old; e2 is 90 days old: 0.5
    const expected = [0.5, 2 / 3, 1 - 0.5 ** 1.5, (w * 0.2 + 0.5 * 0.9) / (w + 0.5)];
    for (const [i, c] of result.components.entries()) expect(c.value).toBeCloseTo(expected[i] as number, 12);
    expect(result.components[0]?.facts).toEqual({ kept: 1, broken: 0, overdue: 1, judged: 2, pending: 1 });
    const score = 100 * (0.3 * 0.5 + 0.3 * (2 / 3) + 0.2 * (expected[2] as number) + 0.2 * (expected[3] as number));
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.score).toBeCloseTo(57.37, 2);
  });
});
