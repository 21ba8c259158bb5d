/**
 * classifyLevel at the edges the plainer examples leave open: consent next to evidence (which
 * start wins for reachedAt and peakAt), consent evidence past the cap, an override at exactly the
 * peak level, evidence caps at exactly the cap, and amount thresholds at their tolerance. Every
 * consent here stands at asOf (granted, never withdrawn).
 */
import { describe, expect, it } from 'vitest';
import { type CustomerInput, classifyLevel, createHistory, type InteractionInput } from '../index.js';

type ConsentInput = NonNullable<CustomerInput['consents']>[number];

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number; channel?: string };

function build(drafts: Draft[], customer: Partial<CustomerInput> = {}) {
  return createHistory({
    customer: { ...customer, id: 'c1' },
    channels: [
      { id: 'web', kind: 'web' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: drafts.map((d) => ({ channel: 'web', ...d, customerId: 'c1' })),
  });
}
/** An inbound interaction `days` before AS_OF. */
const did = (id: string, type: string, days: number, extra: Partial<Draft> = {}): Draft => ({
  id,
  type,
  at: AS_OF - days * DAY,
  direction: 'inbound',
  ...extra,
});
/** A marketing consent granted on email `days` before AS_OF. */
const granted = (days: number): ConsentInput => ({ channel: 'email', granted: true, at: AS_OF - days * DAY });
const classify = (history: ReturnType<typeof build>, config?: Parameters<typeof classifyLevel>[1]['config']) =>
  classifyLevel(history, { asOf: AS_OF, config });

describe('classifyLevel: consent next to evidence', () => {
  it('observing by evidence, following by an older consent: the consent replaces evidence and start', () => {
    const result = classify(build([did('v1', 'visit', 20), did('v2', 'visit', 5)], { consents: [granted(60)] }));
    expect(result).toEqual({
      level: 'following',
      rank: 2,
      reason: 'consent',
      evidence: [], // a consent record carries no interaction id
      evidenceCount: 0,
      reachedAt: AS_OF - 60 * DAY,
      peak: 'following',
      peakRank: 2,
      peakAt: AS_OF - 60 * DAY,
      computedLevel: 'following',
    });
  });

  it('following by evidence with a newer consent: reachedAt and peakAt stay with the older evidence', () => {
    const result = classify(build([did('f', 'follow', 40)], { consents: [granted(10)] }));
    expect([result.reason, result.evidence, result.evidenceCount]).toEqual(['evidence', ['f'], 1]);
    expect([result.reachedAt, result.peak, result.peakAt]).toEqual([AS_OF - 40 * DAY, 'following', AS_OF - 40 * DAY]);
  });

  it('following by evidence with an older consent: the consent is the earlier start of both', () => {
    const result = classify(build([did('f', 'follow', 10)], { consents: [granted(40)] }));
    expect([result.reason, result.reachedAt, result.peakAt]).toEqual(['evidence', AS_OF - 40 * DAY, AS_OF - 40 * DAY]);
  });

  it('an observing peak before the consent: the following peak dates from the grant', () => {
    const result = classify(build([did('v', 'view', 100)], { consents: [granted(30)] }));
    expect([result.peak, result.peakRank, result.peakAt]).toEqual(['following', 2, AS_OF - 30 * DAY]);
  });

  it('a consent does not lower a higher evidence peak, nor move its date', () => {
    // The like 400 days ago made the customer endorsing then; it has left the 365-day window.
    const result = classify(build([did('l', 'like', 400)], { consents: [granted(10)] }));
    expect([result.level, result.reason, result.reachedAt]).toEqual(['following', 'consent', AS_OF - 10 * DAY]);
    expect([result.peak, result.peakRank, result.peakAt]).toEqual(['endorsing', 3, AS_OF - 400 * DAY]);
  });

  it('a consent is not read once evidence puts the customer at endorsing or above', () => {
    const result = classify(build([did('l', 'like', 5)], { consents: [granted(100)] }));
    expect(result).toMatchObject({
      level: 'endorsing',
      reason: 'evidence',
      evidence: ['l'],
      reachedAt: AS_OF - 5 * DAY,
      peak: 'endorsing',
      peakAt: AS_OF - 5 * DAY,
    });
  });

  it('the oldest of several standing grants is reachedAt; every opt-in id is evidence', () => {
    const result = classify(
      build([did('o1', 'opt-in', 500, { channel: 'mail' }), did('o2', 'opt-in', 450, { channel: 'mail' })], {
        consents: [granted(480)],
      }),
    );
    expect(result).toMatchObject({
      level: 'following',
      reason: 'consent',
      evidence: ['o1', 'o2'],
      evidenceCount: 2,
      reachedAt: AS_OF - 500 * DAY,
      peakAt: AS_OF - 500 * DAY,
    });
  });

  it('keeps the 25 most recent opt-in ids past the cap, and counts them all', () => {
    // Opt-ins older than the 365-day window qualify through consent only.
    const optIns = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        did(`o${String(i).padStart(2, '0')}`, 'opt-in', 430 - i, { channel: 'mail' }),
      );
    const exactly = classify(build(optIns(25)));
    expect([exactly.reason, exactly.evidence.length, exactly.evidenceCount]).toEqual(['consent', 25, 25]);
    expect([exactly.evidence[0], exactly.evidence[24]]).toEqual(['o00', 'o24']);
    const past = classify(build(optIns(27)));
    expect([past.evidence.length, past.evidenceCount]).toEqual([25, 27]);
    expect([past.evidence[0], past.evidence[24]]).toEqual(['o02', 'o26']);
    expect(past.reachedAt).toBe(AS_OF - 430 * DAY); // the oldest grant, not the oldest id kept
  });
});

describe('classifyLevel: override and peak', () => {
  it('an override at exactly the evidence peak keeps the peak date', () => {
    const result = classify(build([did('p', 'purchase', 3)], { levelOverride: { level: 'contributing' } }));
    expect(result).toMatchObject({
      level: 'contributing',
      reason: 'override',
      reachedAt: null,
      peak: 'contributing',
      peakRank: 4,
      peakAt: AS_OF - 3 * DAY,
      computedLevel: 'contributing',
    });
  });

  it('an override one level above the peak takes the peak without a date', () => {
    const result = classify(build([did('p', 'purchase', 3)], { levelOverride: { level: 'owning' } }));
    expect([result.peak, result.peakRank, result.peakAt]).toEqual(['owning', 5, null]);
  });

  it('an override above a consent peak, and an expired one below it', () => {
    const above = classify(build([], { consents: [granted(30)], levelOverride: { level: 'endorsing' } }));
    expect([above.level, above.reason, above.peak, above.peakAt]).toEqual(['endorsing', 'override', 'endorsing', null]);
    const expired = classify(
      build([], { consents: [granted(30)], levelOverride: { level: 'observing', until: AS_OF - DAY } }),
    );
    expect([expired.level, expired.reason, expired.reachedAt]).toEqual(['following', 'consent', AS_OF - 30 * DAY]);
    expect([expired.peak, expired.peakAt]).toEqual(['following', AS_OF - 30 * DAY]);
  });

  it('an override with no evidence at all: rank from the override, no computed level', () => {
    const result = classify(build([], { levelOverride: { level: 'observing' } }));
    expect(result).toEqual({
      level: 'observing',
      rank: 1,
      reason: 'override',
      evidence: [],
      evidenceCount: 0,
      reachedAt: null,
      peak: 'observing',
      peakRank: 1,
      peakAt: null,
      computedLevel: null,
    });
  });
});

describe('classifyLevel: evidence counts and windows', () => {
  it('exactly 25 qualifying interactions are all evidence; 26 drop the oldest', () => {
    const visits = (n: number) =>
      Array.from({ length: n }, (_, i) => did(`v${String(i).padStart(2, '0')}`, 'view', 40 - i));
    const exactly = classify(build(visits(25)));
    expect([exactly.evidence.length, exactly.evidenceCount, exactly.evidence[0]]).toEqual([25, 25, 'v00']);
    const more = classify(build(visits(26)));
    expect([more.evidence.length, more.evidenceCount, more.evidence[0], more.evidence[24]]).toEqual([
      25,
      26,
      'v01',
      'v25',
    ]);
  });

  it('evidence holds only the window: older qualifying interactions are counted out', () => {
    const result = classify(build([did('old', 'like', 400), did('a', 'like', 100), did('b', 'like', 50)]));
    expect([result.evidence, result.evidenceCount]).toEqual([['a', 'b'], 2]);
    // The like 400 days ago left the window 35 days ago, but the like 100 days ago had arrived before.
    expect(result.reachedAt).toBe(AS_OF - 400 * DAY);
  });

  it('a higher level found first is not replaced by a lower one', () => {
    const result = classify(build([did('v', 'view', 1), did('l', 'like', 2), did('d', 'donate', 300)]));
    expect([result.level, result.evidence, result.reachedAt]).toEqual(['contributing', ['d'], AS_OF - 300 * DAY]);
    expect([result.peak, result.peakAt]).toEqual(['contributing', AS_OF - 300 * DAY]);
  });

  it('the peak is the highest level ever, even when a lower one came first', () => {
    const result = classify(build([did('v', 'view', 600), did('d', 'donate', 500), did('w', 'view', 1)]));
    expect([result.level, result.reachedAt]).toEqual(['observing', AS_OF - DAY]);
    expect([result.peak, result.peakRank, result.peakAt]).toEqual(['contributing', 4, AS_OF - 500 * DAY]);
  });

  it('minAmount at its threshold and just below it', () => {
    const config = { pyramid: { levelRules: { contributing: { minAmount: 100 } } } };
    const at = (amounts: number[]) =>
      classify(build(amounts.map((amount, i) => did(`p${i}`, 'purchase', 10 + i, { amount }))), config);
    expect(at([60, 40]).level).toBe('contributing');
    expect(at([60, 39.99]).level).toBeNull();
    // 1e-9 of the threshold (here 100: 1e-7), plus 2 · n · ε of the bucket's total (here
    // 2 · 1 · 2.2e-16 · 100 ≈ 4e-14), tolerates rounding, not a millionth.
    expect(at([100 - 1e-6]).level).toBeNull();
    expect(at([100 - 1e-6]).peak).toBeNull();
    expect(at([100 - 1e-8]).level).toBe('contributing');
    expect(at([100 - 1e-8]).peakAt).toBe(AS_OF - 10 * DAY);
  });

  it('a huge amount outside the window lends no tolerance to a small sum inside it', () => {
    const config = { pyramid: { levelRules: { contributing: { minAmount: 100 } } } };
    const result = classify(
      build([did('old', 'purchase', 500, { amount: 1e11 }), did('now', 'purchase', 10, { amount: 50 })]),
      config,
    );
    // In the window: 50, far below 100 (the tolerance is 1e-9 · 100 + 2 · 2 · ε · (1e11 + 50) ≈ 1e-4).
    expect(result.level).toBeNull();
    expect([result.peak, result.peakAt]).toEqual(['contributing', AS_OF - 500 * DAY]);
  });

  it('minAmount counts only amounts inside the window for the level, and over any span for the peak', () => {
    const config = { pyramid: { levelRules: { contributing: { minAmount: 100 } } } };
    const result = classify(
      build([
        did('p1', 'purchase', 500, { amount: 70 }),
        did('p2', 'purchase', 400, { amount: 40 }),
        did('p3', 'purchase', 10, { amount: 30 }),
      ]),
      config,
    );
    // In force at asOf: only p3 (30). Ever: p1 and p2 were 100 days apart, 110 together.
    expect(result.level).toBeNull();
    expect([result.peak, result.peakAt]).toEqual(['contributing', AS_OF - 400 * DAY]);
  });
});
