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
    // topicMatch 1/2 (equal ages); responsiveness 1 (clicked a day later);
    // listening: t = 2·w30 / (2·w30 + 2·w29) → value (1 − t) / 0.75
    const w30 = 0.5 ** (30 / 90);
    const w29 = 0.5 ** (29 / 90);
    const t = (2 * w30) / (2 * w30 + 2 * w29);
    const expected = 100 * (0.4 * 0.5 + 0.3 * 1 + 0.3 * ((1 - t) / 0.75));
    const result = scoreRelevancy(historyOf(ROWS), { asOf: AS_OF });
    expect(result.rule).toBe('relevancy');
    expect(result.score).toBeCloseTo(expected, 10);
    expect(result.components.map((c) => [c.name, c.weight, c.evidence])).toEqual([
      ['topicMatch', 0.4, 2],
      ['responsiveness', 0.3, 2],
      ['listening', 0.3, 4],
    ]);
    expect(result.evidence).toEqual(['a', 'b', 'c', 'd']);
    expect(result.flags).toEqual([]);
  });

  it('redistributes weights and reads them from config', () => {
    // Without marketing only listening is scored: 1 inbound → 100
    const onlyInbound = scoreRelevancy(historyOf([ROWS[3] as Row]), { asOf: AS_OF });
    expect(onlyInbound.score).toBe(100);
    expect(onlyInbound.components.map((c) => c.effectiveWeight)).toEqual([0, 0, 1]);
    // Weight only on topicMatch: 50
    const config = { relevancy: { weights: { responsiveness: 0, listening: 0 } } };
    expect(scoreRelevancy(historyOf(ROWS), { asOf: AS_OF, config }).score).toBeCloseTo(50, 10);
  });

  it('is null with insufficient-data for an empty window', () => {
    const result = scoreRelevancy(historyOf([]), { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.reason).toContain('listening: no interactions in the window');
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
