import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../test/support/arbitraries.js';
import { resolveConfig } from '../config/scoring-config.js';
import { type CreateHistoryInput, createHistory } from '../model/create-history.js';
import { roleOf } from './roles.js';
import { dialogueCases, dialogueMessages } from './threads.js';

const configArb = fc
  .record({ windowDays: fc.integer({ min: 1, max: 800 }), chatMinutes: fc.option(fc.integer({ min: 0, max: 600 })) })
  .map(({ windowDays, chatMinutes }) =>
    resolveConfig({
      window: { days: windowDays },
      ...(chatMinutes === null ? {} : { responseTargets: { chat: { minutes: chatMinutes } } }),
    }),
  );
const asOfArb = fc.integer({ min: AS_OF - 400 * DAY, max: AS_OF + 10 * DAY });
const MIN = 60_000;

/**
 * Dense threads: questions and replies a few minutes apart on three channels, so that ties in
 * time, replies stamped before what they answer and ids out of time order are common.
 */
const threadArb = fc
  .array(
    fc.record({
      inbound: fc.boolean(),
      minute: fc.nat(10),
      replyTo: fc.integer({ min: -1, max: 15 }),
      channel: fc.constantFrom('chat', 'mail', 'phone'),
      type: fc.constantFrom('question', 'complaint', 'reply', 'resolve', 'newsletter', 'view'),
      outcome: fc.option(fc.constantFrom('resolved', 'unresolved' as const), { nil: undefined, freq: 4 }),
    }),
    { maxLength: 16 },
  )
  .map(
    (drafts): CreateHistoryInput => ({
      customer: { id: 'c1' },
      channels: [
        { id: 'chat', kind: 'chat' },
        { id: 'mail', kind: 'email' },
        { id: 'phone', kind: 'phone' },
      ],
      interactions: drafts.map((d, i) => ({
        id: `i${i}`,
        customerId: 'c1',
        channel: d.channel,
        at: AS_OF - 60 * MIN + d.minute * MIN,
        direction: d.inbound ? 'inbound' : 'outbound',
        type: d.type,
        ...(d.replyTo >= 0 && d.replyTo < i ? { inReplyTo: `i${d.replyTo}` } : {}),
        ...(d.outcome === undefined ? {} : { outcome: d.outcome }),
      })),
    }),
  );
const anyHistoryArb = fc.oneof(historyInputArb(), threadArb);

describe('dialogueMessages (properties)', () => {
  it('gives every message a status consistent with its reply, its target and asOf', () => {
    fc.assert(
      fc.property(anyHistoryArb, fc.oneof(asOfArb, fc.constant(AS_OF)), configArb, (input, asOf, config) => {
        const history = createHistory(input);
        for (const m of dialogueMessages(history, { asOf, config })) {
          expect(m.message.at).toBeLessThanOrEqual(asOf);
          expect(m.message.at).toBeGreaterThanOrEqual(asOf - config.window);
          expect(m.message.direction).toBe('inbound');
          // The thread below the message: everything whose inReplyTo chain leads to it.
          const below = (i: (typeof history.interactions)[number]): boolean => {
            let up = i.inReplyTo;
            for (let steps = 0; up !== undefined && steps <= history.interactions.length; steps++) {
              if (up === m.message.id) return true;
              up = history.byId.get(up)?.inReplyTo;
            }
            return false;
          };
          const answers = history.interactions.filter(
            (i) =>
              i.direction === 'outbound' &&
              i.at <= asOf &&
              roleOf(i.type, config.typeRoles) !== 'acknowledgement' &&
              below(i),
          );
          if (m.firstReply === undefined) {
            expect(answers).toEqual([]);
            expect(m.responseMs).toBeUndefined();
            expect(['unanswered', 'pending', 'closing']).toContain(m.status);
            if (m.status !== 'closing') {
              expect(m.status).toBe(asOf - m.message.at > m.targetMs ? 'unanswered' : 'pending');
            }
          } else {
            const first = m.firstReply;
            // The earliest answer anywhere below the message (history order: time, then id).
            expect(first).toBe(answers[0]);
            expect(m.responseMs).toBeGreaterThanOrEqual(0);
            if (first.at < m.message.at) expect(m.status).toBe('reply-before-message');
            else expect(m.status).toBe((m.responseMs as number) <= m.targetMs ? 'on-time' : 'late');
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('dialogueCases (properties)', () => {
  it('puts each interaction in at most one case, the root first, nothing after asOf', () => {
    fc.assert(
      fc.property(anyHistoryArb, fc.oneof(asOfArb, fc.constant(AS_OF)), configArb, (input, asOf, config) => {
        const history = createHistory(input);
        const seen = new Set<string>();
        for (const c of dialogueCases(history, { asOf, config })) {
          expect(c.members[0]).toBe(c.root);
          expect(c.root.direction).toBe('inbound');
          expect(c.root.at).toBeGreaterThanOrEqual(asOf - config.window);
          expect(c.channelSwitches).toBeGreaterThanOrEqual(0);
          expect(c.channelSwitches).toBeLessThanOrEqual(c.members.length - 1);
          expect(c.resolvedAt !== undefined).toBe(c.outcome === 'resolved');
          for (const member of c.members) {
            expect(member.at).toBeLessThanOrEqual(asOf);
            expect(seen.has(member.id)).toBe(false);
            seen.add(member.id);
            // Every member other than the root answers another member.
            if (member !== c.root) expect(c.members.some((other) => other.id === member.inReplyTo)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every reply to a case root in that case', () => {
    fc.assert(
      fc.property(anyHistoryArb, fc.oneof(asOfArb, fc.constant(AS_OF)), (input, asOf) => {
        const history = createHistory(input);
        const config = resolveConfig();
        for (const c of dialogueCases(history, { asOf, config })) {
          const direct = history.interactions.filter((i) => i.inReplyTo === c.root.id && i.at <= asOf);
          for (const reply of direct) expect(c.members).toContain(reply);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('threads: order and time zone', () => {
  it('give the same messages and cases whatever the input order and process time zone', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyInputArb({ maxInteractions: 25 }), threadArb),
        fc.nat(),
        fc.oneof(asOfArb, fc.constant(AS_OF)),
        (input, seed, asOf) => {
          const config = resolveConfig();
          const summary = (history: ReturnType<typeof createHistory>) => ({
            messages: dialogueMessages(history, { asOf, config }).map((m) => [
              m.message.id,
              m.firstReply?.id,
              m.status,
            ]),
            cases: dialogueCases(history, { asOf, config }).map((c) => [
              c.members.map((m) => m.id),
              c.outcome,
              c.resolvedAt,
              c.channelSwitches,
            ]),
          });
          const base = withTimeZone('UTC', () => summary(createHistory(input)));
          const moved = withTimeZone('Asia/Kathmandu', () =>
            summary(createHistory({ ...input, interactions: shuffled(input.interactions, seed) })),
          );
          expect(moved).toEqual(base);
        },
      ),
      { numRuns: 100 },
    );
  });
});
