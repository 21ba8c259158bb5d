/**
 * Following by evidence next to withdrawals, and amount thresholds over sliding windows: the
 * edges of the pyramid's evidence that mutation testing found open. Following by evidence needs
 * permission standing for the channel (and purpose) the evidence came through.
 */
import { describe, expect, it } from 'vitest';
import { type CustomerInput, classifyLevel, createHistory, type InteractionInput } from '../index.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');

type Draft = Omit<InteractionInput, 'customerId' | 'at'> & { at: number };

function build(drafts: Draft[], customer: Partial<CustomerInput> = {}) {
  return createHistory({
    customer: { ...customer, id: 'c1' },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'text', kind: 'sms' },
    ],
    interactions: drafts.map((d) => ({ ...d, customerId: 'c1' })),
  });
}
const did = (id: string, type: string, channel: string, at: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  type,
  channel,
  at,
  direction: 'inbound',
  ...extra,
});
const ago = (days: number) => AS_OF - days * DAY;
const classify = (history: ReturnType<typeof build>, config?: Parameters<typeof classifyLevel>[1]['config']) =>
  classifyLevel(history, { asOf: AS_OF, config });

describe('following by evidence next to a withdrawal', () => {
  it('a follow is withdrawn by an unsubscribe on its channel, not by one on another channel', () => {
    const same = classify(build([did('f', 'follow', 'mail', ago(30)), did('u', 'unsubscribe', 'mail', ago(10))]));
    expect(same.level).toBeNull();
    const other = classify(build([did('f', 'follow', 'mail', ago(30)), did('u', 'unsubscribe', 'text', ago(10))]));
    expect([other.level, other.evidence]).toEqual(['following', ['f']]);
  });

  it('a service-purpose follow is not withdrawn by a marketing unsubscribe', () => {
    const history = build([
      did('f', 'follow', 'mail', ago(30), { purpose: 'service' }),
      did('u', 'unsubscribe', 'mail', ago(10)),
    ]);
    expect(classify(history).level).toBe('following');
  });

  it('the window is inclusive at both ends while a withdrawal elsewhere stands', () => {
    const at = (t: number) =>
      classify(build([did('u', 'unsubscribe', 'text', ago(400)), did('f', 'follow', 'mail', t)])).level;
    expect(at(ago(365))).toBe('following');
    expect(at(ago(365) - 1)).toBeNull();
    expect(at(AS_OF)).toBe('following');
  });

  it('an amount threshold counts the amounts of the evidence that stands', () => {
    const config = { pyramid: { levelRules: { following: { minAmount: 50 } } } };
    const withAmount = (amount: number) =>
      classify(
        build([did('u', 'unsubscribe', 'text', ago(40)), did('f', 'follow', 'mail', ago(30), { amount })]),
        config,
      ).level;
    expect(withAmount(60)).toBe('following');
    expect(withAmount(40)).toBeNull();
  });

  it('a withdrawal that broke following restarts the stretch at the next evidence', () => {
    // follow 200 days ago, unsubscribe on its channel 100 days ago, follow again 50 days ago.
    const broken = classify(
      build([
        did('f1', 'follow', 'mail', ago(200)),
        did('u', 'unsubscribe', 'mail', ago(100)),
        did('f2', 'follow', 'mail', ago(50)),
      ]),
    );
    expect([broken.level, broken.reachedAt]).toEqual(['following', ago(50)]);
    // The same with the unsubscribe on another channel: unbroken since 200 days ago.
    const unbroken = classify(
      build([
        did('f1', 'follow', 'mail', ago(200)),
        did('u', 'unsubscribe', 'text', ago(100)),
        did('f2', 'follow', 'mail', ago(50)),
      ]),
    );
    expect([unbroken.level, unbroken.reachedAt]).toEqual(['following', ago(200)]);
  });
});

describe('amount thresholds over the sliding window', () => {
  const config = { pyramid: { levelRules: { contributing: { minAmount: 50 } } } };

  it('the current stretch starts where the amount in the window last reached the threshold', () => {
    // p1 (60) 500 days ago qualified alone until it left the window; p2 (30, 100 days ago) alone
    // does not; with p3 (30, 10 days ago) the window holds 60 again → contributing since p3.
    const history = build([
      did('p1', 'purchase', 'mail', ago(500), { amount: 60 }),
      did('p2', 'purchase', 'mail', ago(100), { amount: 30 }),
      did('p3', 'purchase', 'mail', ago(10), { amount: 30 }),
    ]);
    const result = classify(history, config);
    expect([result.level, result.reachedAt]).toEqual(['contributing', ago(10)]);
  });

  it('amounts that left the window do not count towards the peak', () => {
    // p1 (20) 500 days ago and p2 (40) 100 days ago never share a 365-day window: 20, then 40.
    const history = build([
      did('p1', 'purchase', 'mail', ago(500), { amount: 20 }),
      did('p2', 'purchase', 'mail', ago(100), { amount: 40 }),
    ]);
    const result = classify(history, config);
    expect([result.level, result.peak]).toEqual([null, null]);
  });
});

describe('classifyLevel: evidence that stands', () => {
  it('a withdrawal ends following only: a review stays endorsing', () => {
    const history = build([did('r', 'review', 'mail', ago(30)), did('u', 'unsubscribe', 'mail', ago(10))]);
    expect(classify(history).level).toBe('endorsing');
  });

  it('lists only the following evidence whose permission stands', () => {
    const history = build([
      did('f1', 'follow', 'mail', ago(40)),
      did('u', 'unsubscribe', 'mail', ago(30)),
      did('f2', 'follow', 'text', ago(20)),
    ]);
    const result = classify(history);
    expect([result.level, result.evidence, result.evidenceCount]).toEqual(['following', ['f2'], 1]);
  });

  it('caps standing following evidence at the 25 latest ids', () => {
    // 30 follows on text, 30 to 1 days ago; a withdrawal on mail 40 days ago (the slow path).
    const follows = Array.from({ length: 30 }, (_, k) =>
      did(`f${String(k).padStart(2, '0')}`, 'follow', 'text', ago(30 - k)),
    );
    const result = classify(build([did('u', 'unsubscribe', 'mail', ago(40)), ...follows]));
    expect(result.evidenceCount).toBe(30);
    expect(result.evidence).toEqual(follows.slice(5).map((f) => f.id));
  });
});

describe('classifyLevel: window ends and the first grant', () => {
  it('evidence at exactly asOf counts', () => {
    expect(classify(build([did('p', 'purchase', 'mail', AS_OF)])).level).toBe('contributing');
  });

  it('the stretch continues when the next evidence comes exactly one window after the last', () => {
    // p1 400 days ago, p2 exactly 365 days after it: p1 is still inside p2's window (both ends
    // count), so contributing never lapsed: the stretch starts at p1.
    const history = build([did('p1', 'purchase', 'mail', ago(400)), did('p2', 'purchase', 'mail', ago(35))]);
    expect(classify(history).reachedAt).toBe(ago(400));
  });

  it('the peak by consent dates from the first grant, not from an earlier withdrawal', () => {
    const history = build([], {
      consents: [
        { channel: '*', granted: false, at: ago(300) },
        { channel: '*', granted: true, at: ago(100) },
      ],
    });
    const result = classify(history);
    expect([result.level, result.peak, result.peakAt]).toEqual(['following', 'following', ago(100)]);
  });
});

describe('classifyLevel: following next to withdrawals, more edges', () => {
  it('a visit is no following evidence, even while a withdrawal elsewhere is checked', () => {
    const history = build([did('u', 'unsubscribe', 'text', ago(40)), did('v', 'visit', 'mail', ago(30))]);
    expect(classify(history).level).toBe('observing');
  });

  it('a visit does not make up the count of following evidence', () => {
    // Two follows are needed; one follow and one visit are not (a withdrawal elsewhere is checked).
    const config = { pyramid: { levelRules: { following: { minCount: 2 } } } };
    const history = build([
      did('u', 'unsubscribe', 'text', ago(40)),
      did('f', 'follow', 'mail', ago(30)),
      did('v', 'visit', 'mail', ago(20)),
    ]);
    expect(classify(history, config).level).toBe('observing');
  });

  it('a service unsubscribe withdraws a service-purpose follow', () => {
    const history = build([
      did('f', 'follow', 'mail', ago(30), { purpose: 'service' }),
      did('u', 'unsubscribe', 'mail', ago(10), { purpose: 'service' }),
    ]);
    expect(classify(history).level).toBeNull();
  });

  it('a withdrawal elsewhere before an earlier stretch does not move the start of the current one', () => {
    // Unsubscribe on text 700 days ago; a follow on mail 600 days ago (following until it left the
    // window, 235 days ago); a follow 200 days ago starts the current stretch.
    const history = build([
      did('u', 'unsubscribe', 'text', ago(700)),
      did('f0', 'follow', 'mail', ago(600)),
      did('f1', 'follow', 'mail', ago(200)),
    ]);
    expect(classify(history).reachedAt).toBe(ago(200));
  });

  it('after a withdrawal, the stretch restarts where the rule holds again, not at the next evidence', () => {
    // Two follows are needed. f1, f2 (200 days ago) are withdrawn 100 days ago; f3 (80 days ago)
    // alone is not enough; with f4 (50 days ago) following holds again.
    const config = { pyramid: { levelRules: { following: { minCount: 2 } } } };
    const history = build([
      did('f1', 'follow', 'mail', ago(200)),
      did('f2', 'follow', 'mail', ago(200)),
      did('u', 'unsubscribe', 'mail', ago(100)),
      did('f3', 'follow', 'mail', ago(80)),
      did('f4', 'follow', 'mail', ago(50)),
    ]);
    const result = classify(history, config);
    expect([result.level, result.reachedAt]).toEqual(['following', ago(50)]);
  });

  it('a withdrawal does not restart an endorsing stretch', () => {
    const history = build([
      did('r1', 'review', 'mail', ago(200)),
      did('u', 'unsubscribe', 'mail', ago(100)),
      did('r2', 'review', 'mail', ago(50)),
    ]);
    const result = classify(history);
    expect([result.level, result.reachedAt]).toEqual(['endorsing', ago(200)]);
  });
});
