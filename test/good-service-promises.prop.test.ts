/**
 * More promises of "rules that never punish good service", one property each: what a rule judges
 * (dialogue replies, personal touches, confidence evidence), what it leaves alone (thank-yous for
 * purchases, receipts, newsletters, closing thanks, replies timestamped before their message) and
 * how free-text topics compare.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/scoring-config.js';
import { roleOf } from '../src/history/roles.js';
import { dialogueMessages } from '../src/history/threads.js';
import {
  type CreateHistoryInput,
  channelChoice,
  createHistory,
  type InteractionInput,
  personalResponse,
  personalTouch,
  scoreCustomer,
  scoreEfficiency,
  scoreRelevancy,
  scoreValue,
} from '../src/index.js';
import { AS_OF, DAY, dialogueHistoryArb, historyInputArb } from './support/arbitraries.js';

const RUNS = { numRuns: 200 };
const options = { asOf: AS_OF };
const config = resolveConfig();
const role = (i: InteractionInput) => roleOf(i.type, config.typeRoles);
const atOf = (i: InteractionInput) => i.at as number;
const withExtra = (input: CreateHistoryInput, ...extra: InteractionInput[]): CreateHistoryInput => ({
  ...input,
  interactions: [...input.interactions, ...extra],
});

describe('what the rules judge (properties)', () => {
  it('channelChoice judges replies to dialogue messages only: a thank-you for a purchase or a review never changes it', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('thank', 'reward', 'reply', 'receipt'),
        fc.integer({ min: 0, max: 5 * DAY }),
        (input, pick, channel, type, delay) => {
          const targets = input.interactions.filter(
            (i) => i.direction === 'inbound' && role(i) !== 'dialogue' && atOf(i) <= AS_OF,
          );
          fc.pre(targets.length > 0);
          const target = targets[pick % targets.length] as InteractionInput;
          const thanks: InteractionInput = {
            id: 'thanks-added',
            customerId: target.customerId,
            channel: (input.channels[channel % input.channels.length] as { id: string }).id,
            at: Math.min(AS_OF, atOf(target) + delay),
            direction: 'outbound',
            type,
            inReplyTo: target.id,
          };
          const before = channelChoice(createHistory(input), options);
          const after = channelChoice(createHistory(withExtra(input, thanks)), options);
          expect(after.value).toBe(before.value);
          expect(after.facts).toEqual(before.facts);
        },
      ),
      RUNS,
    );
  });

  it('an acknowledgement (receipt, auto-reply) is impersonal unless marked personalised, linked or not', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.option(fc.nat(), { nil: undefined }),
        fc.constantFrom('receipt', 'auto-reply', 'acknowledgement'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 300 * DAY }),
        (input, pick, type, personalized, age) => {
          const targets = input.interactions.filter((i) => atOf(i) <= AS_OF - age);
          const target = pick === undefined || targets.length === 0 ? undefined : targets[pick % targets.length];
          const receipt: InteractionInput = {
            id: 'receipt-added',
            customerId: input.customer.id,
            channel: (input.channels[0] as { id: string }).id,
            at: AS_OF - age, // inside the 365-day window, after what it answers
            direction: 'outbound',
            type,
            ...(target === undefined ? {} : { inReplyTo: target.id }),
            ...(personalized === undefined ? {} : { personalized }),
          };
          const before = personalTouch(createHistory(input), options).facts;
          const after = personalTouch(createHistory(withExtra(input, receipt)), options).facts;
          // One more outbound judged; personal only when marked so.
          expect(after.judged).toBe(before.judged + 1);
          expect(after.personal).toBe(before.personal + (personalized === true ? 1 : 0));
        },
      ),
      RUNS,
    );
  });

  it('confidence counts customer-side and dialogue evidence: newsletters never change it', () => {
    fc.assert(
      fc.property(
        historyInputArb({ maxInteractions: 25 }),
        fc.array(
          fc.record({
            type: fc.constantFrom('newsletter', 'offer', 'campaign', 'notification'),
            age: fc.integer({ min: 0, max: 364 * DAY }),
            channel: fc.nat(),
            marketing: fc.boolean(),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (input, broadcasts) => {
          const extra: InteractionInput[] = broadcasts.map((b, k) => ({
            id: `broadcast-${k}`,
            customerId: input.customer.id,
            channel: (input.channels[b.channel % input.channels.length] as { id: string }).id,
            at: AS_OF - b.age,
            direction: 'outbound',
            type: b.type,
            ...(b.marketing ? { purpose: 'marketing' as const } : {}),
          }));
          const before = scoreCustomer(createHistory(input), options).composite;
          const after = scoreCustomer(createHistory(withExtra(input, ...extra)), options).composite;
          expect(after.confidence).toBe(before.confidence);
          expect(after.evidenceCount).toBe(before.evidenceCount + broadcasts.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a customer's closing thanks after a resolution never lowers value", () => {
    fc.assert(
      fc.property(dialogueHistoryArb, fc.nat(), fc.integer({ min: 1, max: 3 * DAY }), (input, pick, delay) => {
        const resolving = input.interactions.filter(
          (i) =>
            i.direction === 'outbound' &&
            (i.outcome === 'resolved' || (i.type === 'resolve' && i.outcome === undefined)),
        );
        fc.pre(resolving.length > 0);
        const fix = resolving[pick % resolving.length] as InteractionInput;
        fc.pre(atOf(fix) < AS_OF);
        const thanks: InteractionInput = {
          id: 'thanks-added',
          customerId: fix.customerId,
          channel: fix.channel,
          at: Math.min(AS_OF, atOf(fix) + delay),
          direction: 'inbound',
          type: 'message',
          inReplyTo: fix.id,
        };
        const before = scoreValue(createHistory(input), options);
        const after = scoreValue(createHistory(withExtra(input, thanks)), options);
        if (before.score !== null) expect(after.score as number).toBeGreaterThanOrEqual(before.score - 1e-9);
        // The thanks is a closing message: not judged by the personal response.
        expect(after.components[0]?.facts).toEqual(before.components[0]?.facts);
      }),
      RUNS,
    );
  });

  it('an answer anywhere below a message answers it, and never lowers the personal response', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 2 * DAY }),
        (input, pick, below, delay) => {
          const history = createHistory(input);
          const messages = dialogueMessages(history, { asOf: AS_OF, config });
          fc.pre(messages.length > 0);
          const message = (messages[pick % messages.length] as (typeof messages)[number]).message;
          // The thread below the message: the message itself and everything whose inReplyTo chain leads to it.
          const leadsTo = (id: string | undefined): boolean => {
            for (let steps = 0; id !== undefined && steps <= input.interactions.length; steps++) {
              if (id === message.id) return true;
              id = history.byId.get(id)?.inReplyTo;
            }
            return false;
          };
          const thread = input.interactions.filter((i) => leadsTo(i.id) && atOf(i) <= AS_OF);
          const parent = thread[below % thread.length] as InteractionInput;
          const answer: InteractionInput = {
            id: 'answer-added',
            customerId: message.customerId,
            channel: message.channel,
            at: Math.min(AS_OF, atOf(parent) + delay),
            direction: 'outbound',
            type: 'reply',
            inReplyTo: parent.id,
          };
          const answered = createHistory(withExtra(input, answer));
          const after = dialogueMessages(answered, { asOf: AS_OF, config }).find((m) => m.message.id === message.id);
          expect(after?.firstReply).toBeDefined();
          expect(['on-time', 'late', 'reply-before-message']).toContain(after?.status);
          const value = (h: typeof history) => personalResponse(h, options);
          const [was, now] = [value(history), value(answered)];
          if (was.value !== null) expect(now.value as number).toBeGreaterThanOrEqual(was.value - 1e-9);
          expect(now.facts.personal).toBeGreaterThanOrEqual(was.facts.personal);
        },
      ),
      RUNS,
    );
  });

  it('a reply timestamped before its message is flagged and not judged', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        fc.integer({ min: 0, max: 300 * DAY }),
        fc.integer({ min: 1, max: 5 * DAY }),
        fc.nat(),
        (input, age, early, channel) => {
          const ch = (input.channels[channel % input.channels.length] as { id: string }).id;
          const at = AS_OF - age;
          const question: InteractionInput = {
            id: 'question-added',
            customerId: input.customer.id,
            channel: ch,
            at,
            direction: 'inbound',
            type: 'question',
          };
          const reply: InteractionInput = {
            ...question,
            id: 'reply-added',
            at: at - early,
            direction: 'outbound',
            type: 'reply',
            inReplyTo: question.id,
          };
          const plain = createHistory(input);
          const skewed = createHistory(withExtra(input, question, reply));
          const flagged = scoreEfficiency(skewed, options).flags.filter((f) => f.code === 'reply-before-message');
          const plainFlags = scoreEfficiency(plain, options).flags.filter((f) => f.code === 'reply-before-message');
          const ids = (flags: typeof flagged) => flags.map((f) => f.interactionId).sort();
          expect(ids(flagged)).toEqual([...ids(plainFlags), 'reply-added'].sort());
          // Neither the response time nor the personal response judges the question.
          const responseTime = (h: typeof plain) => scoreEfficiency(h, options).components[0];
          expect(responseTime(skewed)?.facts).toEqual(responseTime(plain)?.facts);
          expect(responseTime(skewed)?.value).toBe(responseTime(plain)?.value);
          expect(personalResponse(skewed, options).facts).toEqual(personalResponse(plain, options).facts);
          expect(personalResponse(skewed, options).value).toBe(personalResponse(plain, options).value);
        },
      ),
      RUNS,
    );
  });
});

/** Spellings of a topic that fold to the same label: composed or decomposed, case, white space. */
const spellingArb = fc.record({
  nfd: fc.boolean(),
  upper: fc.boolean(),
  space: fc.constantFrom(' ', '  ', '\u00a0', '\t', ' \u2003'),
  before: fc.constantFrom('', ' ', '\u00a0', '\t '),
  after: fc.constantFrom('', ' ', '\u00a0\u00a0', '\n'),
});
type Spelling = typeof spellingArb extends fc.Arbitrary<infer T> ? T : never;
/** The generated topics renamed to labels with accents, spaces and a ligature (folded forms). */
const RICH: Record<string, string> = {
  billing: 'après-ski',
  shoes: 'road bikes',
  travel: 'fine dining',
  garden: 'garden',
  music: 'über music',
};
function spell(topic: string, s: Spelling): string {
  let text = topic.replace(/ /g, s.space);
  if (topic === 'fine dining' && s.nfd) text = text.replace('fi', '\ufb01'); // the "ﬁ" ligature, NFKC "fi"
  if (s.upper) text = text.toUpperCase();
  if (s.nfd) text = text.normalize('NFD');
  return `${s.before}${text}${s.after}`;
}

/** Histories rich in topics: declared interests, tagged marketing and inbound interactions that teach topics. */
const topicHistoryArb: fc.Arbitrary<CreateHistoryInput> = fc
  .record({
    interests: fc.subarray(Object.keys(RICH), { minLength: 1 }),
    items: fc.array(
      fc.record({
        inbound: fc.boolean(),
        topics: fc.subarray(Object.keys(RICH), { minLength: 1, maxLength: 2 }),
        age: fc.integer({ min: 0, max: 300 * DAY }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ interests, items }) => ({
    customer: { id: 'c1', interests },
    channels: [{ id: 'mail', kind: 'email' }],
    interactions: items.map((item, k) => ({
      id: `t${k}`,
      customerId: 'c1',
      channel: 'mail',
      at: AS_OF - item.age,
      direction: item.inbound ? ('inbound' as const) : ('outbound' as const),
      type: item.inbound ? 'click' : 'newsletter',
      topics: item.topics,
      ...(item.inbound ? {} : { purpose: 'marketing' as const }),
    })),
  }));

describe('topics compare by their folded form (properties)', () => {
  it('NFKC-, case- and white-space-equivalent topics and interests score the same relevancy', () => {
    fc.assert(
      fc.property(
        fc.oneof(topicHistoryArb, historyInputArb({ maxInteractions: 30 })),
        fc.array(spellingArb, { minLength: 1, maxLength: 12 }),
        (input, spellings) => {
          let k = 0;
          const next = (): Spelling => spellings[k++ % spellings.length] as Spelling;
          const canonical = (topics: readonly string[] | undefined) => topics?.map((t) => RICH[t] ?? t);
          const variant = (topics: readonly string[] | undefined) => canonical(topics)?.map((t) => spell(t, next()));
          const rewrite = (f: typeof canonical): CreateHistoryInput => ({
            ...input,
            customer: {
              ...input.customer,
              ...(input.customer.interests === undefined ? {} : { interests: f(input.customer.interests) }),
            },
            interactions: input.interactions.map((i) => (i.topics === undefined ? i : { ...i, topics: f(i.topics) })),
          });
          const a = scoreRelevancy(createHistory(rewrite(canonical)), options);
          const b = scoreRelevancy(createHistory(rewrite(variant)), options);
          expect(b.score).toBe(a.score);
          expect(b.components.map((c) => [c.value, c.facts])).toEqual(a.components.map((c) => [c.value, c.facts]));
        },
      ),
      { numRuns: 150 },
    );
  });
});
