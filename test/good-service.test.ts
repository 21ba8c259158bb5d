/**
 * Rules that never punish good service: each behaviour an audit reproduced, as a worked example.
 */
import { describe, expect, it } from 'vitest';
import {
  complaintResolution,
  createHistory,
  effort,
  type InteractionInput,
  nextStep,
  parseDataset,
  personalResponse,
  personalTouch,
  reasonShares,
  responseTime,
  scoreCustomer,
  scoreEfficiency,
  topicMatch,
} from '../src/index.js';
import { channelChoice } from '../src/rules/control/channel-choice.js';

const MIN = 60_000;
const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const T = AS_OF - 10 * DAY;
const options = { asOf: AS_OF };

type Draft = Omit<InteractionInput, 'customerId'>;
function build(drafts: Draft[], customer: Record<string, unknown> = {}) {
  return createHistory({
    customer: { id: 'c1', ...customer },
    channels: [
      { id: 'chat', kind: 'chat' },
      { id: 'tel', kind: 'phone' },
      { id: 'mail', kind: 'email' },
      { id: 'shop', kind: 'in-person' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId: 'c1' }) as InteractionInput),
  });
}
const msg = (id: string, at: number, channel: string, type = 'question', extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  channel,
  direction: 'inbound',
  type,
  ...extra,
});
const out = (id: string, at: number, channel: string, type: string, inReplyTo?: string, extra: Partial<Draft> = {}) =>
  ({ id, at, channel, direction: 'outbound', type, ...(inReplyTo ? { inReplyTo } : {}), ...extra }) as Draft;

describe('effort counts the channels the customer was moved to, not interleavings', () => {
  it('parallel replies on chat and phone are one switch (1/2), not four', () => {
    const history = build([
      msg('q', T, 'chat'),
      out('r1', T + MIN, 'chat', 'reply', 'q'),
      out('r2', T + 2 * MIN, 'tel', 'call', 'q'),
      out('r3', T + 3 * MIN, 'chat', 'reply', 'q'),
      out('r4', T + 4 * MIN, 'tel', 'resolve', 'q'),
    ]);
    expect(effort(history, options).value).toBe(1 / 2);
  });
});

describe('each complaint is its own case', () => {
  it('two complaints in reply to one newsletter: one resolved, one not → complaintResolution 1/2', () => {
    const history = build([
      out('n', T - DAY, 'mail', 'newsletter'),
      msg('c1', T, 'mail', 'complaint', { inReplyTo: 'n' }),
      msg('c2', T, 'mail', 'complaint', { inReplyTo: 'n' }),
      out('r1', T + MIN, 'mail', 'resolve', 'c1'),
      out('r2', T + MIN, 'mail', 'reply', 'c2', { outcome: 'unresolved' }),
    ]);
    expect(complaintResolution(history, options).value).toBe(1 / 2);
    expect(complaintResolution(history, options).facts).toMatchObject({ resolved: 1, judged: 2 });
  });
});

describe('an answer anywhere below a message answers it', () => {
  it("an answer to the customer's follow-up answers the original question too", () => {
    const history = build([
      msg('q', T, 'chat'),
      msg('f', T + MIN, 'chat', 'message', { inReplyTo: 'q' }),
      out('a', T + 3 * MIN, 'chat', 'reply', 'f'),
    ]);
    expect(responseTime(history, options).value).toBe(1);
  });

  it('an acknowledgement neither answers nor counts as personal; the first human reply does', () => {
    const history = build([
      msg('q', T, 'mail'),
      out('ack', T + 5000, 'mail', 'acknowledgement', 'q'),
      out('a', T + 2 * 3_600_000, 'mail', 'reply', 'ack'),
    ]);
    const time = responseTime(history, options);
    expect(time.value).toBe(1); // answered in 2 h of 24
    expect(personalResponse(history, options).value).toBe(1);
    const onlyAck = build([msg('q', T, 'mail'), out('ack', T + 5000, 'mail', 'acknowledgement', 'q')]);
    expect(responseTime(onlyAck, options).value).toBe(0);
    expect(personalResponse(onlyAck, options).value).toBe(0);
    expect(personalTouch(onlyAck, options).value).toBe(0);
  });

  it("a customer's closing thanks needs no answer", () => {
    const history = build([
      msg('q', T, 'chat'),
      out('a', T + 2 * MIN, 'chat', 'resolve', 'q'),
      msg('thanks', T + 10 * MIN, 'chat', 'message', { inReplyTo: 'a' }),
    ]);
    expect(scoreEfficiency(history, options).score).toBe(100);
    expect(personalResponse(history, options).value).toBe(1);
  });
});

describe('channelChoice and receipts', () => {
  it('a thank-you by email for an in-store purchase is not a reply to a dialogue message', () => {
    const history = build([msg('p', T, 'shop', 'purchase'), out('t', T + DAY, 'mail', 'thank', 'p')]);
    expect(channelChoice(history, options).value).toBeNull();
  });

  it('a receipt linked to a purchase is impersonal, like an unlinked one', () => {
    const history = build([
      msg('p', T, 'shop', 'purchase'),
      out('r1', T + MIN, 'mail', 'receipt', 'p'),
      out('r2', T + 2 * MIN, 'mail', 'receipt'),
    ]);
    expect(personalTouch(history, options).value).toBe(0);
    const marked = build([
      msg('p', T, 'shop', 'purchase'),
      out('r1', T + MIN, 'mail', 'receipt', 'p', { personalized: true }),
    ]);
    expect(personalTouch(marked, options).value).toBe(1);
  });
});

describe('a reply before its message', () => {
  it('is flagged reply-before-message and not judged', () => {
    const history = build([msg('q', T, 'chat'), out('a', T - MIN, 'chat', 'reply', 'q')]);
    const efficiency = scoreEfficiency(history, options);
    expect(efficiency.flags.map((f) => [f.code, f.interactionId])).toEqual([['reply-before-message', 'a']]);
    expect(efficiency.components[0]?.value).toBeNull();
  });
});

describe('topics and reasons are normalised', () => {
  it('composed and decomposed accents, double and non-breaking spaces, case all match', () => {
    const history = build(
      [
        out('o1', T, 'mail', 'offer', undefined, { topics: ['Apre\u0300s-Ski'] }),
        out('o2', T, 'mail', 'offer', undefined, { topics: ['road  bikes'] }),
        out('o3', T, 'mail', 'offer', undefined, { topics: ['ROAD\u00a0BIKES'] }),
      ],
      { interests: ['après-ski', 'road bikes'] },
    );
    expect(topicMatch(history, options).value).toBe(1);
  });

  it('reasonShares folds case and separators of reasons alike', () => {
    const dataset = parseDataset({
      customers: [{ id: 'a' }, { id: 'b' }],
      channels: [{ id: 'web', kind: 'web' }],
      interactions: [
        {
          id: 'i1',
          customerId: 'a',
          channel: 'web',
          at: T,
          direction: 'inbound',
          type: 'visit',
          reason: 'Get-Discounts',
        },
        {
          id: 'i2',
          customerId: 'b',
          channel: 'web',
          at: T,
          direction: 'inbound',
          type: 'visit',
          reason: 'get-discounts',
        },
      ],
    });
    expect(reasonShares(dataset, options).counts).toEqual({ 'get-discounts': 2 });
  });
});

describe('next step and confidence', () => {
  it('from contributing, the next step is an owning action', () => {
    expect(nextStep('contributing').action).toBe('invite-to-own');
    expect(nextStep('contributing').towards).toBe('owning');
  });

  it('200 newsletters and nothing else give no confidence', () => {
    const drafts = Array.from({ length: 200 }, (_, i) => out(`n${i}`, T - i * 3_600_000, 'mail', 'newsletter'));
    expect(scoreCustomer(build(drafts), options).composite.confidence).toBe(0);
  });
});

describe('bands follow the printed score', () => {
  it('a rule scored 74.99… prints 75 and is green', () => {
    // personalResponse 1, personalTouch 1/2 (one reply, one newsletter the same instant) → not exact;
    // use efficiency: responseTime (on time, 1), resolution 1/2 of two equal-age cases, effort 1
    const history = build([
      msg('q1', T, 'chat'),
      out('a1', T + MIN, 'chat', 'resolve', 'q1'),
      msg('q2', T, 'chat'),
      out('a2', T + MIN, 'chat', 'reply', 'q2', { outcome: 'unresolved' }),
    ]);
    const profile = scoreCustomer(history, options);
    const efficiency = profile.rules.efficiency;
    // 100 · (0.5 · 1 + 0.3 · 0.5 + 0.2 · 1) = 85 → green either way; the composite band matches its rounding
    expect(efficiency.band).toBe(Math.round(efficiency.score as number) >= 75 ? 'green' : 'yellow');
    const composite = profile.composite;
    const printed = Math.round(composite.score as number);
    expect(composite.band).toBe(printed >= 75 ? 'green' : printed >= 50 ? 'yellow' : 'red');
  });
});
