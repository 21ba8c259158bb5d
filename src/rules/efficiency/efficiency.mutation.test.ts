/**
 * Edge examples of the efficiency rule, written where mutation testing found behaviour the
 * plainer examples left open: the `reply-before-message` flag, messages that are not judged, and
 * evidence outside the window's cases.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { type Draft, draftHistory, inbound, outbound } from '../../../test/support/drafts.js';
import { EngagementInputError } from '../../model/errors.js';
import { scoreEfficiency } from './efficiency.js';
import { effort } from './effort.js';
import { resolution } from './resolution.js';
import { responseTime } from './response-time.js';

const build = (drafts: Draft[]) =>
  draftHistory(drafts, [
    { id: 'mail', kind: 'email' }, // response target 24 h
    { id: 'chat', kind: 'chat' },
  ]);
const options = { asOf: AS_OF };
const T = AS_OF - 10 * DAY;

describe('efficiency: a reply timestamped before its message', () => {
  it('is flagged once, with the reply, and the message is not judged', () => {
    // q1 at T answered by r1 an hour *before* it (clock skew): flagged, not judged.
    // q2 at T answered on time by r2: responseTime 1 of 1 judged.
    const history = build([
      inbound('q1', T, 'question'),
      outbound('r1', T - HOUR, 'reply', { inReplyTo: 'q1', channel: 'chat' }),
      inbound('q2', T, 'question'),
      outbound('r2', T + HOUR, 'reply', { inReplyTo: 'q2' }),
    ]);
    const result = scoreEfficiency(history, options);
    expect(result.flags).toEqual([
      { code: 'reply-before-message', interactionId: 'r1', channel: 'chat', purpose: 'service', at: T - HOUR },
    ]);
    expect(responseTime(history, options).facts).toEqual({ onTime: 1, late: 0, unanswered: 0, judged: 1, pending: 0 });
  });

  it('no flag when every reply follows its message, even in the same millisecond', () => {
    const history = build([inbound('q', T, 'question'), outbound('r', T, 'reply', { inReplyTo: 'q' })]);
    expect(scoreEfficiency(history, options).flags).toEqual([]);
  });

  it('leaves response time without a value, and without pending messages, when only such messages exist', () => {
    const history = build([inbound('q', T, 'question'), outbound('r', T - HOUR, 'reply', { inReplyTo: 'q' })]);
    const result = responseTime(history, options);
    expect(result.value).toBeNull();
    expect(result.facts).toEqual({ onTime: 0, late: 0, unanswered: 0, judged: 0, pending: 0 });
  });

  it('a closing thanks is neither judged nor pending', () => {
    // q resolved by r; the customer's "thanks" (a message under r, an hour ago) needs no answer.
    const history = build([
      inbound('q', AS_OF - 3 * HOUR, 'question'),
      outbound('r', AS_OF - 2 * HOUR, 'resolve', { inReplyTo: 'q' }),
      inbound('thanks', AS_OF - HOUR, 'message', { inReplyTo: 'r' }),
    ]);
    expect(responseTime(history, options).facts).toEqual({ onTime: 1, late: 0, unanswered: 0, judged: 1, pending: 0 });
  });
});

describe('efficiency: evidence', () => {
  it('a message answering a thread older than the window is evidence with its reply', () => {
    // With a 60-day window, q (100 days old) opens no case here; m answers it 10 days ago and
    // gets r an hour later (on time). m and r are response-time evidence; no case holds them.
    const history = build([
      inbound('q', AS_OF - 100 * DAY, 'question'),
      inbound('m', AS_OF - 10 * DAY, 'message', { inReplyTo: 'q' }),
      outbound('r', AS_OF - 10 * DAY + HOUR, 'reply', { inReplyTo: 'm' }),
    ]);
    const result = scoreEfficiency(history, { asOf: AS_OF, config: { window: { days: 60 } } });
    expect(result.evidence).toEqual(['m', 'r']);
    expect(result.components.map((c) => c.value)).toEqual([1, null, null]);
  });

  it('a single-message case still within its target is no evidence', () => {
    // a answered (case of 2: evidence); b asked an hour ago (pending, a case of 1: not evidence).
    const history = build([
      inbound('a', T, 'question'),
      outbound('ra', T + HOUR, 'reply', { inReplyTo: 'a' }),
      inbound('b', AS_OF - HOUR, 'question'),
    ]);
    expect(scoreEfficiency(history, options).evidence).toEqual(['a', 'ra']);
  });
});

describe('efficiency: errors name the function', () => {
  it.each([
    ['effort', effort],
    ['resolution', resolution],
    ['responseTime', responseTime],
    ['scoreEfficiency', scoreEfficiency],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
