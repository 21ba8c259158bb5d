/**
 * Edge examples of the value rule, written where mutation testing found behaviour the plainer
 * examples left open: answers found further down a thread, templated thank-yous, same-millisecond
 * and exact-window boundaries, and the evidence each component marks.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, HOUR } from '../../../test/support/arbitraries.js';
import { type Draft, draftHistory, inbound, outbound } from '../../../test/support/drafts.js';
import { EngagementInputError } from '../../model/errors.js';
import { acknowledgedContributions } from './acknowledged-contributions.js';
import { personalResponse } from './personal-response.js';
import { personalTouch } from './personal-touch.js';
import { scoreValue } from './value.js';

const build = (drafts: Draft[]) => draftHistory(drafts);
const options = { asOf: AS_OF };
const T = AS_OF - 100 * DAY;

describe('value: answers further down a thread', () => {
  it("a customer's own follow-up is no personal answer to their question", () => {
    // q asked, the customer follows up under it (f), nobody from the business answers:
    // both messages are past the 24 h target unanswered → 0 personal of 2 judged.
    const history = build([inbound('q', T, 'question'), inbound('f', T + HOUR, 'message', { inReplyTo: 'q' })]);
    const result = personalResponse(history, options);
    expect(result.value).toBe(0);
    expect(result.facts).toEqual({ personal: 0, judged: 2, pending: 0 });
  });

  it('a later conversation below a thanked purchase does not replace the thank-you that recognised it', () => {
    // p bought at T; r answers it personally a day later (recognised, within 30 days); the customer
    // writes under r 40 days on (m) and gets an answer (r2, day 41). p stays recognised by r:
    // acknowledged 1 of 1. Evidence: p and r (recognition), m and r2 (personal response), in time order.
    const history = build([
      inbound('p', T, 'purchase'),
      outbound('r', T + DAY, 'reply', { inReplyTo: 'p' }),
      inbound('m', T + 40 * DAY, 'message', { inReplyTo: 'r' }),
      outbound('r2', T + 41 * DAY, 'reply', { inReplyTo: 'm' }),
    ]);
    const result = acknowledgedContributions(history, options);
    expect(result.value).toBe(1);
    expect(result.facts).toEqual({ acknowledged: 1, judged: 1, pending: 0 });
    expect(scoreValue(history, options).evidence).toEqual(['p', 'r', 'm', 'r2']);
  });
});

describe('value: recognitions', () => {
  it('a templated thank-you (personalized: false) answering a contribution still recognises it', () => {
    const history = build([
      inbound('p', T, 'purchase'),
      outbound('t', T + DAY, 'thank', { inReplyTo: 'p', personalized: false }),
    ]);
    expect(acknowledgedContributions(history, options).facts).toEqual({ acknowledged: 1, judged: 1, pending: 0 });
    // …but it is no personal touch: 0 of 1 outbound.
    expect(personalTouch(history, options).facts).toEqual({ personal: 0, judged: 1 });
  });

  it('the first of two templated thank-yous counts: one in time recognises even if a second comes late', () => {
    const history = build([
      inbound('p', T, 'purchase'),
      outbound('t1', T + DAY, 'thank', { inReplyTo: 'p', personalized: false }), // day 1: in time
      outbound('t2', T + 40 * DAY, 'thank', { inReplyTo: 'p', personalized: false }), // day 40: late
    ]);
    expect(acknowledgedContributions(history, options).value).toBe(1);
  });

  it('the earlier of a templated thank-you and a personal reply decides, whichever it is', () => {
    // templated thank-you on day 1 (in time), personal reply on day 40 (late) → recognised
    const thanksFirst = build([
      inbound('p', T, 'purchase'),
      outbound('t', T + DAY, 'thank', { inReplyTo: 'p', personalized: false }),
      outbound('r', T + 40 * DAY, 'reply', { inReplyTo: 'p' }),
    ]);
    expect(acknowledgedContributions(thanksFirst, options).value).toBe(1);
    // personal reply on day 1 (in time), templated thank-you on day 40 (late) → recognised
    const replyFirst = build([
      inbound('p', T, 'purchase'),
      outbound('r', T + DAY, 'reply', { inReplyTo: 'p' }),
      outbound('t', T + 40 * DAY, 'thank', { inReplyTo: 'p', personalized: false }),
    ]);
    expect(acknowledgedContributions(replyFirst, options).value).toBe(1);
  });

  it('a targeted thank-you exactly 30 days after the contribution is in time; one ms later is not', () => {
    const at = (delay: number) =>
      acknowledgedContributions(
        build([
          inbound('p', T, 'purchase'),
          outbound('t', T + delay, 'thank', { inReplyTo: 'p', personalized: false }),
        ]),
        options,
      ).value;
    expect(at(30 * DAY)).toBe(1);
    expect(at(30 * DAY + 1)).toBe(0);
  });

  it('a loyalty reward exactly 30 days after the contribution, or in the same millisecond, recognises it', () => {
    const at = (delay: number, id = 'w') =>
      acknowledgedContributions(build([inbound('p', T, 'purchase'), outbound(id, T + delay, 'reward')]), options).value;
    expect(at(30 * DAY)).toBe(1);
    expect(at(30 * DAY + 1)).toBe(0);
    expect(at(0)).toBe(1); // same millisecond, listed after p ('w' > 'p')
    expect(at(0, 'a')).toBe(1); // same millisecond, listed before p ('a' < 'p')
  });

  it('a personal reply in the same millisecond as the purchase, listed before it, recognises it', () => {
    // Same instant: history order is by id, so 'a' (the reply) comes first, at position 0.
    const history = build([inbound('p', T, 'purchase'), outbound('a', T, 'reply', { inReplyTo: 'p' })]);
    expect(acknowledgedContributions(history, options).facts).toEqual({ acknowledged: 1, judged: 1, pending: 0 });
  });

  it('a contribution exactly 30 days old without recognition is still pending; one ms older is judged', () => {
    const age = (ms: number) => acknowledgedContributions(build([inbound('p', AS_OF - ms, 'purchase')]), options).facts;
    expect(age(30 * DAY)).toEqual({ acknowledged: 0, judged: 0, pending: 1 });
    expect(age(30 * DAY + 1)).toEqual({ acknowledged: 0, judged: 1, pending: 0 });
  });

  it("what the business shares or reviews is not the customer's contribution", () => {
    // An outbound `share` has a contribution type but is sent by the business: nothing to recognise.
    const history = build([outbound('s', T, 'share'), inbound('p', T, 'purchase')]);
    expect(acknowledgedContributions(history, options).facts).toEqual({ acknowledged: 0, judged: 1, pending: 0 });
  });

  it("the customer's own thanks is no loyalty reward", () => {
    // An inbound `thank` (recognition type, sent by the customer) after the purchase recognises nothing.
    const history = build([inbound('p', T, 'purchase'), inbound('x', T + DAY, 'thank')]);
    expect(acknowledgedContributions(history, options).value).toBe(0);
  });

  it('marks the contribution and the recognition as evidence, nothing after them', () => {
    // p recognised by r; two later page views are evidence of no component.
    const history = build([
      inbound('p', T, 'purchase'),
      outbound('r', T + DAY, 'reply', { inReplyTo: 'p' }),
      inbound('v1', T + 2 * DAY, 'view'),
      inbound('v2', T + 3 * DAY, 'view'),
    ]);
    expect(scoreValue(history, options).evidence).toEqual(['p', 'r']);
  });
});

describe('value: messages that are not judged, and boundaries', () => {
  it('a closing thanks after a resolution is not judged by the personal response', () => {
    // q answered personally and resolved by r; the customer's closing "thanks" (message under r)
    // needs no answer → 1 personal of 1 judged.
    const history = build([
      inbound('q', T, 'question'),
      outbound('r', T + HOUR, 'resolve', { inReplyTo: 'q' }),
      inbound('thanks', T + 2 * HOUR, 'message', { inReplyTo: 'r' }),
    ]);
    expect(personalResponse(history, options).facts).toEqual({ personal: 1, judged: 1, pending: 0 });
  });

  it('a message whose reply is timestamped before it is not judged', () => {
    // q at T, its reply at T − 1 h (clock skew): flagged elsewhere, judged by nothing here.
    const history = build([inbound('q', T, 'question'), outbound('r', T - HOUR, 'reply', { inReplyTo: 'q' })]);
    const result = personalResponse(history, options);
    expect(result.value).toBeNull();
    expect(result.facts).toEqual({ personal: 0, judged: 0, pending: 0 });
  });

  it('a personal reply in the same millisecond as the message answers it', () => {
    const history = build([inbound('q', T, 'question'), outbound('r', T, 'reply', { inReplyTo: 'q' })]);
    expect(personalResponse(history, options).facts).toEqual({ personal: 1, judged: 1, pending: 0 });
  });

  it('an unanswered message exactly at its 24 h target is pending; one ms older is judged', () => {
    const age = (ms: number) => personalResponse(build([inbound('q', AS_OF - ms, 'question')]), options).facts;
    expect(age(24 * HOUR)).toEqual({ personal: 0, judged: 0, pending: 1 });
    expect(age(24 * HOUR + 1)).toEqual({ personal: 0, judged: 1, pending: 0 });
  });

  it('marks the message and its personal reply as evidence, nothing after them', () => {
    const history = build([
      inbound('q', T, 'question'),
      outbound('r', T + HOUR, 'reply', { inReplyTo: 'q' }),
      inbound('v1', T + 2 * HOUR, 'view'),
      inbound('v2', T + 3 * HOUR, 'view'),
    ]);
    expect(scoreValue(history, options).evidence).toEqual(['q', 'r']);
  });

  it('an acknowledgement in reply is impersonal unless marked personalised', () => {
    const history = build([
      inbound('p', T, 'purchase'),
      outbound('receipt', T + 1, 'receipt', { inReplyTo: 'p' }), // 0
      outbound('auto', T + 2, 'auto-reply', { inReplyTo: 'p' }), // 0
      outbound('signed', T + 3, 'receipt', { inReplyTo: 'p', personalized: true }), // 1
    ]);
    expect(personalTouch(history, options).facts).toEqual({ personal: 1, judged: 3 });
  });
});

describe('value: errors name the function', () => {
  it.each([
    ['acknowledgedContributions', acknowledgedContributions],
    ['personalTouch', personalTouch],
    ['personalResponse', personalResponse],
    ['scoreValue', scoreValue],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
