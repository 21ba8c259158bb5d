/**
 * Shared fast-check arbitraries: valid-by-construction history inputs for property tests.
 * Every generated history validates with `createHistory`.
 */
import fc from 'fast-check';
import type { ChannelInput, CreateHistoryInput, CustomerInput, InteractionInput } from '../../src/index.js';
import { CHANNEL_KINDS, STANDARD_VOCABULARY } from '../../src/index.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** The moment property tests score at. */
export const AS_OF = Date.parse('2026-06-01T00:00:00Z');

const INBOUND_TYPES = STANDARD_VOCABULARY.filter((e) => e.direction === 'inbound').flatMap((e) => e.types);
const OUTBOUND_TYPES = STANDARD_VOCABULARY.filter((e) => e.direction === 'outbound').flatMap((e) => e.types);
const TOPICS = ['billing', 'shoes', 'travel', 'garden', 'music'];
const REASONS = ['get-discounts', 'purchase', 'general-information', 'feel-connected'];

export const channelsArb: fc.Arbitrary<ChannelInput[]> = fc
  .uniqueArray(fc.constantFrom(...CHANNEL_KINDS), { minLength: 1, maxLength: 5 })
  .map((kinds) => kinds.map((kind, i) => ({ id: `ch${i}-${kind}`, kind })));

interface Draft {
  offset: number; // ms before AS_OF (negative: after AS_OF)
  inbound: boolean;
  typeIndex: number;
  channelIndex: number;
  replyTo: number; // index of an earlier interaction to reply to, or -1
  personalized: boolean | undefined;
  topics: string[] | undefined;
  amount: number | undefined;
  sentiment: number | undefined;
  outcome: InteractionInput['outcome'];
  dueOffset: number | undefined;
  reason: string | undefined;
  purpose: InteractionInput['purpose'];
}

const draftArb: fc.Arbitrary<Draft> = fc.record({
  offset: fc.integer({ min: -30 * DAY, max: 800 * DAY }),
  inbound: fc.boolean(),
  typeIndex: fc.nat(),
  channelIndex: fc.nat(),
  replyTo: fc.integer({ min: -1, max: 40 }),
  personalized: fc.option(fc.boolean(), { nil: undefined }),
  topics: fc.option(fc.subarray(TOPICS), { nil: undefined }),
  amount: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
  sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
  outcome: fc.option(fc.constantFrom('resolved', 'unresolved', 'fulfilled', 'broken' as const), { nil: undefined }),
  dueOffset: fc.option(fc.integer({ min: -30 * DAY, max: 400 * DAY }), { nil: undefined }),
  reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
  purpose: fc.option(fc.constantFrom('marketing', 'service', 'transactional' as const), { nil: undefined }),
});

/** Options for {@link historyInputArb}. */
export interface HistoryArbOptions {
  readonly maxInteractions?: number;
  readonly customerId?: fc.Arbitrary<string>;
}

/** A valid `{ customer, channels, interactions }` for one customer, ids unique, replies pointing backwards. */
export function historyInputArb(options: HistoryArbOptions = {}): fc.Arbitrary<CreateHistoryInput> {
  const idArb = options.customerId ?? fc.constantFrom('c1', '__proto__', 'constructor', 'toString', 'ü-42');
  return fc
    .record({
      customerId: idArb,
      channels: channelsArb,
      drafts: fc.array(draftArb, { maxLength: options.maxInteractions ?? 40 }),
      interests: fc.option(fc.subarray(TOPICS), { nil: undefined }),
      preferred: fc.option(fc.nat(), { nil: undefined }),
      consents: fc.array(
        fc.record({
          channelIndex: fc.integer({ min: -1, max: 8 }),
          granted: fc.boolean(),
          offset: fc.integer({ min: 0, max: 800 * DAY }),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ customerId, channels, drafts, interests, preferred, consents }) => {
      const channelId = (index: number): string => (channels[index % channels.length] as ChannelInput).id;
      const customer: CustomerInput = {
        id: customerId,
        ...(interests !== undefined ? { interests } : {}),
        ...(preferred !== undefined ? { preferredChannels: [channelId(preferred)] } : {}),
        consents: consents.map((c) => ({
          channel: c.channelIndex < 0 ? '*' : channelId(c.channelIndex),
          granted: c.granted,
          at: AS_OF - c.offset,
        })),
      };
      const interactions: InteractionInput[] = [];
      drafts.forEach((d, i) => {
        const types = d.inbound ? INBOUND_TYPES : OUTBOUND_TYPES;
        const at = AS_OF - d.offset;
        const target = d.replyTo >= 0 && d.replyTo < i ? interactions[d.replyTo] : undefined;
        interactions.push({
          id: `i${i}`,
          customerId,
          channel: channelId(d.channelIndex),
          // Replies never come before what they answer.
          at: target !== undefined ? Math.max(at, target.at as number) : at,
          direction: d.inbound ? 'inbound' : 'outbound',
          type: types[d.typeIndex % types.length] as string,
          ...(target !== undefined ? { inReplyTo: target.id } : {}),
          ...(d.personalized !== undefined && !d.inbound ? { personalized: d.personalized } : {}),
          ...(d.topics !== undefined ? { topics: d.topics } : {}),
          ...(d.amount !== undefined ? { amount: d.amount } : {}),
          ...(d.sentiment !== undefined ? { sentiment: d.sentiment } : {}),
          ...(d.outcome !== undefined ? { outcome: d.outcome } : {}),
          ...(d.dueOffset !== undefined ? { dueAt: AS_OF - d.dueOffset } : {}),
          ...(d.reason !== undefined && d.inbound ? { reason: d.reason } : {}),
          ...(d.purpose !== undefined ? { purpose: d.purpose } : {}),
        });
      });
      return { customer, channels, interactions };
    });
}

/** Shuffles a copy of an array with a fast-check-provided permutation seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Runs `fn` with `process.env['TZ']` set to `tz`, restoring it afterwards. */
export function withTimeZone<T>(tz: string, fn: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}

/** Dialogue-heavy histories: cases on 2–4 channels, answered or not, with outcomes. */
const DIALOGUE_KINDS = ['chat', 'email', 'social', 'phone'] as const;
export const dialogueHistoryArb: fc.Arbitrary<CreateHistoryInput> = fc
  .record({
    customerId: fc.constantFrom('c1', '__proto__'),
    channels: fc.integer({ min: 2, max: 4 }),
    cases: fc.array(
      fc.record({
        channel: fc.nat(),
        age: fc.integer({ min: 0, max: 200 * DAY }),
        type: fc.constantFrom('question', 'complaint', 'request', 'mention', 'message'),
        reply: fc.option(
          fc.record({
            delay: fc.integer({ min: 0, max: 3 * DAY }),
            channel: fc.nat(),
            type: fc.constantFrom('reply', 'resolve', 'call'),
            outcome: fc.option(fc.constantFrom('resolved' as const, 'unresolved' as const), { nil: undefined }),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 16 },
    ),
  })
  .map(({ customerId, channels, cases }) => {
    const ids = DIALOGUE_KINDS.slice(0, channels).map((kind) => ({ id: `${kind}-1`, kind }));
    const channelOf = (n: number) => (ids[n % ids.length] as { id: string }).id;
    const interactions: InteractionInput[] = [];
    cases.forEach((c, i) => {
      const at = AS_OF - c.age;
      interactions.push({
        id: `q${i}`,
        customerId,
        channel: channelOf(c.channel),
        at,
        direction: 'inbound',
        type: c.type,
      });
      if (c.reply !== undefined) {
        interactions.push({
          id: `r${i}`,
          customerId,
          channel: channelOf(c.reply.channel),
          at: at + c.reply.delay,
          direction: 'outbound',
          type: c.reply.type,
          inReplyTo: `q${i}`,
          ...(c.reply.outcome !== undefined ? { outcome: c.reply.outcome } : {}),
        });
      }
    });
    return { customer: { id: customerId }, channels: ids, interactions };
  });
