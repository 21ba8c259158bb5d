import { describe, expect, it } from 'vitest';
import { ibm2010 } from './ibm2010.js';
import { perceptionGap } from './perception-gap.js';
import { PERCEPTION_REASONS } from './reasons.js';

const IDS = PERCEPTION_REASONS.map((reason) => reason.id);

describe('ibm2010 reference data', () => {
  it('cites its source', () => {
    expect(ibm2010.source).toMatchObject({
      title: 'From social media to Social CRM: What customers want',
      authors: ['Carolyn Heller Baird', 'Gautam Parasnis'],
      publisher: 'IBM Institute for Business Value',
      year: 2011,
      surveyYear: 2010,
      sampleSizes: { consumers: 1056, businesses: 351 },
    });
  });

  it('ranks all twelve standard reasons 1…12 on both sides', () => {
    for (const side of [ibm2010.consumers, ibm2010.businesses]) {
      expect(Object.keys(side.ranks).sort()).toEqual([...IDS].sort());
      expect(Object.values(side.ranks).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
  });

  it('lists the consumer ranks in the order of PERCEPTION_REASONS', () => {
    expect(IDS.map((id) => ibm2010.consumers.ranks[id])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('ships only the verified percentages; every other one is null', () => {
    const known = (percentages: Readonly<Record<string, number | null>>) =>
      Object.fromEntries(Object.entries(percentages).filter(([, value]) => value !== null));
    expect(known(ibm2010.consumers.percentages)).toEqual({ 'get-discounts': 61, purchase: 55, 'feel-connected': 33 });
    expect(known(ibm2010.businesses.percentages)).toEqual({ 'feel-connected': 64, 'be-part-of-community': 61 });
    // "almost three-quarters" is not a number.
    expect(ibm2010.businesses.percentages['learn-about-new-products']).toBeNull();
    expect(Object.keys(ibm2010.consumers.percentages)).toHaveLength(12);
    expect(Object.keys(ibm2010.businesses.percentages)).toHaveLength(12);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(ibm2010)).toBe(true);
    expect(Object.isFrozen(ibm2010.consumers.ranks)).toBe(true);
    expect(Object.isFrozen(ibm2010.source.authors)).toBe(true);
    expect(Object.isFrozen(PERCEPTION_REASONS[0])).toBe(true);
  });
});

describe('the published finding, reproduced from the data', () => {
  const { rows, summary } = perceptionGap(ibm2010.businesses, ibm2010.consumers);
  const byReason = new Map(rows.map((row) => [row.reason, row]));

  it('customers rank discounts and purchase first, businesses rank them last', () => {
    expect(rows.slice(0, 2).map((row) => [row.reason, row.customerRank, row.businessRank])).toEqual([
      ['get-discounts', 1, 12],
      ['purchase', 2, 11],
    ]);
    expect(byReason.get('get-discounts')).toMatchObject({ rankGap: -11, direction: 'underestimated', basis: 'rank' });
    expect(byReason.get('purchase')).toMatchObject({ rankGap: -9, direction: 'underestimated', basis: 'rank' });
    expect(summary.largestUnderestimation?.reason).toBe('get-discounts');
  });

  it('businesses overestimate feeling connected by 31 points', () => {
    expect(byReason.get('feel-connected')).toMatchObject({
      business: 64,
      customer: 33,
      gap: 31,
      direction: 'overestimated',
      basis: 'percentage',
    });
    expect(summary.largestOverestimation?.reason).toBe('feel-connected');
    expect(summary.meanAbsoluteGap).toBe(31);
  });

  it('the two orderings are unrelated: ρ = −1/143', () => {
    // d = customer rank − business rank:
    //   discounts 1−12 = −11, purchase 2−11 = −9, reviews 3−5 = −2, general 4−2 = 2, exclusive 5−4 = 1,
    //   new products 6−1 = 5, opinion 7−3 = 4, service 8−7 = 1, events 9−10 = −1, connected 10−6 = 4,
    //   ideas 11−8 = 3, community 12−9 = 3.
    // Σd² = 121 + 81 + 4 + 4 + 1 + 25 + 16 + 1 + 1 + 16 + 9 + 9 = 288.
    // ρ = 1 − 6·288 / (12·(144 − 1)) = 1 − 1728/1716 = −12/1716 = −1/143 ≈ −0.00699.
    expect(summary.spearman).toBeCloseTo(-1 / 143, 12);
    expect(summary.counts).toMatchObject({ reasons: 12, shared: 12, rankedOnBoth: 12, withGap: 1 });
  });

  it('without discounts and purchase the other ten are ordered much alike: ρ ≈ 0.721', () => {
    const drop = (ranks: Readonly<Record<string, number>>) =>
      Object.fromEntries(Object.entries(ranks).filter(([id]) => id !== 'get-discounts' && id !== 'purchase'));
    const rest = perceptionGap({ ranks: drop(ibm2010.businesses.ranks) }, { ranks: drop(ibm2010.consumers.ranks) });
    // Re-ranked among the ten: d = −4 0 −1 3 2 −1 −3 2 1 1, Σd² = 46; ρ = 1 − 6·46 / (10·99) = 1 − 276/990.
    expect(rest.summary.spearman).toBeCloseTo(1 - 276 / 990, 12);
  });

  it('directions of all twelve with the default tolerances', () => {
    expect(rows.map((row) => [row.reason, row.direction])).toEqual([
      ['get-discounts', 'underestimated'],
      ['purchase', 'underestimated'],
      ['read-reviews', 'underestimated'],
      ['general-information', 'overestimated'],
      ['exclusive-information', 'aligned'],
      ['learn-about-new-products', 'overestimated'],
      ['submit-opinion', 'overestimated'],
      ['customer-service', 'aligned'],
      ['event-participation', 'aligned'],
      ['feel-connected', 'overestimated'],
      ['submit-ideas', 'overestimated'],
      ['be-part-of-community', 'overestimated'],
    ]);
  });
});
