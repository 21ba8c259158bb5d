import { describe, expect, it } from 'vitest';
import { createHistory, EngagementInputError, type InteractionInput } from '../../index.js';
import { scoreConsistency } from './consistency.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const CHANNELS = [
  { id: 'chat', kind: 'chat' as const },
  { id: 'mail', kind: 'email' as const },
];

type Row = Omit<InteractionInput, 'customerId'>;
function historyOf(rows: Row[], customerId = 'c1') {
  return createHistory({
    customer: { id: customerId },
    channels: CHANNELS,
    interactions: rows.map((row) => ({ customerId, ...row })),
  });
}
const ask = (id: string, channel: string, at: number): Row => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type: 'request',
});
const resolve = (id: string, to: string, channel: string, at: number): Row => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type: 'resolve',
  inReplyTo: to,
});

const T = AS_OF - 7 * DAY;
// chat: two cases answered in 1 min and resolved → q = 1
// mail: one case resolved within 2 h (1), one unanswered (0) → q = 0.5
const ROWS = [
  ask('a', 'chat', T),
  resolve('a1', 'a', 'chat', T + MIN),
  ask('b', 'chat', T),
  resolve('b1', 'b', 'chat', T + MIN),
  ask('c', 'mail', T),
  resolve('c1', 'c', 'mail', T + 2 * HOUR),
  ask('d', 'mail', T),
];

describe('scoreConsistency', () => {
  it('combines crossChannel and answeredChannels with their weights', () => {
    // crossChannel: q = (1, 0.5), σ = 0.25 → 0.5; answeredChannels: both channels answered → 1
    // score = 100 · (0.6 · 0.5 + 0.4 · 1) = 70
    const result = scoreConsistency(historyOf(ROWS), { asOf: AS_OF });
    expect(result.rule).toBe('consistency');
    expect(result.status).toBe('scored');
    expect(result.score).toBeCloseTo(70, 10);
    expect(result.components.map((c) => [c.name, c.value, c.weight, c.effectiveWeight, c.evidence])).toEqual([
      ['crossChannel', 0.5, 0.6, 0.6, 4],
      ['answeredChannels', 1, 0.4, 0.4, 4],
    ]);
    expect(result.evidence).toEqual(['a', 'b', 'c', 'd', 'a1', 'b1', 'c1']);
    expect(result.evidenceCount).toBe(7);
    expect(result.flags).toEqual([]);
  });

  it('takes weights from config and redistributes the weight of a null component', () => {
    // crossChannel weight 0.2, answeredChannels 0.8: 100 · (0.2 · 0.5 + 0.8 · 1) = 90
    const config = { consistency: { weights: { crossChannel: 0.2, answeredChannels: 0.8 } } };
    expect(scoreConsistency(historyOf(ROWS), { asOf: AS_OF, config }).score).toBeCloseTo(90, 10);
    // crossChannel null (mail has one case only): the score is answeredChannels alone = 100
    const thin = scoreConsistency(historyOf(ROWS.slice(0, 6)), { asOf: AS_OF });
    expect(thin.components[0]?.value).toBeNull();
    expect(thin.components[0]?.effectiveWeight).toBe(0);
    expect(thin.components[1]?.effectiveWeight).toBe(1);
    expect(thin.score).toBe(100);
    // a zero weight switches a component off
    const off = { consistency: { weights: { answeredChannels: 0 } } };
    expect(scoreConsistency(historyOf(ROWS), { asOf: AS_OF, config: off }).score).toBeCloseTo(50, 10);
  });

  it('is null with insufficient-data and a reason when nothing can be judged', () => {
    const result = scoreConsistency(historyOf([]), { asOf: AS_OF });
    expect(result.score).toBeNull();
    expect(result.status).toBe('insufficient-data');
    expect(result.reason).toEqual({ code: 'no-component-scored', params: {} });
    expect(result.components.map((c) => c.reason?.code)).toEqual(['too-few-channels', 'no-messages-judged']);
    expect(result.evidence).toEqual([]);
  });

  it('handles a __proto__ customer id', () => {
    const result = scoreConsistency(historyOf(ROWS, '__proto__'), { asOf: AS_OF });
    expect(result.score).toBeCloseTo(70, 10);
  });

  it('rejects invalid options with stable codes', () => {
    const history = historyOf(ROWS);
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(EngagementInputError);
        expect((error as Error).message).toMatch(/^scoreConsistency/);
        return (error as EngagementInputError).issues[0]?.code;
      }
      return undefined;
    };
    expect(codeOf(() => scoreConsistency(history, {} as never))).toBe('invalid-as-of');
    expect(
      codeOf(() =>
        scoreConsistency(history, { asOf: AS_OF, config: { consistency: { weights: { crossChannel: -1 } } } }),
      ),
    ).toBe('out-of-range');
    expect(
      codeOf(() =>
        scoreConsistency(history, {
          asOf: AS_OF,
          config: { consistency: { weights: { crossChannel: 0, answeredChannels: 0 } } },
        }),
      ),
    ).toBe('invalid-weights');
  });
});
