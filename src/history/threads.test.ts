import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import type { InteractionInput } from '../model/interaction.js';
import { dialogueCases, dialogueMessages } from './threads.js';

const T = 1_772_323_200_000; // 2026-03-01T00:00:00Z
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const config = resolveConfig();

const channels = [
  { id: 'chat', kind: 'chat' }, // target 5 min
  { id: 'mail', kind: 'email' }, // target 24 h
  { id: 'phone', kind: 'phone' }, // target 15 min
] as const;

function msg(id: string, at: number, extra: Partial<InteractionInput> = {}): InteractionInput {
  return { id, customerId: 'c1', channel: 'chat', at, direction: 'inbound', type: 'question', ...extra };
}
function reply(id: string, to: string, at: number, extra: Partial<InteractionInput> = {}): InteractionInput {
  return msg(id, at, { direction: 'outbound', type: 'reply', inReplyTo: to, ...extra });
}
function history(...interactions: InteractionInput[]) {
  return createHistory({ customer: { id: 'c1' }, channels: [...channels], interactions });
}
function statuses(asOf: number, ...interactions: InteractionInput[]) {
  return dialogueMessages(history(...interactions), { asOf, config }).map((m) => [m.message.id, m.status]);
}

describe('dialogueMessages', () => {
  it('judges a chat reply against the 5-minute target, the boundary being on time', () => {
    const h = history(
      msg('a', T),
      reply('ra', 'a', T + 5 * MIN), // exactly the target: on time
      msg('b', T),
      reply('rb', 'b', T + 5 * MIN + 1), // 1 ms late
    );
    const messages = dialogueMessages(h, { asOf: T + DAY, config });
    expect(messages.map((m) => [m.message.id, m.status, m.responseMs, m.targetMs, m.firstReply?.id])).toEqual([
      ['a', 'on-time', 300_000, 300_000, 'ra'],
      ['b', 'late', 300_001, 300_000, 'rb'],
    ]);
  });

  it('is pending up to the target and unanswered after it', () => {
    expect(statuses(T + 5 * MIN, msg('a', T))).toEqual([['a', 'pending']]);
    expect(statuses(T + 5 * MIN + 1, msg('a', T))).toEqual([['a', 'unanswered']]);
    // Email: 24 h.
    expect(statuses(T + DAY, msg('m', T, { channel: 'mail' }))).toEqual([['m', 'pending']]);
    expect(statuses(T + DAY + 1, msg('m', T, { channel: 'mail' }))).toEqual([['m', 'unanswered']]);
  });

  it('ignores replies after asOf', () => {
    // Reply at +10 min, seen from +7 min: not yet answered, and past the 5-minute target.
    const [m] = dialogueMessages(history(msg('a', T), reply('r', 'a', T + 10 * MIN)), { asOf: T + 7 * MIN, config });
    expect(m?.firstReply).toBeUndefined();
    expect(m?.responseMs).toBeUndefined();
    expect(m?.status).toBe('unanswered');
  });

  it('takes the earliest outbound answer anywhere below the message, not inbound follow-ups', () => {
    const h = history(
      msg('a', T),
      msg('again', T + MIN, { inReplyTo: 'a', type: 'message' }), // the customer again: not a reply
      reply('r2', 'a', T + 9 * MIN),
      reply('r1', 'a', T + 8 * MIN),
      reply('rr', 'r1', T + 2 * MIN), // below a (through r1), and the earliest
    );
    const [a, again] = dialogueMessages(h, { asOf: T + DAY, config });
    expect(a?.firstReply?.id).toBe('rr');
    expect(a?.responseMs).toBe(2 * MIN);
    expect(a?.status).toBe('on-time');
    // The follow-up is itself a dialogue message, unanswered after 5 minutes.
    expect(again?.status).toBe('unanswered');
  });

  it('marks a reply stamped before the message reply-before-message (not judged)', () => {
    const [m] = dialogueMessages(history(msg('a', T), reply('r', 'a', T - MIN)), { asOf: T + DAY, config });
    expect(m?.responseMs).toBe(0);
    expect(m?.status).toBe('reply-before-message');
  });

  it('keeps only inbound dialogue types inside the window, both ends inclusive', () => {
    const asOf = T;
    const window = 365 * DAY;
    const h = history(
      msg('edge', asOf - window),
      msg('before', asOf - window - 1),
      msg('view', asOf - DAY, { type: 'view' }),
      msg('out', asOf - DAY, { direction: 'outbound', type: 'question' }),
      msg('now', asOf, { type: 'complaint' }),
      msg('later', asOf + 1),
    );
    expect(dialogueMessages(h, { asOf, config }).map((m) => m.message.id)).toEqual(['edge', 'now']);
  });

  it('uses configured targets and roles', () => {
    const custom = resolveConfig({ responseTargets: { chat: { minutes: 10 } }, typeRoles: { dm: 'dialogue' } });
    const h = history(msg('a', T, { type: 'dm' }), reply('r', 'a', T + 8 * MIN));
    const [m] = dialogueMessages(h, { asOf: T + DAY, config: custom });
    expect([m?.targetMs, m?.status]).toEqual([10 * MIN, 'on-time']);
    expect(dialogueMessages(h, { asOf: T + DAY, config })).toEqual([]); // 'dm' means nothing by default
  });

  it('returns nothing for an empty history', () => {
    expect(dialogueMessages(history(), { asOf: T, config })).toEqual([]);
  });
});

function cases(asOf: number, ...interactions: InteractionInput[]) {
  return dialogueCases(history(...interactions), { asOf, config }).map((c) => ({
    root: c.root.id,
    members: c.members.map((m) => m.id),
    outcome: c.outcome,
    resolvedAt: c.resolvedAt,
    switches: c.channelSwitches,
  }));
}

describe('dialogueCases', () => {
  it('follows a case through follow-ups and channel switches until resolution', () => {
    // chat question → chat reply → email follow-up (switch 1) → phone resolve (switch 2)
    // → an email thank-you after resolution (not counted).
    expect(
      cases(
        T + DAY,
        msg('q', T),
        reply('r', 'q', T + MIN),
        msg('f', T + HOUR, { channel: 'mail', type: 'message', inReplyTo: 'r' }),
        reply('s', 'f', T + 2 * HOUR, { channel: 'phone', type: 'resolve' }),
        reply('t', 's', T + 3 * HOUR, { channel: 'mail', type: 'thank' }),
      ),
    ).toEqual([
      { root: 'q', members: ['q', 'r', 'f', 's', 't'], outcome: 'resolved', resolvedAt: T + 2 * HOUR, switches: 2 },
    ]);
  });

  it('counts switches up to asOf when the case is not resolved', () => {
    expect(
      cases(
        T + DAY,
        msg('q', T),
        reply('r', 'q', T + MIN, { channel: 'mail' }),
        reply('p', 'q', T + HOUR, { channel: 'phone' }),
      ),
    ).toEqual([{ root: 'q', members: ['q', 'r', 'p'], outcome: undefined, resolvedAt: undefined, switches: 2 }]);
  });

  it('reads resolve without an outcome as resolved, and explicit outcomes as given', () => {
    expect(cases(T + DAY, msg('q', T), reply('r', 'q', T + MIN, { type: 'resolve' }))[0]?.outcome).toBe('resolved');
    expect(
      cases(T + DAY, msg('q', T), reply('r', 'q', T + MIN, { type: 'resolve', outcome: 'unresolved' }))[0]?.outcome,
    ).toBe('unresolved');
    expect(cases(T + DAY, msg('q', T), reply('r', 'q', T + MIN, { outcome: 'resolved' }))[0]?.resolvedAt).toBe(T + MIN);
    // fulfilled / broken are promise outcomes, not case outcomes.
    expect(cases(T + DAY, msg('q', T), reply('r', 'q', T + MIN, { outcome: 'fulfilled' }))[0]?.outcome).toBeUndefined();
  });

  it('lets the first resolution decide', () => {
    // unresolved, then resolved: resolved at the second. Resolved, then unresolved: still resolved.
    const a = cases(
      T + DAY,
      msg('q', T),
      reply('r1', 'q', T + MIN, { outcome: 'unresolved' }),
      reply('r2', 'q', T + 2 * MIN, { outcome: 'resolved' }),
    );
    expect([a[0]?.outcome, a[0]?.resolvedAt]).toEqual(['resolved', T + 2 * MIN]);
    const b = cases(
      T + DAY,
      msg('q', T),
      reply('r1', 'q', T + MIN, { type: 'resolve' }),
      reply('r2', 'q', T + 2 * MIN, { outcome: 'unresolved' }),
    );
    expect([b[0]?.outcome, b[0]?.resolvedAt]).toEqual(['resolved', T + MIN]);
    const c = cases(T + DAY, msg('q', T), reply('r1', 'q', T + MIN, { outcome: 'unresolved' }));
    expect([c[0]?.outcome, c[0]?.resolvedAt]).toEqual(['unresolved', undefined]);
  });

  it('ignores members after asOf', () => {
    expect(cases(T + MIN, msg('q', T), reply('r', 'q', T + HOUR, { type: 'resolve', channel: 'phone' }))).toEqual([
      { root: 'q', members: ['q'], outcome: undefined, resolvedAt: undefined, switches: 0 },
    ]);
  });

  it('keeps a reply that sorts before its root (same instant, smaller id)', () => {
    // 'a' and 'q' share an instant, so the history lists the reply 'a' first.
    expect(cases(T + DAY, msg('q', T), reply('a', 'q', T, { type: 'resolve', channel: 'phone' }))).toEqual([
      { root: 'q', members: ['q', 'a'], outcome: 'resolved', resolvedAt: T, switches: 1 },
    ]);
  });

  it('keeps a reply stamped before its root', () => {
    expect(cases(T + DAY, msg('q', T), reply('r', 'q', T - MIN, { type: 'resolve' }))[0]?.members).toEqual(['q', 'r']);
  });

  it('does not count a thank-you on another channel as a switch', () => {
    // r (chat) resolves at T + 1 min; s, a thank-you on mail, moves the customer nowhere.
    expect(
      cases(
        T + DAY,
        msg('q', T),
        reply('r', 'q', T + MIN, { type: 'resolve' }),
        reply('s', 'q', T + MIN, { channel: 'mail', type: 'thank' }),
      )[0]?.switches,
    ).toBe(0);
  });

  it('opens a case at a dialogue message that answers a newsletter', () => {
    // The customer replies to a newsletter with a complaint: the complaint opens the case.
    expect(
      cases(
        T + DAY,
        msg('n', T - DAY, { direction: 'outbound', type: 'newsletter', channel: 'mail' }),
        msg('c', T, { type: 'complaint', channel: 'mail', inReplyTo: 'n' }),
        reply('r', 'c', T + HOUR, { type: 'resolve', channel: 'mail' }),
      ),
    ).toEqual([{ root: 'c', members: ['c', 'r'], outcome: 'resolved', resolvedAt: T + HOUR, switches: 0 }]);
  });

  it('opens cases only inside the window, and only at inbound dialogue', () => {
    const asOf = T + 365 * DAY;
    expect(
      cases(
        asOf,
        msg('old', T - 1), // one ms before the window: no case, and its reply joins none
        reply('r-old', 'old', asOf - DAY),
        msg('edge', T), // exactly at the window start
        msg('view', T + DAY, { type: 'view' }),
        msg('offer', T + DAY, { direction: 'outbound', type: 'offer' }),
        msg('fresh', T + 2 * DAY, { type: 'request' }),
      ).map((c) => c.root),
    ).toEqual(['edge', 'fresh']);
  });

  it('returns cases in the order they were opened', () => {
    expect(cases(T + DAY, msg('b', T + MIN), msg('a', T + 2 * MIN), msg('c', T)).map((c) => c.root)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('handles a long thread without recursion limits', () => {
    const n = 30_000;
    const thread = Array.from({ length: n }, (_, k) =>
      k === 0
        ? msg('m0', T)
        : k % 2
          ? reply(`m${k}`, `m${k - 1}`, T + k)
          : msg(`m${k}`, T + k, { inReplyTo: `m${k - 1}` }),
    );
    const [only] = dialogueCases(history(...thread), { asOf: T + DAY, config });
    expect(only?.members).toHaveLength(n);
  });

  it('returns nothing for an empty history', () => {
    expect(cases(T)).toEqual([]);
  });
});
