/**
 * Edge examples of the relevancy rule, written where mutation testing found behaviour the plainer
 * examples left open: profiling consent per channel (records in any order), policies without
 * records, blank topics, what teaches an interest, what counts as a response, exact-window
 * boundaries.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { type Draft, draftHistory } from '../../../test/support/drafts.js';
import type { CustomerInput } from '../../model/customer.js';
import { EngagementInputError } from '../../model/errors.js';
import { listening } from './listening.js';
import { scoreRelevancy } from './relevancy.js';
import { responsiveness } from './responsiveness.js';
import { topicMatch } from './topic-match.js';

const build = (drafts: Draft[], customer: Omit<CustomerInput, 'id'> = {}) =>
  draftHistory(
    drafts,
    [
      { id: 'mail', kind: 'email' },
      { id: 'chat', kind: 'chat' },
    ],
    customer,
  );
const offer = (id: string, at: number, topics?: string[], extra: Partial<Draft> = {}): Draft => ({
  id,
  channel: 'mail',
  at,
  direction: 'outbound',
  type: 'offer',
  ...(topics === undefined ? {} : { topics }),
  ...extra,
});
const click = (id: string, at: number, topics?: string[], extra: Partial<Draft> = {}): Draft => ({
  id,
  channel: 'mail',
  at,
  direction: 'inbound',
  type: 'click',
  ...(topics === undefined ? {} : { topics }),
  ...extra,
});
const options = { asOf: AS_OF };
const T = AS_OF - 30 * DAY;

describe('topicMatch: learned interests and profiling consent', () => {
  // Profiling is granted on mail and withdrawn on chat; the records are listed out of time order.
  const consents: CustomerInput['consents'] = [
    { channel: 'chat', purpose: 'profiling', granted: false, at: T - 5 * DAY },
    { channel: 'mail', purpose: 'profiling', granted: true, at: T - 10 * DAY },
    { channel: 'mail', purpose: 'marketing', granted: false, at: T - 3 * DAY }, // not about profiling
    { channel: 'mail', purpose: 'profiling', granted: false, at: AS_OF + DAY }, // after asOf: not yet
  ];

  it('a topic learned on a channel where profiling stands may be used, wherever else it was also learned', () => {
    // "shoes" learned on mail (profiling granted) and on chat (withdrawn): usable, o1 matches → 1 of 1.
    const history = build(
      [
        click('k1', T - 2 * DAY, ['shoes']),
        click('k2', T - DAY, ['shoes'], { channel: 'chat' }),
        offer('o1', T, ['shoes']),
      ],
      { consents },
    );
    expect(topicMatch(history, options).facts).toMatchObject({ matched: 1, judged: 1, unknownInterests: 0 });
  });

  it('a topic learned only where profiling was withdrawn may not be used', () => {
    // "bikes" learned on chat only: the customer's interests are known (shoes, on mail) but o1 misses → 0 of 1.
    const history = build(
      [
        click('k1', T - 2 * DAY, ['shoes']),
        click('k2', T - DAY, ['bikes'], { channel: 'chat' }),
        offer('o1', T, ['bikes']),
      ],
      { consents },
    );
    expect(topicMatch(history, options).facts).toMatchObject({ matched: 0, judged: 1 });
  });

  it('a grant and a withdrawal in the same millisecond: the withdrawal stands, whatever the input order', () => {
    for (const order of [
      [true, false],
      [false, true],
    ]) {
      const history = build([click('k1', T - 2 * DAY, ['shoes']), offer('o1', T, ['shoes'])], {
        consents: order.map((granted) => ({ channel: 'mail', purpose: 'profiling', granted, at: T - 10 * DAY })),
      });
      expect(topicMatch(history, options).facts).toMatchObject({ matched: 0, judged: 0, unknownInterests: 1 });
    }
  });

  it('a profiling grant at exactly asOf counts', () => {
    const history = build([click('k1', T - 2 * DAY, ['shoes']), offer('o1', AS_OF, ['shoes'])], {
      consents: [{ channel: 'mail', purpose: 'profiling', granted: true, at: AS_OF }],
    });
    expect(topicMatch(history, { asOf: AS_OF, config: { control: { consentPolicy: 'opt-in' } } }).facts).toMatchObject({
      matched: 1,
      judged: 1,
    });
  });

  it('without profiling records, the opt-in policy learns nothing and the opt-out policy learns everywhere', () => {
    const history = build([click('k1', T - DAY, ['shoes'], { channel: 'chat' }), offer('o1', T, ['shoes'])]);
    const under = (consentPolicy: 'opt-in' | 'opt-out') =>
      topicMatch(history, { asOf: AS_OF, config: { control: { consentPolicy } } }).facts;
    expect(under('opt-in')).toMatchObject({ matched: 0, judged: 0, unknownInterests: 1 });
    expect(under('opt-out')).toMatchObject({ matched: 1, judged: 1, unknownInterests: 0 });
  });

  it('interactions without topics, and what the business sends, teach nothing', () => {
    const history = build([
      click('k1', T - 3 * DAY), // no topics
      offer('o0', T - 2 * DAY, ['bikes'], { type: 'newsletter', purpose: 'service' }), // outbound, not marketing
      offer('o1', T, ['bikes']),
    ]);
    expect(topicMatch(history, options).facts).toMatchObject({ matched: 0, judged: 0, unknownInterests: 1 });
  });

  it('blank topics and interests are no interests', () => {
    // A blank declared interest and a blank learned topic leave the interests unknown.
    const declared = build([offer('o1', T, ['  '])], { interests: [' \u00a0 '] });
    expect(topicMatch(declared, options).facts).toMatchObject({ matched: 0, judged: 0, unknownInterests: 1 });
    const learned = build([click('k1', T - DAY, ['\t']), offer('o1', T, [' '])]);
    expect(topicMatch(learned, options).facts).toMatchObject({ matched: 0, judged: 0, unknownInterests: 1 });
  });

  it("the customer's own marketing-purpose message is no marketing message", () => {
    const history = build([click('k1', T, ['shoes'], { purpose: 'marketing' })], { interests: ['shoes'] });
    expect(topicMatch(history, options).facts.marketing).toBe(0);
    expect(responsiveness(history, options).facts.marketing).toBe(0);
  });
});

describe('responsiveness: what counts as a response', () => {
  it('another outbound after the message is no response', () => {
    const history = build([offer('o1', T), offer('o2', T + DAY, undefined, { type: 'reply' })]);
    expect(responsiveness(history, options).facts).toEqual({ responded: 0, judged: 1, marketing: 1, pending: 0 });
  });

  it('an inbound after asOf is no response yet', () => {
    // o1 sent a day before asOf, the click a day after asOf: within 7 days of o1, but not yet
    // happened at asOf, so o1 is still pending.
    const history = build([offer('o1', AS_OF - DAY), click('k1', AS_OF + DAY)]);
    expect(responsiveness(history, options).facts).toEqual({ responded: 0, judged: 0, marketing: 1, pending: 1 });
  });

  it('a message exactly 7 days old without a response is judged; one ms younger is pending', () => {
    const age = (ms: number) => responsiveness(build([offer('o1', AS_OF - ms)]), options).facts;
    expect(age(7 * DAY)).toEqual({ responded: 0, judged: 1, marketing: 1, pending: 0 });
    expect(age(7 * DAY - 1)).toEqual({ responded: 0, judged: 0, marketing: 1, pending: 1 });
  });
});

describe('listening: at and below the target', () => {
  it('a talk share at or below the 25 % target scores 1', () => {
    // One outbound reply, three inbound at the same moment: talk share 1/4 = the target → 1.
    const history = build([
      click('k1', T),
      click('k2', T),
      click('k3', T),
      offer('r', T, undefined, { type: 'reply', inReplyTo: 'k1' }),
    ]);
    expect(listening(history, options).value).toBe(1);
  });
});

describe('relevancy: errors name the function', () => {
  it.each([
    ['listening', listening],
    ['responsiveness', responsiveness],
    ['topicMatch', topicMatch],
    ['scoreRelevancy', scoreRelevancy],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
