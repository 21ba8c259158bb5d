import { describe, expect, it } from 'vitest';
import { resolveConfig, type ScoringConfigInput } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import { EngagementInputError } from '../model/errors.js';
import type { InteractionInput } from '../model/interaction.js';
import { classifyLevel } from './classify-level.js';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-06-01T00:00:00Z');

type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number; channel?: string };

function build(drafts: Draft[], customer: Partial<CustomerInput> = {}) {
  const id = customer.id ?? 'c1';
  return createHistory({
    customer: { ...customer, id },
    channels: [
      { id: 'web', kind: 'web' },
      { id: 'mail', kind: 'email' },
    ],
    interactions: drafts.map((d) => ({ channel: 'web', ...d, customerId: id })),
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
const classify = (history: ReturnType<typeof build>, config?: ScoringConfigInput) =>
  classifyLevel(history, { asOf: AS_OF, config });

describe('classifyLevel: one level each', () => {
  it.each([
    ['view', 'observing', 1],
    ['follow', 'following', 2],
    ['like', 'endorsing', 3],
    ['donate', 'contributing', 4],
    ['invest', 'owning', 5],
    ['mentor', 'leading', 6],
  ] as const)('a %s makes the customer %s (rank %i)', (type, level, rank) => {
    const result = classify(build([did('x', type, 10)]));
    expect(result).toEqual({
      level,
      rank,
      reason: 'evidence',
      evidence: ['x'],
      evidenceCount: 1,
      reachedAt: AS_OF - 10 * DAY,
      peak: level,
      peakRank: rank,
      peakAt: AS_OF - 10 * DAY,
      computedLevel: level,
    });
  });

  it('no history: no level, no peak, reason none', () => {
    expect(classify(build([]))).toEqual({
      level: null,
      rank: 0,
      reason: 'none',
      evidence: [],
      evidenceCount: 0,
      reachedAt: null,
      peak: null,
      peakRank: 0,
      peakAt: null,
      computedLevel: null,
    });
  });

  it('the highest level with evidence wins; levels need not be climbed in order', () => {
    const result = classify(build([did('v', 'visit', 50), did('r', 'review', 40), did('p', 'purchase', 30)]));
    expect([result.level, result.evidence]).toEqual(['contributing', ['p']]);
    // A purchase without any earlier view is still contributing.
    expect(classify(build([did('p', 'purchase', 30)])).level).toBe('contributing');
  });

  it('outbound interactions, and interactions after asOf, never count', () => {
    const history = build([
      { id: 'o', type: 'purchase', at: AS_OF - DAY, direction: 'outbound' },
      did('future', 'mentor', -1),
      did('v', 'visit', 5),
    ]);
    const result = classify(history);
    expect([result.level, result.peak, result.evidence]).toEqual(['observing', 'observing', ['v']]);
  });

  it('types outside the vocabulary do not qualify', () => {
    expect(classify(build([did('x', 'tweet', 1)])).level).toBeNull();
  });

  it('a customer who writes is observing by default; the level rules can say otherwise', () => {
    for (const type of ['question', 'message', 'complaint', 'request', 'mention']) {
      expect(classify(build([did('q', type, 1)])).level).toBe('observing');
    }
    const config = { pyramid: { levelRules: { observing: { types: ['view', 'open', 'visit', 'read', 'click'] } } } };
    const history = build([did('q', 'question', 1)]);
    expect(classifyLevel(history, { asOf: AS_OF, config }).level).toBeNull();
  });
});

describe('classifyLevel: windows', () => {
  it('365 days, both ends inclusive: exactly 365 days ago counts, one millisecond more does not', () => {
    expect(classify(build([did('p', 'purchase', 365)])).level).toBe('contributing');
    const older = build([{ ...did('p', 'purchase', 365), at: AS_OF - 365 * DAY - 1 }]);
    expect(classify(older).level).toBeNull();
  });

  it('owning and leading look back 730 days', () => {
    expect(classify(build([did('i', 'invest', 700)])).level).toBe('owning');
    expect(classify(build([did('l', 'lead', 730)])).level).toBe('leading');
    expect(classify(build([did('l', 'lead', 731)])).level).toBeNull();
    // A contributing purchase 700 days ago is outside its 365-day window.
    expect(classify(build([did('p', 'purchase', 700)])).level).toBeNull();
  });

  it('a configured window replaces the default', () => {
    const config = { pyramid: { levelRules: { contributing: { window: { days: 30 } } } } };
    expect(classify(build([did('p', 'purchase', 31), did('v', 'visit', 31)]), config).level).toBe('observing');
  });
});

describe('classifyLevel: minCount and minAmount', () => {
  const config = { pyramid: { levelRules: { endorsing: { minCount: 3 } } } };

  it('minCount: two likes are not enough for three; the third one is, and reachedAt is its time', () => {
    const two = build([did('l1', 'like', 100), did('l2', 'like', 50), did('v', 'visit', 1)]);
    expect(classify(two, config).level).toBe('observing');
    const three = build([did('l1', 'like', 100), did('l2', 'like', 50), did('l3', 'like', 20)]);
    const result = classify(three, config);
    expect(result.level).toBe('endorsing');
    expect(result.evidence).toEqual(['l1', 'l2', 'l3']);
    expect(result.reachedAt).toBe(AS_OF - 20 * DAY);
  });

  it('minAmount: purchases must total at least the threshold inside the window', () => {
    const retail = { pyramid: { levelRules: { contributing: { types: ['purchase'], minAmount: 100 } } } };
    const small = build([did('p1', 'purchase', 90, { amount: 40 }), did('p2', 'purchase', 60, { amount: 50 })]);
    expect(classify(small, retail).level).toBeNull();
    // 40 + 50 + 10 = 100 ≥ 100; reached with the third purchase.
    const enough = build([
      did('p1', 'purchase', 90, { amount: 40 }),
      did('p2', 'purchase', 60, { amount: 50 }),
      did('p3', 'purchase', 30, { amount: 10 }),
    ]);
    const result = classify(enough, retail);
    expect([result.level, result.evidence, result.reachedAt]).toEqual([
      'contributing',
      ['p1', 'p2', 'p3'],
      AS_OF - 30 * DAY,
    ]);
    // An old purchase outside the window does not help.
    const old = build([did('p0', 'purchase', 400, { amount: 1000 }), did('p1', 'purchase', 30, { amount: 40 })]);
    expect(classify(old, retail).level).toBeNull();
  });

  it('minAmount compares with a tolerance: 0.1 + 0.2 reaches 0.3', () => {
    const config = { pyramid: { levelRules: { contributing: { minAmount: 0.3 } } } };
    const history = build([did('a', 'donate', 2, { amount: 0.1 }), did('b', 'donate', 1, { amount: 0.2 })]);
    expect(classify(history, config).level).toBe('contributing');
  });

  it('minAmount: interactions without an amount count towards minCount, not towards the amount', () => {
    const config = { pyramid: { levelRules: { contributing: { minAmount: 10 } } } };
    expect(classify(build([did('p', 'post', 1), did('a', 'answer', 1)]), config).level).toBeNull();
  });

  it('caps evidence at the 25 most recent ids and counts them all', () => {
    const drafts = Array.from({ length: 30 }, (_, i) => did(`v${String(i).padStart(2, '0')}`, 'visit', 30 - i));
    const result = classify(build(drafts));
    expect(result.evidenceCount).toBe(30);
    expect(result.evidence).toHaveLength(25);
    expect(result.evidence[0]).toBe('v05');
    expect(result.evidence[24]).toBe('v29');
  });
});

describe('classifyLevel: custom types', () => {
  it('a custom type mapped by typeRoles to a level role qualifies for that level', () => {
    const config = { typeRoles: { 'webinar-attended': 'contribution' as const } };
    const history = build([did('w', 'webinar-attended', 3)]);
    expect(classify(history, config).level).toBe('contributing');
    expect(classify(history).level).toBeNull();
  });

  it('a custom type listed in a level rule qualifies for it', () => {
    const config = { pyramid: { levelRules: { owning: { types: ['season-ticket'] } } } };
    expect(classify(build([did('s', 'season-ticket', 3)]), config).level).toBe('owning');
  });

  it('unlisting a standard type stops it qualifying', () => {
    const config = { pyramid: { levelRules: { contributing: { types: ['purchase'] } } } };
    expect(classify(build([did('p', 'post', 3)]), config).level).toBeNull();
  });

  it('`__proto__` works as a customer id and as a type', () => {
    const config = { pyramid: { levelRules: { leading: { types: ['__proto__'] } } } };
    const history = build([did('x', '__proto__', 3), did('constructor', 'constructor', 2)], { id: '__proto__' });
    const result = classify(history, config);
    expect([result.level, result.evidence]).toEqual(['leading', ['x']]);
    expect(classify(history).level).toBeNull();
  });
});

describe('classifyLevel: the configurations in docs/pyramid.md', () => {
  it('a retailer: contributing is three purchases totalling 150 in a year; posts endorse', () => {
    const config = {
      pyramid: {
        levelRules: {
          endorsing: { types: ['like', 'share', 'review', 'recommend', 'refer', 'testimonial', 'post', 'answer'] },
          contributing: { types: ['purchase'], minCount: 3, minAmount: 150 },
          owning: { types: ['membership'], window: { days: 365 } },
        },
      },
    };
    const purchases = [
      did('p1', 'purchase', 200, { amount: 50 }),
      did('p2', 'purchase', 100, { amount: 60 }),
      did('f', 'post', 20),
    ];
    expect(classify(build(purchases), config).level).toBe('endorsing'); // two purchases, 110
    const third = [...purchases, did('p3', 'purchase', 10, { amount: 40 })]; // three purchases, 150
    expect(classify(build(third), config)).toMatchObject({ level: 'contributing', reachedAt: AS_OF - 10 * DAY });
    expect(classify(build([did('m', 'membership', 400)]), config).level).toBeNull();
  });

  it('a nonprofit: donations and volunteering contribute, a custom recurring gift owns, shop purchases do not count', () => {
    const config = {
      typeRoles: { 'recurring-gift': 'ownership' as const, 'petition-signed': 'endorsement' as const },
      pyramid: {
        levelRules: {
          contributing: { types: ['donate', 'volunteer', 'attend', 'sponsor'] },
          owning: { types: ['board'] },
          leading: { types: ['host', 'organize', 'lead'] },
        },
      },
    };
    expect(classify(build([did('p', 'purchase', 5)]), config).level).toBeNull();
    expect(classify(build([did('d', 'donate', 5, { amount: 5 })]), config).level).toBe('contributing');
    expect(classify(build([did('s', 'petition-signed', 5)]), config).level).toBe('endorsing');
    expect(classify(build([did('g', 'recurring-gift', 5)]), config).level).toBe('owning');
    expect(classify(build([did('m', 'mentor', 5)]), config).level).toBeNull();
  });
});

describe('classifyLevel: consent', () => {
  const consent = (at: number, granted = true, extra: object = {}) => ({ channel: 'email', granted, at, ...extra });

  it('an active granted consent makes a customer following, with reachedAt the grant', () => {
    const result = classify(build([], { consents: [consent(AS_OF - 900 * DAY)] }));
    expect(result).toMatchObject({
      level: 'following',
      rank: 2,
      reason: 'consent',
      evidence: [],
      reachedAt: AS_OF - 900 * DAY,
      peak: 'following',
      peakAt: AS_OF - 900 * DAY,
    });
  });

  it('consent outranks observing but not endorsing', () => {
    const customer = { consents: [consent(AS_OF - 10 * DAY)] };
    expect(classify(build([did('v', 'visit', 1)], customer)).reason).toBe('consent');
    expect(classify(build([did('l', 'like', 1)], customer))).toMatchObject({ level: 'endorsing', reason: 'evidence' });
  });

  it('a withdrawn consent no longer qualifies, but the peak remembers it', () => {
    const customer = { consents: [consent(AS_OF - 100 * DAY), consent(AS_OF - 50 * DAY, false)] };
    const result = classify(build([did('v', 'visit', 1)], customer));
    expect([result.level, result.peak, result.peakAt]).toEqual(['observing', 'following', AS_OF - 100 * DAY]);
    // An unsubscribe interaction withdraws too.
    const unsubscribed = build([{ ...did('u', 'unsubscribe', 5), channel: 'mail' }], {
      consents: [{ channel: 'mail', granted: true, at: AS_OF - 100 * DAY }],
    });
    expect(classify(unsubscribed).level).toBeNull();
  });

  it('an old opt-in outside the window still counts through consent, with its id as evidence', () => {
    const result = classify(build([did('o', 'opt-in', 500)]));
    expect([result.level, result.reason, result.evidence, result.reachedAt]).toEqual([
      'following',
      'consent',
      ['o'],
      AS_OF - 500 * DAY,
    ]);
  });

  it('following by evidence and consent: reason evidence, reachedAt the earlier of the two', () => {
    const result = classify(build([did('f', 'follow', 10)], { consents: [consent(AS_OF - 40 * DAY)] }));
    expect([result.reason, result.evidence, result.reachedAt]).toEqual(['evidence', ['f'], AS_OF - 40 * DAY]);
  });

  it('only marketing consent counts by default; the purposes are configurable', () => {
    const history = build([], { consents: [consent(AS_OF - DAY, true, { purpose: 'service' })] });
    expect(classify(history).level).toBeNull();
    expect(classify(history, { pyramid: { followingConsentPurposes: ['service'] } }).level).toBe('following');
    const marketing = build([], { consents: [consent(AS_OF - DAY)] });
    expect(classify(marketing, { pyramid: { followingConsentPurposes: [] } }).level).toBeNull();
  });

  it('a consent given after asOf does not count', () => {
    expect(classify(build([], { consents: [consent(AS_OF + DAY)] })).level).toBeNull();
  });
});

describe('classifyLevel: override', () => {
  it('an override without until wins and is the reason; computedLevel keeps what the evidence says', () => {
    const result = classify(build([did('p', 'purchase', 3)], { levelOverride: { level: 'leading' } }));
    expect(result).toEqual({
      level: 'leading',
      rank: 6,
      reason: 'override',
      evidence: [],
      evidenceCount: 0,
      reachedAt: null,
      peak: 'leading',
      peakRank: 6,
      peakAt: null, // only the override reached it, and an override carries no date
      computedLevel: 'contributing',
    });
  });

  it('an override can set a level below the evidence; the peak stays the evidence peak', () => {
    const result = classify(build([did('p', 'purchase', 3)], { levelOverride: { level: 'observing' } }));
    expect([result.level, result.reason, result.peak, result.peakAt]).toEqual([
      'observing',
      'override',
      'contributing',
      AS_OF - 3 * DAY,
    ]);
  });

  it('an override is active while until is after asOf, and expired from until on', () => {
    const active = build([did('v', 'visit', 1)], { levelOverride: { level: 'owning', until: AS_OF + 1 } });
    expect(classify(active).level).toBe('owning');
    const expired = build([did('v', 'visit', 1)], { levelOverride: { level: 'owning', until: AS_OF } });
    const result = classify(expired);
    expect([result.level, result.reason, result.computedLevel]).toEqual(['observing', 'evidence', 'observing']);
    // It was in force before `until`, so the peak remembers it (without a date).
    expect([result.peak, result.peakAt]).toEqual(['owning', null]);
  });
});

describe('classifyLevel: peak and reachedAt', () => {
  it('the peak ignores the window anchored at asOf: a purchase two years ago is still the peak', () => {
    const result = classify(build([did('p', 'purchase', 730), did('v', 'visit', 3)]));
    expect([result.level, result.peak, result.peakRank, result.peakAt]).toEqual([
      'observing',
      'contributing',
      4,
      AS_OF - 730 * DAY,
    ]);
  });

  it('the peak honours minCount over any window-length span', () => {
    const config = { pyramid: { levelRules: { endorsing: { minCount: 2 } } } };
    // 500 days apart: never two likes inside one 365-day span.
    const apart = classify(build([did('a', 'like', 600), did('b', 'like', 100)]), config);
    expect(apart.peak).toBeNull();
    // 200 days apart: both inside the span ending at the second like.
    const close = classify(build([did('a', 'like', 600), did('b', 'like', 400)]), config);
    expect([close.level, close.peak, close.peakAt]).toEqual([null, 'endorsing', AS_OF - 400 * DAY]);
  });

  it('reachedAt is the start of the current unbroken stretch', () => {
    // The like 300 days ago stays in the window until after asOf: one stretch since then.
    expect(classify(build([did('a', 'like', 300), did('b', 'like', 100)])).reachedAt).toBe(AS_OF - 300 * DAY);
    // The like 700 days ago left the window 335 days ago: the stretch starts again at the next like.
    const broken = classify(build([did('a', 'like', 700), did('b', 'like', 100)]));
    expect([broken.reachedAt, broken.peakAt]).toEqual([AS_OF - 100 * DAY, AS_OF - 700 * DAY]);
  });
});

describe('classifyLevel: options', () => {
  const history = build([did('v', 'visit', 1)]);

  it('accepts asOf as a Date, epoch ms or an ISO string with an offset', () => {
    const iso = new Date(AS_OF).toISOString();
    expect(classifyLevel(history, { asOf: new Date(AS_OF) })).toEqual(classifyLevel(history, { asOf: iso }));
  });

  it('a resolved configuration is used as is', () => {
    const config = resolveConfig({ pyramid: { levelRules: { observing: { minCount: 2 } } } });
    expect(classifyLevel(history, { asOf: AS_OF, config }).level).toBeNull();
  });

  it.each([
    [{}, 'invalid-as-of'],
    [{ asOf: '2026-06-01T00:00:00' }, 'invalid-as-of'],
    [{ asOf: Number.NaN }, 'invalid-as-of'],
    [{ asOf: AS_OF, config: { pyramid: { levelRules: { following: { minCount: 0 } } } } }, 'out-of-range'],
    [{ asOf: AS_OF, config: { pyramid: { levelRules: { leading: { window: { days: 0 } } } } } }, 'invalid-duration'],
    [{ asOf: AS_OF, config: { pyramid: { levelRules: { owning: { minAmount: -5 } } } } }, 'out-of-range'],
    [{ asOf: AS_OF, config: { pyramid: { levelRules: { bogus: {} } } } }, 'invalid-value'],
  ])('rejects %j with %s', (options, code) => {
    const run = () => classifyLevel(history, options as never);
    expect(run).toThrow(EngagementInputError);
    try {
      run();
    } catch (error) {
      expect((error as EngagementInputError).issues[0]?.code).toBe(code);
      expect((error as EngagementInputError).message).toMatch(/^classifyLevel: /);
    }
  });
});
