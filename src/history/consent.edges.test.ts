/**
 * Consent decisions at edges mutation testing found open: which types grant consent when the
 * configuration names none or others, grants for channel ids no channel has and for kinds no
 * channel is of, and a kind-level grant withdrawn channel by channel.
 */
import { describe, expect, it } from 'vitest';
import { activeGrants, type ConsentEvent, consentTimeline, createHistory, resolveConfig } from '../index.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');

const history = createHistory({
  customer: { id: 'c1' },
  channels: [
    { id: 'mail', kind: 'email' },
    { id: 'text', kind: 'sms' },
  ],
  interactions: [
    { id: 's', customerId: 'c1', channel: 'mail', at: AS_OF - 3 * DAY, direction: 'inbound', type: 'subscribe' },
    { id: 'o', customerId: 'c1', channel: 'text', at: AS_OF - 2 * DAY, direction: 'inbound', type: 'opt-in' },
    { id: 'r', customerId: 'c1', channel: 'mail', at: AS_OF - DAY, direction: 'inbound', type: 'register' },
  ],
});
const grantIds = (events: readonly ConsentEvent[]) => events.filter((e) => e.granted).map((e) => e.interactionId);

describe('consentTimeline: grant types', () => {
  it('without a control section, opt-in and subscribe grant (the defaults)', () => {
    expect(grantIds(consentTimeline(history, { asOf: AS_OF, config: { typeRoles: {} } }))).toEqual(['s', 'o']);
  });

  it('configured grant types replace the defaults', () => {
    const config = resolveConfig({ control: { grantTypes: ['register'] } });
    expect(grantIds(consentTimeline(history, { asOf: AS_OF, config }))).toEqual(['r']);
  });
});

describe('activeGrants: ids and kinds no channel has', () => {
  const channels = new Map([
    ['mail', { kind: 'email' as const }],
    ['text', { kind: 'sms' as const }],
  ]);
  const event = (channel: string, granted: boolean, at: number): ConsentEvent => ({
    channel,
    purpose: 'marketing',
    granted,
    at,
    interactionId: undefined,
  });

  it('a grant for an id no channel has is withdrawn only by itself or by "*", not by a kind', () => {
    const grant = event('old-list', true, 10);
    expect(activeGrants([grant, event('email', false, 20)], channels)).toEqual([grant]);
    expect(activeGrants([grant, event('old-list', false, 20)], channels)).toEqual([]);
    expect(activeGrants([grant, event('*', false, 20)], channels)).toEqual([]);
  });

  it('a grant for a kind no channel is of stands after withdrawals elsewhere', () => {
    const grant = event('phone', true, 10);
    expect(activeGrants([grant, event('mail', false, 20)], channels)).toEqual([grant]);
  });

  it('a kind-level grant stands while one channel of that kind is not withdrawn', () => {
    const twoMail = new Map([
      ['mail', { kind: 'email' as const }],
      ['mail2', { kind: 'email' as const }],
    ]);
    const grant = event('email', true, 10);
    expect(activeGrants([grant, event('mail', false, 20)], twoMail)).toEqual([grant]);
    expect(activeGrants([grant, event('mail', false, 20), event('mail2', false, 21)], twoMail)).toEqual([]);
  });
});
