import { describe, expect, it } from 'vitest';
import { createHistory, EngagementInputError, type InteractionInput } from '../../index.js';
import { scoreRelevancy } from './relevancy.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const T = AS_OF - 30 * DAY;

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId, interests: ['travel'] },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ROWS: Row[] = [
  { id: 'a', channel: 'mail', at: T, direction: 'outbound', type: 'offer', topics: ['travel'] },
  { id: 'b', channel: 'mail', at: T, direction: 'outbound', type: 'offer', topics: ['shoes'] },
  { id: 'c', channel: 'mail', at: T + DAY, direction: 'inbound', type: 'click', topics: ['travel'] },
  { id: 'd', channel: 'mail', at: T + DAY, direction: 'inbound', type: 'view' },
];

describe('scoreRelevancy', () => {
  it('combines topicMatch, responsiveness and listening', () => {
    // topicMatch 1/2 (equal ages); responsiveness 1 (clicked a day later); listening null (the
    // business only broadcast, never replied): 100 · (0.4 · 0.5 + 0.3 · 1) / 0.7
    const expected = (100 * (0.4 * 0.5 + 0.3 * 1)) / 0.7;
    const result = scoreRelevancy(historyOf(ROWS), { asOf: AS_OF });
    expect(result.rule).toBe('relevancy');
    expect(result.score).toBeCloseTo(expected, 10);
    expect(result.components.map((c) => [c.name, c.weight, c.evidence])).toEqual([
      ['topicMatch', 0.4, 2],
      ['responsiveness', 0.3, 2],
      ['listening', 0.3, 0],
    ]);
    // With a reply the dialogue has two sides: t = 3·w30 / (3·w30 + 2·w29) → (1 − t) / 0.75
    const w30 = 0.5 ** (30 / 90);
    const w29 = 0.5 ** (29 / 90);
    const t = (3 * w30) / (3 * w30 + 2 * w29);
    const replied = scoreRelevancy(
      historyOf([...ROWS, { id: 'r', channel: 'mail', at: T, direction: 'outbound', type: 'reply' }]),
      { asOf: AS_OF },
    );
    expect(replied.components[2]?.value).toBeCloseTo((1 - t) / 0.75, 12);
    expect(result.evidence).toEqual(['a', 'b', 'c', 'd']);
    expect(result.flags).toEqual([]);
  });

  it('redistributes weights and reads them from config', () => {
    // Silence never scores 100: one inbound, nothing from the business → null, not 100
    const onlyInbound = scoreRelevancy(historyOf([ROWS[3] as Row]), { asOf: AS_OF });
    expect(onlyInbound.score).toBeNull();
    // Without marketing only listening is scored: a question and its reply, t = 1/2 → 2/3
    const dialogue = scoreRelevancy(
      historyOf([
        { id: 'q', channel: 'mail', at: T, direction: 'inbound', type: 'question' },
        { id: 'r', channel: 'mail', at: T, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
      ]),
      { asOf: AS_OF },
    );
    expect(dialogue.score).toBeCloseTo((100 * 2) / 3, 10);
    expect(dialogue.components.map((c) => c.effectiveWeight)).toEqual([0, 0, 1]);
    // Weight only on topicMatch: 50
    const config = { relevancy: { weights: { responsiveness: 0, listening: 0 } } };
    expect(scoreRelevancy(historyOf(ROWS), { asOf: AS_OF, config }).score).toBeCloseTo(50, 10);
  });

  it('is null with insufficient-data for an empty window', () => {
    const result = scoreRelevancy(historyOf([]), { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.reason).toEqual({ code: 'no-component-scored', params: {} });
    expect(result.components.find((c) => c.name === 'listening')?.reason).toEqual({
      code: 'no-interactions',
      params: {},
    });
  });

  it('handles a __proto__ customer id', () => {
    expect(scoreRelevancy(historyOf(ROWS, '__proto__'), { asOf: AS_OF })).toEqual(
      scoreRelevancy(historyOf(ROWS), { asOf: AS_OF }),
    );
  });

  it('rejects invalid options with stable codes', () => {
    const codeOf = (config: unknown): string | undefined => {
      try {
        scoreRelevancy(historyOf(ROWS), { asOf: AS_OF, config: config as never });
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        return (error as EngagementInputError).issues[0]?.code;
      }
      return undefined;
    };
    expect(codeOf({ relevancy: { weights: { topicMatch: -0.4 } } })).toBe('out-of-range');
    expect(codeOf({ relevancy: { weights: { topicMatch: Number.NaN } } })).toBe('not-finite');
    expect(codeOf({ halfLife: { days: 0 } })).toBe('invalid-duration');
    expect(() => scoreRelevancy(historyOf(ROWS), { asOf: Number.NaN })).toThrow(/^scoreRelevancy: .*\[invalid-as-of\]/);
  });
});
