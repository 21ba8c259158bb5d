/**
 * Edge examples of the consistency rule, written where mutation testing found behaviour the
 * plainer examples left open: cases measured by their outcome alone, the lowest and highest
 * channel quality, thin channels, and which case roots are evidence.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, HOUR } from '../../../test/support/arbitraries.js';
import { createHistory } from '../../model/create-history.js';
import { EngagementInputError } from '../../model/errors.js';
import type { InteractionInput } from '../../model/interaction.js';
import { answeredChannels } from './answered-channels.js';
import { scoreConsistency } from './consistency.js';
import { crossChannel } from './cross-channel.js';

type Draft = Omit<InteractionInput, 'customerId'>;
const MIN = 60_000;

function build(drafts: Draft[]) {
  return createHistory({
    customer: { id: 'c1' },
    channels: [
      { id: 'mail', kind: 'email' }, // target 24 h
      { id: 'chat', kind: 'chat' }, // target 5 min
      { id: 'post', kind: 'email' }, // target 24 h
    ],
    interactions: drafts.map((d) => ({ ...d, customerId: 'c1' })),
  });
}
const ask = (id: string, channel: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  channel,
  at,
  direction: 'inbound',
  type: 'question',
  ...extra,
});
const reply = (id: string, to: string, channel: string, at: number): Draft => ({
  id,
  channel,
  at,
  direction: 'outbound',
  type: 'reply',
  inReplyTo: to,
});
const options = { asOf: AS_OF };
const R = AS_OF - HOUR; // every case opens an hour ago: equal recency weights

// mail (slot 0): a1 resolved on the record, reply pending → case score 1 (the outcome alone);
//                a2 unresolved on the record → 0; quality (1 + 0) / 2 = 0.5.
//                a0 is a fresh question without outcome: no score, not measured.
// chat (slot 1): b1 unanswered past 5 min → 0; b2, b3 answered within a minute → 1 each;
//                quality 2 / 3.
// post (slot 2): c1 resolved on the record → 1, but one case is fewer than the 2 required: thin.
// mean = (0.5 + 2/3) / 2 = 7/12; spread = sqrt(((1/12)² + (1/12)²) / 2) = 1/12;
// crossChannel = 1 − (1/12) / 0.5 = 5/6.
const CASES: Draft[] = [
  ask('a0', 'mail', R),
  ask('a1', 'mail', R, { type: 'complaint', outcome: 'resolved' }),
  ask('a2', 'mail', R, { outcome: 'unresolved' }),
  ask('b1', 'chat', R),
  ask('b2', 'chat', R),
  ask('b3', 'chat', R),
  reply('rb2', 'b2', 'chat', R + MIN),
  reply('rb3', 'b3', 'chat', R + MIN),
  ask('c1', 'post', R, { type: 'complaint', outcome: 'resolved' }),
];

describe('crossChannel: outcomes, qualities and thin channels', () => {
  it('measures a case by its outcome alone while its reply is pending, and compares two of three channels', () => {
    const result = crossChannel(build(CASES), options);
    expect(result.value).toBeCloseTo(5 / 6, 12);
    expect(result.facts).toEqual({
      channels: 2,
      cases: 5,
      thinChannels: 1,
      lowestQuality: 0.5,
      highestQuality: 2 / 3,
    });
  });

  it('rests on the roots of the compared channels’ measured cases, and on answered-channels’ messages', () => {
    // crossChannel: a1, a2 (mail), b1, b2, b3 (chat); not a0 (not measured), not c1 (thin channel).
    // answeredChannels: the judged chat messages and their replies (the mail and post ones are pending).
    expect(scoreConsistency(build(CASES), options).evidence).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'rb2', 'rb3']);
  });
});

describe('answeredChannels: evidence', () => {
  it('a reply in the same millisecond as the message, listed before it, is evidence', () => {
    // Same instant: history order is by id, so the reply 'a' comes first, at position 0.
    const history = build([ask('q', 'mail', R - 30 * HOUR), reply('a', 'q', 'mail', R - 30 * HOUR)]);
    expect(answeredChannels(history, options).facts).toEqual({ answered: 1, written: 1, messages: 1 });
    expect(scoreConsistency(history, options).evidence).toEqual(['a', 'q']);
  });
});

describe('consistency: errors name the function', () => {
  it.each([
    ['answeredChannels', answeredChannels],
    ['crossChannel', crossChannel],
    ['scoreConsistency', scoreConsistency],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
