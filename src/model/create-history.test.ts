import { describe, expect, it } from 'vitest';
import { createHistory } from './create-history.js';
import { EngagementInputError, type InputIssue } from './errors.js';

const MARCH_1 = 1_772_323_200_000; // 2026-03-01T00:00:00Z
const MIN = 60_000;

type Rec = Record<string, unknown>;
const channels = [
  { id: 'chat', kind: 'chat' },
  { id: 'mail', kind: 'email' },
] as const;
const interaction = (id: string, extra: Rec = {}): Rec => ({
  id,
  customerId: 'c1',
  channel: 'chat',
  at: MARCH_1,
  direction: 'inbound',
  type: 'question',
  ...extra,
});

function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    createHistory(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues;
  }
  throw new Error('expected createHistory to throw');
}

describe('createHistory', () => {
  it('sorts by time, then by id', () => {
    // b and a share an instant: id order decides (a before b); c is a minute earlier than both.
    const history = createHistory({
      customer: { id: 'c1' },
      channels: [...channels],
      interactions: [
        interaction('b') as never,
        interaction('a', { at: '2026-03-01T01:00:00+01:00' }) as never, // the same instant as b
        interaction('c', { at: MARCH_1 - MIN }) as never,
      ],
    });
    expect(history.interactions.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(history.interactions.map((i) => i.at)).toEqual([MARCH_1 - MIN, MARCH_1, MARCH_1]);
  });

  it('compares ids by code unit, not by locale', () => {
    // 'B' (U+0042) < 'a' (U+0061) < 'ä' (U+00E4), whatever the locale says.
    const history = createHistory({
      customer: { id: 'c1' },
      channels: [...channels],
      interactions: ['ä', 'a', 'B'].map((id) => interaction(id) as never),
    });
    expect(history.interactions.map((i) => i.id)).toEqual(['B', 'a', 'ä']);
  });

  it('indexes interactions and channels by id', () => {
    const history = createHistory({
      customer: { id: 'c1', since: '2025-01-01T00:00:00Z' },
      channels: [...channels],
      interactions: [interaction('q') as never],
    });
    expect(history.byId.get('q')?.type).toBe('question');
    expect(history.channels.get('chat')?.responseTargetMs).toBe(5 * MIN);
    expect(history.channels.get('mail')?.realTime).toBe(false);
    expect(history.customer.since).toBe(Date.UTC(2025, 0, 1));
  });

  it('does not mutate its input', () => {
    const interactions = [interaction('b'), interaction('a', { at: MARCH_1 - MIN })];
    const input = { customer: { id: 'c1' }, channels: [...channels], interactions };
    const before = structuredClone(input);
    createHistory(input as never);
    expect(input).toEqual(before);
  });

  it('starts paths at customer, interactions and channels', () => {
    const issues = issuesOf({
      customer: { id: 'c1', preferredChannels: ['fax'], since: '2026-01-01' },
      channels: [...channels, { id: 'x', kind: 'pigeon' }],
      interactions: [interaction('a'), interaction('b', { amount: -1 })],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-value', ['channels', 2, 'kind']],
      ['offset-less-timestamp', ['customer', 'since']],
      // The customer is rejected, so its valid interaction has no customer left.
      ['unknown-customer', ['interactions', 0, 'customerId']],
      ['out-of-range', ['interactions', 1, 'amount']],
    ]);
    for (const issue of issues) expect(issue.message).toMatch(/^createHistory: /);
  });

  it('reports a reference from the customer at its path under customer', () => {
    const issues = issuesOf({ customer: { id: 'c1', preferredChannels: ['chat', 'fax'] }, channels, interactions: [] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown-channel', ['customer', 'preferredChannels', 1]]]);
  });

  it('rejects interactions of another customer, and the replies to them', () => {
    const issues = issuesOf({
      customer: { id: 'c1' },
      channels,
      interactions: [interaction('a'), interaction('b', { customerId: 'c2' }), interaction('c', { inReplyTo: 'b' })],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-customer', ['interactions', 1, 'customerId']],
      ['unknown-reply-target', ['interactions', 2, 'inReplyTo']],
    ]);
  });

  it('reports a customer that is not an object', () => {
    for (const customer of [undefined, null, 'c1']) {
      expect(issuesOf({ customer, channels, interactions: [] })).toEqual([
        expect.objectContaining({ path: ['customer'], code: 'missing-field' }),
      ]);
    }
    expect(issuesOf({ customer: ['c1'], channels, interactions: [] })).toEqual([
      expect.objectContaining({ path: ['customer'], code: 'invalid-type' }),
    ]);
    expect(issuesOf(null)[0]?.path).toEqual(['customer']);
  });

  it('reports missing or mistyped lists instead of reading them as empty', () => {
    expect(issuesOf({ customer: { id: 'c1' }, channels }).map((i) => [i.code, i.path])).toEqual([
      ['missing-field', ['interactions']],
    ]);
    expect(
      issuesOf({ customer: { id: 'c1' }, channels: {}, interactions: 'none' }).map((i) => [i.code, i.path]),
    ).toEqual([
      ['invalid-type', ['channels']],
      ['invalid-type', ['interactions']],
    ]);
  });

  it('accepts a customer with no interactions', () => {
    expect(createHistory({ customer: { id: 'c1' }, channels: [], interactions: [] }).interactions).toEqual([]);
  });

  it('works with ids that are Object.prototype keys', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const history = createHistory({
        customer: { id, preferredChannels: [id] },
        channels: [{ id, kind: 'chat' }],
        interactions: [
          interaction(id, { customerId: id, channel: id }) as never,
          interaction('r', {
            customerId: id,
            channel: id,
            direction: 'outbound',
            type: 'reply',
            inReplyTo: id,
          }) as never,
        ],
      });
      expect(history.byId.get(id)?.id).toBe(id);
      expect(history.channels.get(id)?.kind).toBe('chat');
    }
    expect(({} as Rec)['polluted']).toBeUndefined();
  });
});
