import { describe, expect, it } from 'vitest';
import type { CreateHistoryInput } from '../model/create-history.js';
import { createHistory } from '../model/create-history.js';
import { EngagementInputError } from '../model/errors.js';
import { RULE_NAMES, type RuleOptions } from '../rules/rule-score.js';
import { EngagementProfileSchema } from './profile-schema.js';
import { scoreCustomer } from './score-customer.js';

const AS_OF = '2026-06-01T00:00:00Z';

/**
 * One customer, two channels, touching value, efficiency, consistency, relevancy and control
 * (nothing for trust):
 * - `old` lies more than 365 days before `asOf`: outside the window;
 * - `p1` a purchase (contributing on the pyramid);
 * - `q1` a chat question answered by `r1` three minutes later (chat target: 5 minutes);
 * - `u1` unsubscribes from mail; `n1` a newsletter on mail afterwards (a consent violation);
 *   `n2` an offer on chat the same moment (allowed);
 * - `x1`, `x2` come after `asOf`: ignored, counted.
 */
function input(customerId = 'c1'): CreateHistoryInput {
  const c = customerId;
  return {
    customer: { id: c },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'chat', kind: 'chat' },
    ],
    interactions: [
      { id: 'old', customerId: c, channel: 'mail', at: '2025-01-01T00:00:00Z', direction: 'inbound', type: 'visit' },
      { id: 'p1', customerId: c, channel: 'mail', at: '2026-04-01T00:00:00Z', direction: 'inbound', type: 'purchase' },
      { id: 'q1', customerId: c, channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'question' },
      {
        id: 'r1',
        customerId: c,
        channel: 'chat',
        at: '2026-05-01T10:03:00Z',
        direction: 'outbound',
        type: 'reply',
        inReplyTo: 'q1',
      },
      {
        id: 'u1',
        customerId: c,
        channel: 'mail',
        at: '2026-05-10T00:00:00Z',
        direction: 'inbound',
        type: 'unsubscribe',
      },
      {
        id: 'n1',
        customerId: c,
        channel: 'mail',
        at: '2026-05-20T00:00:00Z',
        direction: 'outbound',
        type: 'newsletter',
      },
      { id: 'n2', customerId: c, channel: 'chat', at: '2026-05-20T00:00:00Z', direction: 'outbound', type: 'offer' },
      { id: 'x1', customerId: c, channel: 'mail', at: '2026-06-05T00:00:00Z', direction: 'inbound', type: 'view' },
      {
        id: 'x2',
        customerId: c,
        channel: 'mail',
        at: '2026-06-10T00:00:00Z',
        direction: 'outbound',
        type: 'newsletter',
      },
    ],
  };
}

const profile = scoreCustomer(createHistory(input()), { asOf: AS_OF });

function issueCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues.map((issue) => issue.code);
  }
  throw new Error('expected an EngagementInputError');
}

describe('scoreCustomer', () => {
  it('names the customer and the moment', () => {
    expect(profile.customerId).toBe('c1');
    expect(profile.asOf).toBe(Date.parse(AS_OF));
  });

  it('scores efficiency by hand: answered within target, one case, no switch', () => {
    // responseTime: q1 answered after 3 min, within chat's 5 min target → 1
    // resolution: the case has no outcome → null (weight redistributed)
    // effort: one case, no channel switch → 1 / (1 + 0) = 1
    // score = 100 · (0.5·1 + 0.2·1) / (0.5 + 0.2) = 100
    const efficiency = profile.rules.efficiency;
    expect(efficiency.components.map((c) => [c.name, c.value])).toEqual([
      ['responseTime', 1],
      ['resolution', null],
      ['effort', 1],
    ]);
    expect(efficiency.score).toBe(100);
    expect(efficiency.band).toBe('green');
  });

  it('scores control by hand: one of two marketing messages after an opt-out', () => {
    // consentRespected: n1 (mail, after u1) violates, n2 (chat) does not; same moment, same
    //   recency weight → 1 − 1/2 = 0.5
    // channelChoice: r1 answers q1 on chat, the customer's channel → 1
    // preferenceHonoured: no preferred channels → null
    // score = 100 · (0.5·0.5 + 0.3·1) / (0.5 + 0.3) = 100 · 0.55 / 0.8 = 68.75 → yellow
    const control = profile.rules.control;
    expect(control.components.map((c) => [c.name, c.value])).toEqual([
      ['consentRespected', 0.5],
      ['channelChoice', 1],
      ['preferenceHonoured', null],
    ]);
    expect(control.score).toBeCloseTo(68.75, 10);
    expect(control.band).toBe('yellow');
  });

  it('leaves trust unscored: no promise, complaint, endorsement or sentiment', () => {
    expect(profile.rules.trust.score).toBeNull();
    expect(profile.rules.trust.status).toBe('insufficient-data');
    expect(profile.rules.trust.band).toBeNull();
  });

  it('has a composite equal to the mean of the scored rules (equal weights)', () => {
    const scored = RULE_NAMES.map((rule) => profile.rules[rule].score).filter((s): s is number => s !== null);
    // Five of six rules scored (all but trust): coverage 5 / 6
    expect(scored).toHaveLength(5);
    const mean = scored.reduce((sum, s) => sum + s, 0) / scored.length;
    expect(profile.composite.score).toBeCloseTo(mean, 10);
    expect(profile.composite.coverage).toBeCloseTo(5 / 6, 12);
    expect(profile.composite.scoredRules).toEqual(['value', 'efficiency', 'consistency', 'relevancy', 'control']);
  });

  it('bands every score', () => {
    for (const rule of RULE_NAMES) {
      const { score, band } = profile.rules[rule];
      expect(band).toBe(score === null ? null : score < 50 ? 'red' : score < 75 ? 'yellow' : 'green');
    }
    const score = profile.composite.score as number;
    expect(profile.composite.band).toBe(score < 50 ? 'red' : score < 75 ? 'yellow' : 'green');
  });

  it('counts the evidence inside the window and its confidence', () => {
    // Inside [asOf − 365 days, asOf]: p1, q1, r1, u1, n1, n2 = 6 (old is before, x1 and x2 after)
    // confidence rests on the customer side and the dialogue: p1, q1, u1 (inbound) and r1 (a reply),
    // not the broadcasts n1, n2: 4 / (4 + 20) = 1 / 6
    expect(profile.composite.evidenceCount).toBe(6);
    expect(profile.composite.confidence).toBeCloseTo(1 / 6, 15);
  });

  it('counts interactions after asOf as ignored', () => {
    // x1 and x2
    expect(profile.ignoredAfterAsOf).toBe(2);
    // …and they change no score: the same history without them scores the same
    const before = input();
    const trimmed = { ...before, interactions: before.interactions.filter((i) => !i.id.startsWith('x')) };
    const withoutLater = scoreCustomer(createHistory(trimmed), { asOf: AS_OF });
    expect({ ...withoutLater, ignoredAfterAsOf: 2 }).toEqual(profile);
  });

  it('counts an interaction at asOf or at the start of the window as inside', () => {
    const c = 'c1';
    const history = createHistory({
      customer: { id: c },
      channels: [{ id: 'web', kind: 'web' }],
      interactions: [
        // 2025-06-01 is exactly 365 days before 2026-06-01 (no 29 February in between)
        { id: 'a', customerId: c, channel: 'web', at: '2025-06-01T00:00:00Z', direction: 'inbound', type: 'visit' },
        { id: 'b', customerId: c, channel: 'web', at: AS_OF, direction: 'inbound', type: 'visit' },
        { id: 'c', customerId: c, channel: 'web', at: '2026-06-01T00:00:00.001Z', direction: 'inbound', type: 'visit' },
      ],
    });
    const p = scoreCustomer(history, { asOf: AS_OF });
    expect(p.composite.evidenceCount).toBe(2);
    expect(p.ignoredAfterAsOf).toBe(1);
  });

  it('reports the consent violation after the opt-out as a flag', () => {
    const violation = {
      code: 'consent-violation',
      interactionId: 'n1',
      channel: 'mail',
      purpose: 'marketing',
      at: Date.parse('2026-05-20T00:00:00Z'),
    };
    // x2 is also marketing after the opt-out, but after asOf: not flagged
    expect(profile.flags).toEqual([violation]);
    expect(profile.rules.control.flags).toEqual([violation]);
  });

  it('places the customer on the pyramid, with movement and the next step', () => {
    // p1 (purchase) is a contribution → contributing, rank 4; 90 days earlier (2026-03-03) nothing
    // qualified (old is then 426 days back, outside the window), but old had made them a level
    // before that → returning
    expect(profile.level.level).toBe('contributing');
    expect(profile.level.rank).toBe(4);
    expect(profile.level.reachedAt).toBe(Date.parse('2026-04-01T00:00:00Z'));
    expect(profile.movement).toMatchObject({ from: null, to: 'contributing', direction: 'returning' });
    expect(profile.nextStep.level).toBe('contributing');
    expect(profile.nextStep.towards).toBe('owning');
    expect(profile.nextStep.text.length).toBeGreaterThan(0);
  });

  it('is plain JSON data that passes EngagementProfileSchema', () => {
    const copy = JSON.parse(JSON.stringify(profile));
    expect(copy).toEqual(profile);
    expect(EngagementProfileSchema.safeParse(copy).success).toBe(true);
    expect(EngagementProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('uses custom composite weights', () => {
    // Only control counts: the composite is control's 68.75, all of the weight (1 of 1) scored
    const weights = { value: 0, efficiency: 0, trust: 0, consistency: 0, relevancy: 0, control: 1 };
    const p = scoreCustomer(createHistory(input()), { asOf: AS_OF, config: { composite: { weights } } });
    expect(p.composite.score).toBeCloseTo(68.75, 10);
    expect(p.composite.coverage).toBe(1);
    expect(p.composite.scoredRules).toEqual(['control']);
    expect(p.composite.band).toBe('yellow');
    // The rule scores themselves do not depend on the composite weights
    expect(p.rules).toEqual(profile.rules);

    // efficiency (100) twice as heavy as control (68.75): (2·100 + 68.75) / 3 = 268.75 / 3 ≈ 89.58
    const heavier = { ...weights, efficiency: 2 };
    const q = scoreCustomer(createHistory(input()), { asOf: AS_OF, config: { composite: { weights: heavier } } });
    expect(q.composite.score).toBeCloseTo(268.75 / 3, 10);
    expect(q.composite.band).toBe('green');

    // Only trust counts, and trust is not scored: no composite, coverage 0
    const trustOnly = { ...weights, control: 0, trust: 1 };
    const t = scoreCustomer(createHistory(input()), { asOf: AS_OF, config: { composite: { weights: trustOnly } } });
    expect(t.composite).toMatchObject({ score: null, band: null, coverage: 0, scoredRules: [] });
    expect(t.composite.evidenceCount).toBe(6);
  });

  it('uses custom bands and confidence half-evidence', () => {
    // yellow from 40, green from 60: value (≈ 49) is yellow, control (68.75) and the composite (≈ 70) green
    const p = scoreCustomer(createHistory(input()), {
      asOf: AS_OF,
      config: { composite: { bands: { yellow: 40, green: 60 }, confidenceHalfEvidence: 6 } },
    });
    expect(p.rules.value.score).toBeGreaterThanOrEqual(40);
    expect(p.rules.value.score).toBeLessThan(50);
    expect(p.rules.value.band).toBe('yellow');
    expect(profile.rules.value.band).toBe('red');
    expect(p.rules.control.band).toBe('green');
    expect(p.composite.band).toBe('green');
    // k = 6: 4 / (4 + 6) = 0.4 (the two broadcasts do not count)
    expect(p.composite.confidence).toBe(0.4);
  });

  it('throws EngagementInputError with invalid-as-of for a missing or unreadable asOf', () => {
    const history = createHistory(input());
    expect(issueCodes(() => scoreCustomer(history, {} as RuleOptions))).toEqual(['invalid-as-of']);
    expect(issueCodes(() => scoreCustomer(history, undefined as unknown as RuleOptions))).toEqual(['invalid-as-of']);
    expect(issueCodes(() => scoreCustomer(history, { asOf: 'yesterday' }))).toEqual(['invalid-as-of']);
    // An ISO string without an offset is ambiguous
    expect(issueCodes(() => scoreCustomer(history, { asOf: '2026-06-01T00:00:00' }))).toEqual(['invalid-as-of']);
    expect(() => scoreCustomer(history, {} as RuleOptions)).toThrow(/^scoreCustomer/);
  });

  it('throws EngagementInputError for an invalid configuration', () => {
    const history = createHistory(input());
    const zero = { value: 0, efficiency: 0, trust: 0, consistency: 0, relevancy: 0, control: 0 };
    expect(issueCodes(() => scoreCustomer(history, { asOf: AS_OF, config: { composite: { weights: zero } } }))).toEqual(
      ['invalid-weights'],
    );
    expect(
      issueCodes(() =>
        scoreCustomer(history, { asOf: AS_OF, config: { composite: { bands: { yellow: 80, green: 60 } } } }),
      ),
    ).toEqual(['invalid-config']);
    const negative = issueCodes(() =>
      scoreCustomer(history, { asOf: AS_OF, config: { composite: { weights: { trust: -1 } } } }),
    );
    expect(negative).toHaveLength(1);
    expect(negative[0]).toBe('out-of-range');
    expect(
      issueCodes(() => scoreCustomer(history, { asOf: AS_OF, config: { composite: { confidenceHalfEvidence: 0 } } })),
    ).toHaveLength(1);
  });

  it('scores a customer whose id is __proto__ like any other', () => {
    const p = scoreCustomer(createHistory(input('__proto__')), { asOf: AS_OF });
    expect(p.customerId).toBe('__proto__');
    expect(Object.hasOwn(p, 'customerId')).toBe(true);
    expect({ ...p, customerId: 'c1' }).toEqual(profile);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(EngagementProfileSchema.safeParse(p).success).toBe(true);
  });

  it('scores a customer without interactions: every rule null, no composite, no level', () => {
    const p = scoreCustomer(createHistory({ customer: { id: 'c0' }, channels: [], interactions: [] }), {
      asOf: AS_OF,
    });
    for (const rule of RULE_NAMES) expect(p.rules[rule]).toMatchObject({ score: null, band: null });
    expect(p.composite).toEqual({
      score: null,
      band: null,
      coverage: 0,
      evidenceCount: 0,
      confidence: 0,
      scoredRules: [],
      reason: { code: 'no-rule-scored', params: {} },
    });
    expect(p.activity).toMatchObject({ score: null, reason: { code: 'nothing-initiated', params: {} } });
    expect(p.level.level).toBeNull();
    expect(p.flags).toEqual([]);
    expect(p.ignoredAfterAsOf).toBe(0);
    expect(EngagementProfileSchema.safeParse(p).success).toBe(true);
  });

  it('does not mutate the history', () => {
    const history = createHistory(input());
    const before = structuredClone(history);
    scoreCustomer(history, { asOf: AS_OF });
    expect(history).toEqual(before);
  });
});
