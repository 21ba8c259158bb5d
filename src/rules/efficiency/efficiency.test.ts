import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { scoreEfficiency } from './efficiency.js';

type Draft = Omit<InteractionInput, 'customerId' | 'at'> & { at: number };
const MIN = 60_000;

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [
      { id: 'chat', kind: 'chat' },
      { id: 'tel', kind: 'phone' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId })),
  });
}
const T = AS_OF - 10 * DAY;
// Two cases opened at the same moment (equal recency weights):
// a: chat question answered in 10 min (0.5^((10 − 5) / 5) = 0.5), resolved on the phone (1 switch → 1/2)
// b: chat complaint answered in 2 min (1), unresolved, no switch (1)
// responseTime (1/2 + 1) / 2 = 0.75; resolution (1 + 0) / 2 = 0.5; effort (1/2 + 1) / 2 = 0.75
const worked: Draft[] = [
  { id: 'a', at: T, channel: 'chat', direction: 'inbound', type: 'question' },
  { id: 'a1', at: T + 10 * MIN, channel: 'chat', direction: 'outbound', type: 'reply', inReplyTo: 'a' },
  { id: 'a2', at: T + HOUR, channel: 'tel', direction: 'outbound', type: 'resolve', inReplyTo: 'a1' },
  { id: 'b', at: T, channel: 'chat', direction: 'inbound', type: 'complaint' },
  {
    id: 'b1',
    at: T + 2 * MIN,
    channel: 'chat',
    direction: 'outbound',
    type: 'reply',
    inReplyTo: 'b',
    outcome: 'unresolved',
  },
];

describe('scoreEfficiency', () => {
  it('combines responseTime 0.5, resolution 0.3 and effort 0.2', () => {
    const result = scoreEfficiency(build(worked), { asOf: AS_OF });
    expect(result.rule).toBe('efficiency');
    expect(result.components.map((c) => [c.name, c.value, c.weight])).toEqual([
      ['responseTime', 0.75, 0.5],
      ['resolution', 0.5, 0.3],
      ['effort', 0.75, 0.2],
    ]);
    // 100 · (0.5·0.75 + 0.3·0.5 + 0.2·0.75) = 67.5
    expect(result.score).toBeCloseTo(67.5, 10);
    expect(result.evidence).toEqual(['a', 'b', 'b1', 'a1', 'a2']);
  });

  it('gives the facts an explanation needs', () => {
    const [time, resolved, effort] = scoreEfficiency(build(worked), { asOf: AS_OF }).components;
    // "1 of 2 requests answered within target; 1 of 2 cases resolved; 1 case needed a channel switch"
    expect(time?.facts).toEqual({ onTime: 1, late: 1, unanswered: 0, judged: 2, pending: 0 });
    expect(resolved?.facts).toEqual({ resolved: 1, unresolved: 1, judged: 2, open: 0 });
    expect(effort?.facts).toEqual({ judged: 2, switched: 1, switches: 1 });
  });

  it('redistributes the weight of components without evidence', () => {
    // one unanswered chat message: responseTime 0, no outcome, a single-message case
    const result = scoreEfficiency(
      build([{ id: 'q', at: T, channel: 'chat', direction: 'inbound', type: 'request' }]),
      {
        asOf: AS_OF,
      },
    );
    expect(result.score).toBe(0);
    expect(result.status).toBe('scored');
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([1, 0, 0]);
  });

  it('is insufficient-data when nothing can be judged', () => {
    const pending = build([{ id: 'q', at: AS_OF - MIN, channel: 'chat', direction: 'inbound', type: 'request' }]);
    const result = scoreEfficiency(pending, { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.reason).toEqual({ code: 'no-component-scored', params: {} });
    expect(result.components[0]?.reason?.code).toBe('messages-pending');
    expect(scoreEfficiency(build([]), { asOf: AS_OF }).status).toBe('insufficient-data');
  });

  it('honours configured weights', () => {
    const result = scoreEfficiency(build(worked), {
      asOf: AS_OF,
      config: { efficiency: { weights: { responseTime: 0, resolution: 1, effort: 0 } } },
    });
    expect(result.score).toBeCloseTo(50, 10);
  });

  it('works for a customer called __proto__', () => {
    expect(scoreEfficiency(build(worked, '__proto__'), { asOf: AS_OF }).score).toBeCloseTo(67.5, 10);
  });

  it('rejects a missing asOf and a negative weight with coded errors', () => {
    const history = build(worked);
    const issue = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        expect((error as Error).message).toMatch(/^scoreEfficiency/);
        return (error as EngagementInputError).issues[0];
      }
      throw new Error('expected an EngagementInputError');
    };
    expect(issue(() => scoreEfficiency(history, {} as never))).toMatchObject({ code: 'invalid-as-of', path: ['asOf'] });
    expect(
      issue(() => scoreEfficiency(history, { asOf: AS_OF, config: { efficiency: { weights: { effort: -0.2 } } } })),
    ).toMatchObject({ code: 'out-of-range', path: ['config', 'efficiency', 'weights', 'effort'] });
  });
});

describe('docs/scoring.md worked example', () => {
  it('scores Ana 64.17', () => {
    const history = createHistory({
      customer: { id: 'ana' },
      channels: [
        { id: 'chat', kind: 'chat' },
        { id: 'tel', kind: 'phone' },
        { id: 'mail', kind: 'email' },
      ],
      interactions: [
        { id: 'a', channel: 'chat', at: '2026-05-20T10:00:00Z', direction: 'inbound', type: 'question' },
        { id: 'a1', channel: 'chat', at: '2026-05-20T10:04:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'a' },
        {
          id: 'a2',
          channel: 'chat',
          at: '2026-05-20T10:06:00Z',
          direction: 'outbound',
          type: 'resolve',
          inReplyTo: 'a1',
        },
        { id: 'b', channel: 'chat', at: '2026-05-20T10:00:00Z', direction: 'inbound', type: 'complaint' },
        { id: 'b1', channel: 'chat', at: '2026-05-20T10:15:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'b' },
        { id: 'b2', channel: 'tel', at: '2026-05-20T11:00:00Z', direction: 'outbound', type: 'call', inReplyTo: 'b1' },
        {
          id: 'b3',
          channel: 'mail',
          at: '2026-05-21T09:00:00Z',
          direction: 'outbound',
          type: 'resolve',
          inReplyTo: 'b2',
        },
        { id: 'c', channel: 'mail', at: '2026-05-20T10:00:00Z', direction: 'inbound', type: 'request' },
      ].map((i) => ({ ...i, customerId: 'ana' }) as InteractionInput),
    });
    const result = scoreEfficiency(history, { asOf: '2026-06-01T00:00:00Z' });
    const [time, resolved, effort] = result.components;
    expect(time?.value).toBeCloseTo((1 + 0.25 + 0) / 3, 12);
    expect(time?.facts).toEqual({ onTime: 1, late: 1, unanswered: 1, judged: 3, pending: 0 });
    expect(resolved?.facts).toEqual({ resolved: 2, unresolved: 0, judged: 2, open: 1 });
    expect(effort?.value).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(effort?.facts).toEqual({ judged: 2, switched: 1, switches: 2 });
    expect(result.score).toBeCloseTo(100 * (0.5 * (1.25 / 3) + 0.3 + 0.2 * (2 / 3)), 10); // 64.17
  });
});
