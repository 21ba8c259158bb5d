/**
 * Edge examples of the trust rule, written where mutation testing found behaviour the plainer
 * examples left open: complaints in threads that began before the window, each complaint its own
 * case, exact-time and exact-horizon boundaries, what is not a complaint, promise or endorsement,
 * and the evidence each component marks.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { type Draft, draftHistory, inbound, outbound } from '../../../test/support/drafts.js';
import { EngagementInputError } from '../../model/errors.js';
import { advocacy } from './advocacy.js';
import { complaintResolution } from './complaint-resolution.js';
import { promiseKeeping } from './promise-keeping.js';
import { sentiment } from './sentiment.js';
import { scoreTrust } from './trust.js';

const build = (drafts: Draft[]) => draftHistory(drafts);
const options = { asOf: AS_OF };
const T = AS_OF - 30 * DAY; // older than the 14-day resolution horizon

describe('complaintResolution: threads and cases', () => {
  it('two complaints under the same newsletter are two cases: resolving one leaves the other open', () => {
    // a resolved (1), b never answered and past the horizon (0) → 1 of 2
    const history = build([
      outbound('n', T - DAY, 'newsletter'),
      inbound('a', T, 'complaint', { inReplyTo: 'n' }),
      inbound('b', T, 'complaint', { inReplyTo: 'n' }),
      outbound('ra', T + HOUR, 'resolve', { inReplyTo: 'a' }),
    ]);
    const result = complaintResolution(history, options);
    expect(result.value).toBe(0.5); // equal ages
    expect(result.facts).toEqual({ resolved: 1, unresolved: 1, judged: 2, pending: 0 });
  });

  it('complaints in threads that began before the window are settled within their own thread', () => {
    // With a 60-day window, q1 and q2 (100 days old) lie outside it, so their threads open no case
    // here: the complaints are grouped by the top of their threads. c1 (under q1, two levels
    // down) is resolved by r1 under a follow-up; c2 (under q2) is marked unresolved; c3 (under q2
    // too, after the mark) is past the horizon without resolution. → 1 of 3.
    const history = build([
      inbound('q1', AS_OF - 100 * DAY, 'question'),
      inbound('q2', AS_OF - 100 * DAY, 'question'),
      outbound('a1', AS_OF - 99 * DAY, 'reply', { inReplyTo: 'q1' }),
      inbound('c1', AS_OF - 40 * DAY, 'complaint', { inReplyTo: 'a1' }),
      inbound('f1', AS_OF - 39 * DAY, 'message', { inReplyTo: 'c1' }),
      outbound('r1', AS_OF - 38 * DAY, 'reply', { inReplyTo: 'f1', outcome: 'resolved' }),
      inbound('c2', AS_OF - 40 * DAY, 'complaint', { inReplyTo: 'q2' }),
      outbound('u2', AS_OF - 39 * DAY, 'reply', { inReplyTo: 'c2', outcome: 'unresolved' }),
      inbound('c3', AS_OF - 30 * DAY, 'complaint', { inReplyTo: 'q2' }),
    ]);
    const result = complaintResolution(history, { asOf: AS_OF, config: { window: { days: 60 } } });
    expect(result.facts).toEqual({ resolved: 1, unresolved: 2, judged: 3, pending: 0 });
    // Evidence: the complaints and the resolving reply.
    expect(scoreTrust(history, { asOf: AS_OF, config: { window: { days: 60 } } }).evidence).toEqual([
      'c1',
      'c2',
      'r1',
      'c3',
    ]);
  });

  it('complaints anywhere in a thread that began before the window share its resolution', () => {
    // q (the first interaction of the history) lies outside a 60-day window. c1 (under q's reply)
    // and c2 (directly under q) belong to the same thread; r1, after both, resolves it → 2 of 2.
    const history = build([
      inbound('q', AS_OF - 100 * DAY, 'question'),
      outbound('a', AS_OF - 99 * DAY, 'reply', { inReplyTo: 'q' }),
      inbound('c1', AS_OF - 40 * DAY, 'complaint', { inReplyTo: 'a' }),
      inbound('c2', AS_OF - 39 * DAY, 'complaint', { inReplyTo: 'q' }),
      outbound('r1', AS_OF - 38 * DAY, 'resolve', { inReplyTo: 'c1' }),
    ]);
    const result = complaintResolution(history, { asOf: AS_OF, config: { window: { days: 60 } } });
    expect(result.facts).toEqual({ resolved: 2, unresolved: 0, judged: 2, pending: 0 });
  });

  it('a resolution in one old thread does not resolve a complaint in another', () => {
    const history = build([
      inbound('q1', AS_OF - 100 * DAY, 'question'),
      inbound('q2', AS_OF - 100 * DAY, 'question'),
      inbound('c1', AS_OF - 40 * DAY, 'complaint', { inReplyTo: 'q1' }),
      inbound('c2', AS_OF - 40 * DAY, 'complaint', { inReplyTo: 'q2' }),
      outbound('r2', AS_OF - 39 * DAY, 'resolve', { inReplyTo: 'c2' }),
      inbound('d1', AS_OF - 35 * DAY, 'message', { inReplyTo: 'c1' }),
      inbound('e1', AS_OF - 34 * DAY, 'message', { inReplyTo: 'd1' }),
    ]);
    const result = complaintResolution(history, { asOf: AS_OF, config: { window: { days: 60 } } });
    expect(result.facts).toEqual({ resolved: 1, unresolved: 1, judged: 2, pending: 0 });
  });
});

describe('complaintResolution: marks and boundaries', () => {
  it('an unresolved mark settles a recent complaint as unresolved instead of pending', () => {
    const history = build([
      inbound('c', AS_OF - 3 * DAY, 'complaint'),
      outbound('u', AS_OF - 2 * DAY, 'reply', { inReplyTo: 'c', outcome: 'unresolved' }),
    ]);
    expect(complaintResolution(history, options).facts).toEqual({ resolved: 0, unresolved: 1, judged: 1, pending: 0 });
  });

  it('an unresolved outcome on the complaint itself (same millisecond) settles it', () => {
    const history = build([inbound('c', AS_OF - 3 * DAY, 'complaint', { outcome: 'unresolved' })]);
    expect(complaintResolution(history, options).facts).toEqual({ resolved: 0, unresolved: 1, judged: 1, pending: 0 });
  });

  it('a resolve interaction with a promise outcome does not resolve the complaint', () => {
    // `resolve` counts as resolved only without an outcome; `fulfilled` is a promise's outcome.
    const history = build([
      inbound('c', AS_OF - 3 * DAY, 'complaint'),
      outbound('r', AS_OF - 2 * DAY, 'resolve', { inReplyTo: 'c', outcome: 'fulfilled' }),
    ]);
    expect(complaintResolution(history, options).facts).toEqual({ resolved: 0, unresolved: 0, judged: 0, pending: 1 });
  });

  it('a resolution in the same millisecond as the complaint, listed before it, resolves it', () => {
    // Same instant: history order is by id, so 'a' (the resolution) comes first, at position 0.
    const history = build([inbound('c', T, 'complaint'), outbound('a', T, 'resolve', { inReplyTo: 'c' })]);
    expect(complaintResolution(history, options).facts).toEqual({ resolved: 1, unresolved: 0, judged: 1, pending: 0 });
  });

  it('an open complaint exactly 14 days old is pending; one ms older is judged', () => {
    const age = (ms: number) => complaintResolution(build([inbound('c', AS_OF - ms, 'complaint')]), options).facts;
    expect(age(14 * DAY)).toEqual({ resolved: 0, unresolved: 0, judged: 0, pending: 1 });
    expect(age(14 * DAY + 1)).toEqual({ resolved: 0, unresolved: 1, judged: 1, pending: 0 });
  });

  it('a complaint-type interaction sent by the business is no complaint', () => {
    const history = build([outbound('x', T, 'complaint'), inbound('c', T, 'complaint')]);
    expect(complaintResolution(history, options).facts.judged).toBe(1);
  });
});

describe('promiseKeeping: edges', () => {
  it('a promise due exactly at asOf is not yet overdue', () => {
    const due = (dueAt: number) => promiseKeeping(build([outbound('p', T, 'promise', { dueAt })]), options).facts;
    expect(due(AS_OF)).toEqual({ kept: 0, broken: 0, overdue: 0, judged: 0, pending: 1 });
    expect(due(AS_OF - 1)).toEqual({ kept: 0, broken: 0, overdue: 1, judged: 1, pending: 0 });
  });

  it("the customer's promise-type message is not the business's promise", () => {
    const history = build([
      inbound('x', T, 'promise', { outcome: 'broken' }),
      outbound('p', T, 'promise', { outcome: 'fulfilled' }),
    ]);
    expect(promiseKeeping(history, options).facts).toEqual({ kept: 1, broken: 0, overdue: 0, judged: 1, pending: 0 });
  });

  it('a reply without an outcome does not override the outcome recorded on the promise', () => {
    const history = build([
      outbound('p', T, 'promise', { outcome: 'fulfilled' }),
      inbound('q', T + DAY, 'question', { inReplyTo: 'p' }),
    ]);
    expect(promiseKeeping(history, options).facts).toEqual({ kept: 1, broken: 0, overdue: 0, judged: 1, pending: 0 });
  });

  it("the customer's reply with an outcome settles the promise, even when its type is a promise's", () => {
    const history = build([
      outbound('p', T, 'promise', { dueAt: AS_OF + DAY }),
      inbound('x', T + DAY, 'promise', { inReplyTo: 'p', outcome: 'broken' }),
    ]);
    expect(promiseKeeping(history, options).facts).toEqual({ kept: 0, broken: 1, overdue: 0, judged: 1, pending: 0 });
  });

  it('marks the promise and its follow-up as evidence, nothing after them', () => {
    const history = build([
      outbound('p', T, 'promise'),
      outbound('f', T + DAY, 'reply', { inReplyTo: 'p', outcome: 'fulfilled' }),
      inbound('v1', T + 2 * DAY, 'view'),
      inbound('v2', T + 3 * DAY, 'view'),
    ]);
    expect(scoreTrust(history, options).evidence).toEqual(['p', 'f']);
  });
});

describe('advocacy and sentiment: edges', () => {
  it('an endorsement-type interaction sent by the business is not advocacy', () => {
    const history = build([outbound('s', T, 'share'), inbound('r', T, 'review')]);
    expect(advocacy(history, options).facts).toEqual({ endorsements: 1, negative: 0 });
  });

  it('a type configured as a complaint is not advocacy, even when its role is endorsement', () => {
    const history = build([inbound('r1', T, 'review'), inbound('r2', T, 'share')]);
    const result = advocacy(history, { asOf: AS_OF, config: { trust: { complaintTypes: ['complaint', 'review'] } } });
    expect(result.facts).toEqual({ endorsements: 1, negative: 0 });
  });

  it('a sentiment of exactly 0 is neutral', () => {
    const history = build([inbound('m', T, 'message', { sentiment: 0 })]);
    const result = sentiment(history, options);
    expect(result.facts).toEqual({ positive: 0, neutral: 1, negative: 0, judged: 1 });
    expect(result.value).toBe(0.5); // (0 + 1) / 2
  });
});

describe('trust: errors name the function', () => {
  it.each([
    ['advocacy', advocacy],
    ['complaintResolution', complaintResolution],
    ['promiseKeeping', promiseKeeping],
    ['sentiment', sentiment],
    ['scoreTrust', scoreTrust],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
