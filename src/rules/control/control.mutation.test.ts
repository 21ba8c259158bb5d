/**
 * Edge examples of the control rule, written where mutation testing found behaviour the plainer
 * examples left open: replies that answer no dialogue message, the shape of a scored result, and
 * what is not marketing or not proactive.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY } from '../../../test/support/arbitraries.js';
import { type Draft, draftHistory } from '../../../test/support/drafts.js';
import type { CustomerInput } from '../../model/customer.js';
import { EngagementInputError } from '../../model/errors.js';
import { channelChoice } from './channel-choice.js';
import { consentRespected } from './consent-respected.js';
import { scoreControl } from './control.js';
import { preferenceHonoured } from './preference-honoured.js';

const build = (drafts: Draft[], customer: Omit<CustomerInput, 'id'> = {}) =>
  draftHistory(
    drafts,
    [
      { id: 'mail', kind: 'email' },
      { id: 'shop', kind: 'in-person' },
    ],
    customer,
  );
const options = { asOf: AS_OF };
const T = AS_OF - 10 * DAY;

describe('channelChoice: only replies to dialogue messages', () => {
  it('an email thank-you for an in-store purchase, or an auto-reply to a question, is not judged', () => {
    // q asked in the shop, answered there (r: 1 of 1); the thank-you by email for the purchase and
    // the auto-reply by email to q are left out.
    const history = build([
      { id: 'p', channel: 'shop', at: T, direction: 'inbound', type: 'purchase' },
      { id: 't', channel: 'mail', at: T + DAY, direction: 'outbound', type: 'thank', inReplyTo: 'p' },
      { id: 'q', channel: 'shop', at: T, direction: 'inbound', type: 'question' },
      { id: 'a', channel: 'mail', at: T + 1, direction: 'outbound', type: 'auto-reply', inReplyTo: 'q' },
      { id: 'r', channel: 'shop', at: T + DAY, direction: 'outbound', type: 'reply', inReplyTo: 'q' },
    ]);
    const result = channelChoice(history, options);
    expect(result.value).toBe(1);
    expect(result.facts).toEqual({ sameChannel: 1, preferredChannel: 0, replies: 1 });
  });
});

describe('consentRespected: shape and scope', () => {
  it('a scored result carries no reason key', () => {
    const history = build([{ id: 'n', channel: 'mail', at: T, direction: 'outbound', type: 'newsletter' }]);
    expect(consentRespected(history, options)).toStrictEqual({
      value: 1,
      evidence: 1,
      facts: { violations: 0, marketing: 1 },
      flags: [],
    });
  });

  it("the customer's own marketing-purpose message is not marketing to check", () => {
    const history = build([
      { id: 'u', channel: 'mail', at: T - DAY, direction: 'inbound', type: 'unsubscribe' },
      { id: 'x', channel: 'mail', at: T, direction: 'inbound', type: 'message', purpose: 'marketing' },
    ]);
    expect(consentRespected(history, options).facts).toEqual({ violations: 0, marketing: 0 });
  });
});

describe('preferenceHonoured: facts', () => {
  it('without preferred channels: null, with zero counts', () => {
    const history = build([{ id: 'n', channel: 'mail', at: T, direction: 'outbound', type: 'newsletter' }]);
    const result = preferenceHonoured(history, options);
    expect(result.value).toBeNull();
    expect(result.facts).toEqual({ onPreferred: 0, proactive: 0 });
  });
});

describe('control: errors name the function', () => {
  it.each([
    ['channelChoice', channelChoice],
    ['consentRespected', consentRespected],
    ['preferenceHonoured', preferenceHonoured],
    ['scoreControl', scoreControl],
  ] as const)('%s', (name, fn) => {
    const call = () => fn(build([]), { asOf: Number.NaN });
    expect(call).toThrow(EngagementInputError);
    expect(call).toThrow(new RegExp(`^${name}: .*\\[invalid-as-of\\]`));
  });
});
