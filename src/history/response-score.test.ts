import { describe, expect, it } from 'vitest';
import { createHistory, resolveConfig } from '../index.js';
import { responseScore } from './response-score.js';
import { dialogueMessages } from './threads.js';

const HOUR = 3_600_000;

describe('responseScore', () => {
  it('gives full credit within the target, including exactly at it', () => {
    expect(responseScore({ status: 'on-time', responseMs: 0, targetMs: HOUR })).toBe(1);
    expect(responseScore({ status: 'on-time', responseMs: HOUR, targetMs: HOUR })).toBe(1);
  });

  it('halves the credit for every further target of waiting', () => {
    // t = 2T: 0.5^((2T − T)/T) = 0.5; t = 1.5T: 0.5^0.5 = 0.70710678…; t = 4T: 0.5^3 = 0.125
    expect(responseScore({ status: 'late', responseMs: 2 * HOUR, targetMs: HOUR })).toBe(0.5);
    expect(responseScore({ status: 'late', responseMs: 1.5 * HOUR, targetMs: HOUR })).toBeCloseTo(Math.SQRT1_2, 12);
    expect(responseScore({ status: 'late', responseMs: 4 * HOUR, targetMs: HOUR })).toBe(0.125);
  });

  it('scores unanswered past the target 0 and pending null', () => {
    expect(responseScore({ status: 'unanswered', responseMs: undefined, targetMs: HOUR })).toBe(0);
    expect(responseScore({ status: 'pending', responseMs: undefined, targetMs: HOUR })).toBeNull();
  });

  it('never returns NaN for a zero target', () => {
    expect(responseScore({ status: 'late', responseMs: 5, targetMs: 0 })).toBe(0);
    expect(responseScore({ status: 'on-time', responseMs: 0, targetMs: 0 })).toBe(1);
  });

  it('reads messages from dialogueMessages', () => {
    // Email target 24 h; answered after 36 h: 0.5^((36 − 24)/24) = 0.5^0.5
    const at = Date.parse('2026-03-01T00:00:00Z');
    const history = createHistory({
      customer: { id: '__proto__' },
      channels: [{ id: 'mail', kind: 'email' }],
      interactions: [
        { id: 'q', customerId: '__proto__', channel: 'mail', at, direction: 'inbound', type: 'question' },
        {
          id: 'a',
          customerId: '__proto__',
          channel: 'mail',
          at: at + 36 * HOUR,
          direction: 'outbound',
          type: 'reply',
          inReplyTo: 'q',
        },
      ],
    });
    const [message] = dialogueMessages(history, { asOf: at + 40 * HOUR, config: resolveConfig() });
    expect(message && responseScore(message)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
