import { describe, expect, it } from 'vitest';
import { EngagementInputError, type InputIssue } from './errors.js';
import { parseDataset } from './parse-dataset.js';

const MARCH_1 = 1_772_323_200_000; // 2026-03-01T00:00:00Z
const MIN = 60_000;

type Rec = Record<string, unknown>;

const channels: Rec[] = [
  { id: 'mail', kind: 'email' },
  { id: 'chat', kind: 'chat', responseTarget: { minutes: 2 } },
];
const customers: Rec[] = [{ id: 'c1' }, { id: 'c2', preferredChannels: ['chat'] }];
const interaction = (id: string, extra: Rec = {}): Rec => ({
  id,
  customerId: 'c1',
  channel: 'mail',
  at: MARCH_1,
  direction: 'inbound',
  type: 'question',
  ...extra,
});

function collect(input: { customers?: Rec[]; channels?: Rec[]; interactions?: Rec[] }) {
  return parseDataset(
    {
      customers: input.customers ?? customers,
      channels: input.channels ?? channels,
      interactions: input.interactions ?? [],
    },
    { mode: 'collect' },
  );
}

/** The issues of a strict parse, which must throw. */
function strictIssues(input: unknown): readonly InputIssue[] {
  try {
    parseDataset(input, { mode: 'strict' });
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues;
  }
  throw new Error('expected parseDataset to throw');
}

/** `[index, code, path]` of every issue of every rejected record of one collection. */
function rejections(result: ReturnType<typeof collect>, collection: string) {
  return result.rejected
    .filter((r) => r.collection === collection)
    .flatMap((r) => r.issues.map((i) => [r.index, i.code, i.path] as const));
}

describe('parseDataset: valid input', () => {
  it('normalises timestamps and applies channel defaults, keeping input order', () => {
    const dataset = parseDataset({
      customers,
      channels,
      interactions: [
        interaction('b', { at: '2026-03-01T01:00:00+01:00' }),
        interaction('a', { at: new Date(MARCH_1 - MIN) }),
      ],
    });
    expect(dataset.interactions.map((i) => [i.id, i.at])).toEqual([
      ['b', MARCH_1], // 01:00 at +01:00 is midnight UTC
      ['a', MARCH_1 - MIN],
    ]);
    expect(dataset.channels).toEqual([
      {
        id: 'mail',
        kind: 'email',
        realTime: false,
        public: false,
        responseTarget: { hours: 24 },
        responseTargetMs: 86_400_000,
      },
      {
        id: 'chat',
        kind: 'chat',
        realTime: true,
        public: false,
        responseTarget: { minutes: 2 },
        responseTargetMs: 2 * MIN,
      },
    ]);
    expect(dataset.customers).toEqual([{ id: 'c1' }, { id: 'c2', preferredChannels: ['chat'] }]);
  });

  it('accepts an empty dataset in both modes', () => {
    const empty = { customers: [], channels: [], interactions: [] };
    expect(parseDataset(empty)).toEqual(empty);
    expect(parseDataset(empty, { mode: 'collect' })).toEqual({ dataset: empty, rejected: [], warnings: [] });
  });

  it('is strict by default, also when options are null', () => {
    const bad = { customers: [{ id: '' }], channels: [], interactions: [] };
    expect(() => parseDataset(bad)).toThrow(EngagementInputError);
    expect(() => parseDataset(bad, {})).toThrow(EngagementInputError);
    expect(() => parseDataset(bad, null as never)).toThrow(EngagementInputError);
  });

  it('accepts consents naming a channel id, a channel kind or *', () => {
    const result = collect({
      customers: [
        {
          id: 'c1',
          consents: [
            { channel: 'mail', granted: true, at: 1772323200000 },
            { channel: 'sms', granted: true, at: 1772323200000 }, // a kind with no channel of it: still a kind
            { channel: '*', purpose: 'service', granted: false, at: 1772323200000 },
          ],
        },
      ],
    });
    expect(result.rejected).toEqual([]);
    expect(result.dataset.customers[0]?.consents?.map((c) => c.purpose)).toEqual(['marketing', 'marketing', 'service']);
  });
});

describe('parseDataset: the root', () => {
  it.each([null, undefined, 42, 'x', [], [[], [], []]])('throws invalid-type at the root for %j', (input) => {
    for (const mode of ['strict', 'collect'] as const) {
      try {
        parseDataset(input, { mode });
        expect.unreachable();
      } catch (error) {
        expect((error as EngagementInputError).issues).toEqual([
          expect.objectContaining({ path: [], code: 'invalid-type' }),
        ]);
      }
    }
  });

  it('reports each missing or mistyped list, in either mode', () => {
    expect(strictIssues({ customers: [] }).map((i) => [i.path, i.code])).toEqual([
      [['channels'], 'missing-field'],
      [['interactions'], 'missing-field'],
    ]);
    expect(() => parseDataset({ customers: {}, channels: [], interactions: [] }, { mode: 'collect' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['customers'], code: 'invalid-type' })] }),
    );
  });

  it('does not read lists from the prototype', () => {
    const input = Object.create({ customers: [], channels: [], interactions: [] }) as object;
    expect(strictIssues(input)).toHaveLength(3);
  });

  it('refuses an unknown mode with invalid-option', () => {
    expect(() => parseDataset({ customers: [], channels: [], interactions: [] }, { mode: 'lenient' as never })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['mode'], code: 'invalid-option' })] }),
    );
  });
});

describe('parseDataset: schema issues', () => {
  it('points at ["interactions", 3, "at"] for the fourth interaction', () => {
    const result = collect({
      interactions: [
        interaction('a'),
        interaction('b'),
        interaction('c'),
        interaction('d', { at: '2026-03-01T10:00' }),
      ],
    });
    expect(rejections(result, 'interactions')).toEqual([[3, 'offset-less-timestamp', ['interactions', 3, 'at']]]);
    expect(result.dataset.interactions.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('emits every schema code with its path', () => {
    const result = collect({
      channels: [
        ...channels,
        { id: 'x1', kind: 'pigeon' }, // 2
        { id: 'x2', kind: 'email', responseTarget: {} }, // 3
        { id: 'x3', kind: 'email', responseTarget: { hours: -1 } }, // 4
      ],
      customers: [
        ...customers,
        { id: '' }, // 2
        { id: 'c3', since: 'last year' }, // 3
        { id: 'c4', interests: 'shoes' }, // 4
        {}, // 5
      ],
      interactions: [
        interaction('i0', { amount: -5 }),
        interaction('i1', { amount: Number.POSITIVE_INFINITY }),
        interaction('i2', { sentiment: 1.5 }),
        interaction('i3', { direction: 'sideways' }),
        interaction('i4', { at: '2026-03-01T10:00:00' }),
        interaction('i5', { at: 'soon' }),
        interaction('i6', { personalized: 'yes' }),
        interaction('i7', { at: undefined }),
        interaction('i8', { dueAt: Number.NaN }),
        interaction('i9', { sentiment: Number.NaN }),
      ],
    });
    expect(rejections(result, 'channels')).toEqual([
      [2, 'invalid-value', ['channels', 2, 'kind']],
      [3, 'invalid-duration', ['channels', 3, 'responseTarget']],
      [4, 'out-of-range', ['channels', 4, 'responseTarget', 'hours']],
    ]);
    expect(rejections(result, 'customers')).toEqual([
      [2, 'invalid-id', ['customers', 2, 'id']],
      [3, 'invalid-timestamp', ['customers', 3, 'since']],
      [4, 'invalid-type', ['customers', 4, 'interests']],
      [5, 'missing-field', ['customers', 5, 'id']],
    ]);
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'out-of-range', ['interactions', 0, 'amount']],
      [1, 'not-finite', ['interactions', 1, 'amount']],
      [2, 'out-of-range', ['interactions', 2, 'sentiment']],
      [3, 'invalid-value', ['interactions', 3, 'direction']],
      [4, 'offset-less-timestamp', ['interactions', 4, 'at']],
      [5, 'invalid-timestamp', ['interactions', 5, 'at']],
      [6, 'invalid-type', ['interactions', 6, 'personalized']],
      [7, 'missing-field', ['interactions', 7, 'at']],
      [8, 'invalid-timestamp', ['interactions', 8, 'dueAt']],
      [9, 'not-finite', ['interactions', 9, 'sentiment']],
    ]);
    // The valid base survives.
    expect(result.dataset.channels.map((c) => c.id)).toEqual(['mail', 'chat']);
    expect(result.dataset.customers.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('lists every problem of one record', () => {
    const issues = strictIssues({
      customers,
      channels,
      interactions: [{ id: '', customerId: 'c1', channel: 'mail', at: 'x', direction: 'in', type: 'question' }],
    });
    expect(issues.map((i) => i.code)).toEqual(['invalid-id', 'invalid-timestamp', 'invalid-value']);
  });

  it('reports a record that is not an object at its index', () => {
    const result = collect({ interactions: [null as never, 'x' as never, interaction('ok')] });
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'invalid-type', ['interactions', 0]],
      [1, 'invalid-type', ['interactions', 1]],
    ]);
  });

  it('prefixes every message with the function name', () => {
    const issues = strictIssues({ customers: [{}], channels: [{}], interactions: [{}] });
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) expect(issue.message).toMatch(/^parseDataset: /);
  });
});

describe('parseDataset: references', () => {
  it('rejects unknown customers and channels on interactions', () => {
    const result = collect({
      interactions: [interaction('a', { customerId: 'nobody' }), interaction('b', { channel: 'fax' })],
    });
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'unknown-customer', ['interactions', 0, 'customerId']],
      [1, 'unknown-channel', ['interactions', 1, 'channel']],
    ]);
  });

  it('rejects unknown preferred channels and consent channels', () => {
    const result = collect({
      customers: [
        { id: 'c1', preferredChannels: ['mail', 'fax'] },
        {
          id: 'c2',
          consents: [
            { channel: 'mail', granted: true, at: 1772323200000 },
            { channel: 'telepathy', granted: true, at: 1772323200000 },
          ],
        },
      ],
    });
    expect(rejections(result, 'customers')).toEqual([
      [0, 'unknown-channel', ['customers', 0, 'preferredChannels', 1]],
      [1, 'unknown-channel', ['customers', 1, 'consents', 1, 'channel']],
    ]);
  });

  it('cascades: the interactions of a rejected customer are rejected', () => {
    const result = collect({
      customers: [{ id: 'c1', since: 'never' }, { id: 'c2' }],
      interactions: [interaction('a'), interaction('b', { customerId: 'c2' })],
    });
    expect(rejections(result, 'customers')).toEqual([[0, 'invalid-timestamp', ['customers', 0, 'since']]]);
    expect(rejections(result, 'interactions')).toEqual([[0, 'unknown-customer', ['interactions', 0, 'customerId']]]);
    expect(result.dataset.interactions.map((i) => i.id)).toEqual(['b']);
  });

  it('cascades: references to a rejected channel are rejected', () => {
    const result = collect({
      channels: [{ id: 'mail', kind: 'e-mail' }],
      customers: [{ id: 'c1', preferredChannels: ['mail'] }, { id: 'c2' }],
      interactions: [interaction('a', { customerId: 'c2' })],
    });
    expect(result.rejected.map((r) => [r.collection, r.index, r.issues[0]?.code])).toEqual([
      ['channels', 0, 'invalid-value'],
      ['customers', 0, 'unknown-channel'],
      ['interactions', 0, 'unknown-channel'],
    ]);
  });

  it('keeps the first of duplicate ids', () => {
    const result = collect({
      channels: [...channels, { id: 'mail', kind: 'sms' }],
      customers: [...customers, { id: 'c1', segment: 'second' }],
      interactions: [interaction('a'), interaction('a', { type: 'complaint' })],
    });
    expect(result.rejected.map((r) => [r.collection, r.index, r.issues[0]?.code, r.issues[0]?.path])).toEqual([
      ['channels', 2, 'duplicate-id', ['channels', 2, 'id']],
      ['customers', 2, 'duplicate-id', ['customers', 2, 'id']],
      ['interactions', 1, 'duplicate-id', ['interactions', 1, 'id']],
    ]);
    expect(result.dataset.channels.find((c) => c.id === 'mail')?.kind).toBe('email');
    expect(result.dataset.customers.find((c) => c.id === 'c1')?.segment).toBeUndefined();
    expect(result.dataset.interactions.map((i) => i.type)).toEqual(['question']);
  });
});

describe('parseDataset: replies', () => {
  it('accepts a reply to an accepted interaction of the same customer, in any order', () => {
    const result = collect({
      interactions: [interaction('r', { inReplyTo: 'q', direction: 'outbound' }), interaction('q')],
    });
    expect(result.rejected).toEqual([]);
  });

  it('rejects a dangling inReplyTo, and cascades along the chain', () => {
    // a → x (missing); b → a; c → b: all three go, with the path of each one's own inReplyTo.
    const result = collect({
      interactions: [
        interaction('c', { inReplyTo: 'b' }),
        interaction('b', { inReplyTo: 'a' }),
        interaction('a', { inReplyTo: 'x' }),
        interaction('d'),
      ],
    });
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'unknown-reply-target', ['interactions', 0, 'inReplyTo']],
      [1, 'unknown-reply-target', ['interactions', 1, 'inReplyTo']],
      [2, 'unknown-reply-target', ['interactions', 2, 'inReplyTo']],
    ]);
    expect(result.dataset.interactions.map((i) => i.id)).toEqual(['d']);
  });

  it('rejects a reply to an interaction rejected for its shape', () => {
    const result = collect({ interactions: [interaction('q', { at: 'never' }), interaction('r', { inReplyTo: 'q' })] });
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'invalid-timestamp', ['interactions', 0, 'at']],
      [1, 'unknown-reply-target', ['interactions', 1, 'inReplyTo']],
    ]);
  });

  it('rejects a reply to an interaction of another customer', () => {
    const result = collect({
      interactions: [interaction('q'), interaction('r', { customerId: 'c2', inReplyTo: 'q' })],
    });
    expect(rejections(result, 'interactions')).toEqual([[1, 'cross-customer-reply', ['interactions', 1, 'inReplyTo']]]);
    expect(result.dataset.interactions.map((i) => i.id)).toEqual(['q']);
  });

  it('rejects every member of a reply cycle, and what answers them', () => {
    // a → b → a is a loop; c → a answers a looped interaction; d stands alone.
    const result = collect({
      interactions: [
        interaction('a', { inReplyTo: 'b' }),
        interaction('b', { inReplyTo: 'a' }),
        interaction('c', { inReplyTo: 'a' }),
        interaction('d'),
      ],
    });
    expect(rejections(result, 'interactions')).toEqual([
      [0, 'reply-cycle', ['interactions', 0, 'inReplyTo']],
      [1, 'reply-cycle', ['interactions', 1, 'inReplyTo']],
      [2, 'unknown-reply-target', ['interactions', 2, 'inReplyTo']],
    ]);
    expect(result.dataset.interactions.map((i) => i.id)).toEqual(['d']);
  });

  it('rejects a self-reply as a cycle', () => {
    const result = collect({ interactions: [interaction('a', { inReplyTo: 'a' })] });
    expect(rejections(result, 'interactions')).toEqual([[0, 'reply-cycle', ['interactions', 0, 'inReplyTo']]]);
  });

  it('finds a loop entered from a tail', () => {
    // t → a → b → c → a: a, b, c loop; t leads into it.
    const result = collect({
      interactions: [
        interaction('t', { inReplyTo: 'a' }),
        interaction('a', { inReplyTo: 'b' }),
        interaction('b', { inReplyTo: 'c' }),
        interaction('c', { inReplyTo: 'a' }),
      ],
    });
    expect(rejections(result, 'interactions').map(([index, code]) => [index, code])).toEqual([
      [0, 'unknown-reply-target'],
      [1, 'reply-cycle'],
      [2, 'reply-cycle'],
      [3, 'reply-cycle'],
    ]);
  });

  it('handles a long chain without recursion limits', () => {
    const n = 20_000;
    const interactions = Array.from({ length: n }, (_, k) =>
      interaction(`m${k}`, k === 0 ? {} : { inReplyTo: `m${k - 1}`, at: MARCH_1 + k }),
    );
    expect(collect({ interactions }).dataset.interactions).toHaveLength(n);
    // Break the root: every one of the 20 000 is rejected by cascade.
    interactions[0] = interaction('m0', { channel: 'fax' });
    expect(collect({ interactions }).rejected).toHaveLength(n);
  });
});

describe('parseDataset: collect mode', () => {
  it('returns each rejected record as given, sorted by collection then index', () => {
    const badInteraction = interaction('z', { amount: -1 });
    const badCustomer = { id: 3 };
    const badChannel = { id: 'x' };
    const result = collect({
      channels: [...channels, badChannel],
      customers: [...customers, badCustomer],
      interactions: [badInteraction, interaction('q', { inReplyTo: 'nope' })],
    });
    expect(result.rejected.map((r) => [r.collection, r.index])).toEqual([
      ['channels', 2],
      ['customers', 2],
      ['interactions', 0],
      ['interactions', 1],
    ]);
    expect(result.rejected[0]?.record).toBe(badChannel);
    expect(result.rejected[1]?.record).toBe(badCustomer);
    expect(result.rejected[2]?.record).toBe(badInteraction);
  });

  it('strict mode throws one error with the issues of every rejected record', () => {
    const input = {
      customers: [...customers, { id: '' }],
      channels,
      interactions: [interaction('a', { amount: -1 }), interaction('b', { inReplyTo: 'a' })],
    };
    const collected = parseDataset(input, { mode: 'collect' });
    expect(strictIssues(input)).toEqual(collected.rejected.flatMap((r) => r.issues));
  });
});

describe('parseDataset: ids that are Object.prototype keys', () => {
  it('works with __proto__, constructor and toString everywhere', () => {
    const ids = ['__proto__', 'constructor', 'toString'];
    const result = parseDataset(
      {
        channels: ids.map((id) => ({ id, kind: 'chat' })),
        customers: ids.map((id) => ({
          id,
          preferredChannels: [id],
          consents: [{ channel: id, granted: true, at: 1772323200000 }],
        })),
        interactions: ids.flatMap((id) => [
          interaction(id, { customerId: id, channel: id }),
          interaction(`${id}-reply`, {
            customerId: id,
            channel: id,
            inReplyTo: id,
            direction: 'outbound',
            type: 'reply',
          }),
        ]),
      },
      { mode: 'collect' },
    );
    expect(result.rejected).toEqual([]);
    expect(result.dataset.interactions).toHaveLength(6);
    expect(({} as Rec)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
