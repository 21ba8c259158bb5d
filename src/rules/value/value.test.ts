import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { resolveConfig } from '../../config/scoring-config.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { EVIDENCE_CAP } from '../rule-score.js';
import { scoreValue } from './value.js';

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number };

function build(drafts: Draft[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId })),
  });
}

const T = AS_OF - 10 * DAY;
// Every item a component compares has the same age, so the recency weights are equal:
// personalResponse: q1 answered personally (1), q2 never (0) → 1/2
// personalTouch: r1 reply (1), t1 thank-you answering p1 (1), n1 newsletter (0), rw unflagged reward (0) → 2/4
// acknowledgedContributions: p1 thanked (1), p2 covered by the reward 20 days later (1) → 1
const worked = [
  { id: 'q1', at: T - HOUR, direction: 'inbound', type: 'question' },
  { id: 'q2', at: T - HOUR, direction: 'inbound', type: 'request' },
  { id: 'r1', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q1' },
  { id: 'n1', at: T, direction: 'outbound', type: 'newsletter' },
  { id: 'p1', at: T - 20 * DAY, direction: 'inbound', type: 'review' },
  { id: 'p2', at: T - 20 * DAY, direction: 'inbound', type: 'purchase' },
  { id: 't1', at: T, direction: 'outbound', type: 'thank', inReplyTo: 'p1' },
  { id: 'rw', at: T, direction: 'outbound', type: 'reward' },
] satisfies Draft[];

describe('scoreValue', () => {
  it('combines the three components with weights 0.4 / 0.3 / 0.3', () => {
    const result = scoreValue(build(worked), { asOf: AS_OF });
    expect(result.rule).toBe('value');
    expect(result.status).toBe('scored');
    expect(result.components.map((c) => [c.name, c.value, c.weight])).toEqual([
      ['personalResponse', 0.5, 0.4],
      ['personalTouch', 0.5, 0.3],
      ['acknowledgedContributions', 1, 0.3],
    ]);
    // 100 · (0.4·0.5 + 0.3·0.5 + 0.3·1) = 100 · 0.65
    expect(result.score).toBeCloseTo(65, 10);
    expect(result.components[1]?.facts).toEqual({ personal: 2, judged: 4 });
  });

  it('lists its evidence in time order, without duplicates', () => {
    const result = scoreValue(build(worked), { asOf: AS_OF });
    expect(result.evidence).toEqual(['p1', 'p2', 'q1', 'q2', 'n1', 'r1', 'rw', 't1']);
    expect(result.evidenceCount).toBe(8);
  });

  it('caps the evidence list but not the count', () => {
    const drafts: Draft[] = [];
    for (let i = 0; i < 40; i++) drafts.push({ id: `n${i}`, at: T + i, direction: 'outbound', type: 'newsletter' });
    const result = scoreValue(build(drafts), { asOf: AS_OF });
    expect(result.evidence).toHaveLength(EVIDENCE_CAP);
    expect(result.evidence[0]).toBe('n0');
    expect(result.evidenceCount).toBe(40);
    expect(result.score).toBe(0);
  });

  it('redistributes the weight of a component without evidence', () => {
    const history = build([
      { id: 'q', at: T - HOUR, direction: 'inbound', type: 'question' },
      { id: 'r', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
      { id: 'n', at: T, direction: 'outbound', type: 'newsletter' },
    ]);
    const result = scoreValue(history, { asOf: AS_OF });
    // (0.4·1 + 0.3·0.5) / 0.7
    expect(result.score).toBeCloseTo((100 * 0.55) / 0.7, 10);
    expect(result.components.map((c) => c.effectiveWeight)).toEqual([0.4 / 0.7, 0.3 / 0.7, 0]);
    expect(result.components[2]?.reason).toEqual({ code: 'no-contributions', params: {} });
  });

  it('honours configured weights; a zero weight leaves the component out', () => {
    const result = scoreValue(build(worked), {
      asOf: AS_OF,
      config: { value: { weights: { personalResponse: 0, personalTouch: 1, acknowledgedContributions: 1 } } },
    });
    // (0.5 + 1) / 2
    expect(result.score).toBeCloseTo(75, 10);
  });

  it('is insufficient-data, never 0 or 50, with nothing to judge', () => {
    const result = scoreValue(build([{ id: 'v', at: T, direction: 'inbound', type: 'visit' }]), { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.evidence).toEqual([]);
    expect(result.reason).toEqual({ code: 'no-component-scored', params: {} });
    expect(result.components[0]?.reason).toEqual({ code: 'no-messages', params: {} });
    expect(result.components.every((c) => c.value === null)).toBe(true);
  });

  it('scores at asOf only: what happens later is ignored', () => {
    const early = scoreValue(build(worked), { asOf: T - 30 * DAY });
    expect(early.status).toBe('insufficient-data');
  });

  it('accepts asOf as a Date, an ISO string or epoch ms, and a resolved config', () => {
    const history = build(worked);
    const config = resolveConfig();
    const a = scoreValue(history, { asOf: AS_OF });
    expect(scoreValue(history, { asOf: new Date(AS_OF), config })).toEqual(a);
    expect(scoreValue(history, { asOf: new Date(AS_OF).toISOString() })).toEqual(a);
  });

  it('works for a customer called __proto__', () => {
    const result = scoreValue(build(worked, '__proto__'), { asOf: AS_OF });
    expect(result.score).toBeCloseTo(65, 10);
  });

  describe('invalid options', () => {
    const history = build(worked);
    const codes = (call: () => unknown): string[] => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        expect((error as Error).message).toMatch(/^scoreValue/);
        return (error as EngagementInputError).issues.map((i) => i.code);
      }
      throw new Error('expected an EngagementInputError');
    };
    it('missing or invalid asOf', () => {
      expect(codes(() => scoreValue(history, {} as never))).toEqual(['invalid-as-of']);
      expect(codes(() => scoreValue(history, undefined as never))).toEqual(['invalid-as-of']);
      expect(codes(() => scoreValue(history, { asOf: '2026-06-01T00:00:00' }))).toEqual(['invalid-as-of']);
      expect(codes(() => scoreValue(history, { asOf: Number.NaN }))).toEqual(['invalid-as-of']);
    });
    it('negative or all-zero weights', () => {
      expect(
        codes(() => scoreValue(history, { asOf: AS_OF, config: { value: { weights: { personalTouch: -1 } } } })),
      ).toEqual(['out-of-range']);
      const zero = { personalResponse: 0, personalTouch: 0, acknowledgedContributions: 0 };
      expect(codes(() => scoreValue(history, { asOf: AS_OF, config: { value: { weights: zero } } }))).toEqual([
        'invalid-weights',
      ]);
    });
    it('a recognition window of zero', () => {
      expect(
        codes(() => scoreValue(history, { asOf: AS_OF, config: { value: { recognitionWindow: { days: 0 } } } })),
      ).toEqual(['invalid-duration']);
    });
  });
});

describe('docs/scoring.md worked example', () => {
  it('scores Ana 47', () => {
    const history = createHistory({
      customer: { id: 'ana' },
      channels: [
        { id: 'mail', kind: 'email' },
        { id: 'shop', kind: 'web' },
      ],
      interactions: [
        { id: 'p1', channel: 'shop', at: '2026-05-01T12:00:00Z', direction: 'inbound', type: 'purchase' },
        { id: 'p2', channel: 'shop', at: '2026-05-01T12:00:00Z', direction: 'inbound', type: 'review' },
        { id: 'q1', channel: 'mail', at: '2026-05-25T09:00:00Z', direction: 'inbound', type: 'question' },
        { id: 'q2', channel: 'mail', at: '2026-05-25T09:00:00Z', direction: 'inbound', type: 'request' },
        {
          id: 'r1',
          channel: 'mail',
          at: '2026-05-25T10:00:00Z',
          direction: 'outbound',
          type: 'reply',
          inReplyTo: 'q1',
        },
        {
          id: 'a2',
          channel: 'mail',
          at: '2026-05-25T10:00:00Z',
          direction: 'outbound',
          type: 'reply',
          inReplyTo: 'q2',
          personalized: false,
        },
        { id: 'n1', channel: 'mail', at: '2026-05-25T10:00:00Z', direction: 'outbound', type: 'newsletter' },
        { id: 'n2', channel: 'mail', at: '2026-05-25T10:00:00Z', direction: 'outbound', type: 'campaign' },
        {
          id: 't1',
          channel: 'mail',
          at: '2026-05-25T10:00:00Z',
          direction: 'outbound',
          type: 'thank',
          inReplyTo: 'p2',
        },
      ].map((i) => ({ ...i, customerId: 'ana' }) as InteractionInput),
    });
    const result = scoreValue(history, { asOf: '2026-06-01T00:00:00Z' });
    expect(result.components.map((c) => c.value)).toEqual([0.5, 0.4, 0.5]);
    expect(result.components[0]?.facts).toEqual({ personal: 1, judged: 2, pending: 0 });
    expect(result.score).toBeCloseTo(47, 10);
  });
});
