/**
 * Consent follows the customer: what a consent interaction applies to (`appliesTo`), kind-level
 * grants withdrawn by a channel-level withdrawal everywhere, `subscribe` as a marketing grant, and
 * following on the pyramid only while permission stands.
 */
import { describe, expect, it } from 'vitest';
import type { ScoringConfigInput } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import type { InteractionInput } from '../model/interaction.js';
import { classifyLevel } from '../pyramid/classify-level.js';
import { levelMovement } from '../pyramid/level-movement.js';
import { consentRespected } from '../rules/control/consent-respected.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const T = AS_OF - 60 * DAY;

const channels = [
  { id: 'web', kind: 'web' },
  { id: 'mail', kind: 'email' },
  { id: 'mail2', kind: 'email' },
] as const;

function build(interactions: Omit<InteractionInput, 'customerId'>[], customer: Partial<CustomerInput> = {}) {
  return createHistory({
    customer: { id: 'c1', ...customer },
    channels: [...channels],
    interactions: interactions.map((i) => ({ ...i, customerId: 'c1' }) as InteractionInput),
  });
}
const inbound = (id: string, at: number, channel: string, type: string, extra: Partial<InteractionInput> = {}) => ({
  id,
  at,
  channel,
  direction: 'inbound' as const,
  type,
  ...extra,
});
const newsletter = (id: string, at: number, channel = 'mail') => ({
  id,
  at,
  channel,
  direction: 'outbound' as const,
  type: 'newsletter',
});
const violations = (history: ReturnType<typeof build>, config?: ScoringConfigInput) =>
  consentRespected(history, { asOf: AS_OF, config }).flags.map((f) => f.interactionId);

describe('appliesTo: a consent interaction names what it applies to', () => {
  it('an opt-out in the web preference centre with appliesTo "email" stops the next email newsletter', () => {
    const history = build([inbound('out', T, 'web', 'opt-out', { appliesTo: 'email' }), newsletter('n1', T + DAY)]);
    expect(violations(history)).toEqual(['n1']);
  });

  it('an unsubscribe from list mail with appliesTo "*" stops list mail2 too', () => {
    const history = build([
      inbound('u', T, 'mail', 'unsubscribe', { appliesTo: '*' }),
      newsletter('n2', T + DAY, 'mail2'),
    ]);
    expect(violations(history)).toEqual(['n2']);
  });

  it('under opt-in, an opt-in on a web sign-up form with appliesTo "email" allows email', () => {
    const history = build([inbound('in', T, 'web', 'opt-in', { appliesTo: 'email' }), newsletter('n1', T + DAY)]);
    expect(violations(history, { control: { consentPolicy: 'opt-in' } })).toEqual([]);
  });

  it('without appliesTo, consent stays on its own channel (as before)', () => {
    const history = build([inbound('out', T, 'web', 'opt-out'), newsletter('n1', T + DAY)]);
    expect(violations(history)).toEqual([]);
  });
});

describe('one decision everywhere', () => {
  it('a grant for the kind email withdrawn on channel mail: flagged by consentRespected and not following', () => {
    const history = build([inbound('u', T, 'mail', 'unsubscribe'), newsletter('n1', T + DAY)], {
      consents: [{ channel: 'email', granted: true, at: new Date(T - DAY).toISOString() }],
    });
    // only channel of kind email the customer's data knows besides mail is mail2: restrict to mail
    const single = createHistory({
      customer: { id: 'c1', consents: [{ channel: 'email', granted: true, at: new Date(T - DAY).toISOString() }] },
      channels: [
        { id: 'web', kind: 'web' },
        { id: 'mail', kind: 'email' },
      ],
      interactions: [
        { ...inbound('u', T, 'mail', 'unsubscribe'), customerId: 'c1' },
        { ...newsletter('n1', T + DAY), customerId: 'c1' },
      ],
    });
    expect(violations(single)).toEqual(['n1']);
    expect(classifyLevel(single, { asOf: AS_OF }).level).toBeNull();
    // with a second email channel the grant still stands there: following, and mail2 may be emailed
    expect(classifyLevel(history, { asOf: AS_OF }).level).toBe('following');
  });
});

describe('following needs permission standing', () => {
  it('opt-in, then opt-out a month later: no longer following', () => {
    const history = build([inbound('in', T, 'mail', 'opt-in'), inbound('out', T + 30 * DAY, 'mail', 'opt-out')]);
    const level = classifyLevel(history, { asOf: AS_OF });
    expect(level.level).toBeNull();
    expect(level.peak).toBe('following');
  });

  it('opt-in and opt-out in the same millisecond: flagged and not following', () => {
    const history = build([
      inbound('in', T, 'mail', 'opt-in'),
      inbound('out', T, 'mail', 'opt-out'),
      newsletter('n1', T + DAY),
    ]);
    expect(violations(history)).toEqual(['n1']);
    expect(classifyLevel(history, { asOf: AS_OF }).level).toBeNull();
  });

  it('movement judges following at the period end: followed 90 days ago, withdrawn since → lapsed', () => {
    const history = build([
      inbound('in', AS_OF - 120 * DAY, 'mail', 'opt-in'),
      inbound('out', AS_OF - 30 * DAY, 'mail', 'opt-out'),
    ]);
    expect(levelMovement(history, { asOf: AS_OF })).toMatchObject({ from: 'following', to: null, direction: 'lapsed' });
  });
});

describe('subscribe is a marketing grant', () => {
  it('subscribe on mail, then a newsletter under the opt-in policy: no violation', () => {
    const history = build([inbound('s', T, 'mail', 'subscribe'), newsletter('n1', T + DAY)]);
    expect(violations(history, { control: { consentPolicy: 'opt-in' } })).toEqual([]);
  });

  it('subscribe after an unsubscribe allows again under the opt-out policy', () => {
    const history = build([
      inbound('u', T, 'mail', 'unsubscribe'),
      inbound('s', T + DAY, 'mail', 'subscribe'),
      newsletter('n1', T + 2 * DAY),
    ]);
    expect(violations(history)).toEqual([]);
  });
});

describe('docs/consent.md worked example: a preference centre and two lists', () => {
  it('flags the mail2 newsletter and the mail newsletter after the email opt-out; no grant stands', () => {
    const day = (d: number) => Date.parse(`2026-03-${String(d).padStart(2, '0')}T00:00:00Z`);
    const history = build([
      inbound('s', day(1), 'mail', 'subscribe'),
      newsletter('n1', day(2)),
      newsletter('n2', day(3), 'mail2'),
      inbound('o', day(10), 'web', 'opt-out', { appliesTo: 'email' }),
      newsletter('n3', day(11)),
    ]);
    const asOf = day(12);
    const result = consentRespected(history, { asOf, config: { control: { consentPolicy: 'opt-in' } } });
    expect(result.flags.map((f) => f.interactionId)).toEqual(['n2', 'n3']);
    expect(result.facts).toEqual({ violations: 2, marketing: 3 });
    expect(classifyLevel(history, { asOf }).level).toBeNull();
  });
});
