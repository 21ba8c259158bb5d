import type { StandardPerceptionReason } from './reasons.js';

/** A published source a reference dataset was taken from. @category Perception */
export interface PerceptionSource {
  readonly title: string;
  readonly authors: readonly string[];
  readonly publisher: string;
  /** Year of publication. */
  readonly year: number;
  /** Year the survey was run. */
  readonly surveyYear: number;
  /** Respondents per side. */
  readonly sampleSizes: { readonly consumers: number; readonly businesses: number };
  /** Countries surveyed per side. */
  readonly countries: { readonly consumers: readonly string[]; readonly businesses: readonly string[] };
  /** What each side was asked, in the words secondary sources use. */
  readonly questions: { readonly consumers: string; readonly businesses: string };
  /** Where a copy of the report can be read. */
  readonly url: string;
  /** The secondary sources that quote the figures shipped here. */
  readonly secondarySources: readonly { readonly title: string; readonly url: string | null }[];
  /** What is known, unknown or uncertain about the figures. */
  readonly notes: readonly string[];
}

/** One side of a reference survey: ranks for every reason, percentages where verified (`null` where not). @category Perception */
export interface PerceptionReferenceSide {
  readonly ranks: Readonly<Record<StandardPerceptionReason, number>>;
  readonly percentages: Readonly<Record<StandardPerceptionReason, number | null>>;
}

/** A published perception-gap survey: its source, and what consumers and businesses answered. @category Perception */
export interface PerceptionReference {
  readonly source: PerceptionSource;
  readonly consumers: PerceptionReferenceSide;
  readonly businesses: PerceptionReferenceSide;
}

/**
 * The IBM Institute for Business Value perception-gap survey (2010): why consumers say they
 * interact with companies via social sites, and why executives believe they do.
 *
 * @remarks
 * Source: Carolyn Heller Baird and Gautam Parasnis, "From social media to Social CRM: What customers
 * want", IBM Institute for Business Value, 2011; surveys run in 2010 of 1,056 consumers (US, Canada,
 * UK, France, Germany, India, China, Australia, Brazil) and 351 business executives (the same
 * countries except Canada).
 *
 * Both rank orders are complete (1 = most cited, twelve reasons, ids of {@link PERCEPTION_REASONS}).
 * Percentages are shipped only where secondary sources quoting the report give a number: consumers
 * get discounts 61, purchase 55, feel connected 33; businesses feel connected 64, be part of a
 * community 61. Every other percentage is `null` — including the businesses' "almost three-quarters"
 * for learning about new products, which is not a number. The business list in the source used for
 * the ranks is cut off at rank 11; ranks 11 (purchase) and 12 (get discounts) rest on several
 * summaries stating that businesses put discounts and purchase last.
 *
 * The finding: consumers rank get discounts (1) and purchase (2) first, businesses rank them last
 * (12 and 11). Over all twelve reasons Spearman's ρ = 1 − 6·288 / (12·143) = −1/143 ≈ −0.007: the
 * executives' ordering carries no information about the consumers'. Without those two reasons the
 * other ten are ordered much alike (ρ = 1 − 6·46 / (10·99) ≈ 0.721): the gap is concentrated in the
 * two tangible reasons. Feel connected, the one reason with both percentages, is overestimated by
 * 64 − 33 = 31 points. See `docs/perception-gap.md`. The object is deeply frozen.
 *
 * @example
 * import { ibm2010, perceptionGap } from 'engagement-scoring';
 * ibm2010.source.sampleSizes //=> { consumers: 1056, businesses: 351 }
 * [ibm2010.consumers.ranks['get-discounts'], ibm2010.businesses.ranks['get-discounts']] //=> [1, 12]
 * ibm2010.businesses.percentages['learn-about-new-products'] //=> null
 * const { summary } = perceptionGap(ibm2010.businesses, ibm2010.consumers);
 * summary.spearman //=> -0.006993006993
 * summary.largestOverestimation.reason //=> 'feel-connected'
 * summary.largestUnderestimation.reason //=> 'get-discounts'
 * @category Perception
 */
export const ibm2010: PerceptionReference = deepFreeze({
  source: {
    title: 'From social media to Social CRM: What customers want',
    authors: ['Carolyn Heller Baird', 'Gautam Parasnis'],
    publisher: 'IBM Institute for Business Value',
    year: 2011,
    surveyYear: 2010,
    sampleSizes: { consumers: 1056, businesses: 351 },
    countries: {
      consumers: ['US', 'Canada', 'UK', 'France', 'Germany', 'India', 'China', 'Australia', 'Brazil'],
      businesses: ['US', 'UK', 'France', 'Germany', 'India', 'China', 'Australia', 'Brazil'],
    },
    questions: {
      consumers: 'Why consumers say they interact with companies via social sites',
      businesses: 'Why businesses believe consumers interact with them via social sites',
    },
    url: 'https://www.scribd.com/doc/72903280',
    secondarySources: [
      { title: 'Fast Company, article 1837746', url: 'https://www.fastcompany.com/1837746' },
      { title: 'customerthink.com, "The perception gap in social"', url: null },
      { title: 'parkercorpcomm.wordpress.com, 2011-07-22 (both rank lists)', url: null },
      { title: 'ibtimes.com (sample sizes)', url: null },
      { title: 'joeboughner.ca, 2012-04-02', url: null },
    ],
    notes: [
      'Percentages are shares of respondents citing the reason (several reasons per respondent, so they do not sum to 100); only the five quoted as numbers in secondary sources are given, every other one is null.',
      'Businesses, learn about new products: "almost three-quarters" in secondary sources; not a number, kept null.',
      'Businesses, ranks 11 (purchase) and 12 (get discounts): the rank list read was cut off at rank 11; several summaries confirm discounts and purchase come last.',
      'Consumers, be part of a community: ranked last; its percentage is not known.',
      'The report itself could not be read in full; figures come from secondary sources quoting it.',
    ],
  },
  consumers: {
    ranks: {
      'get-discounts': 1,
      purchase: 2,
      'read-reviews': 3,
      'general-information': 4,
      'exclusive-information': 5,
      'learn-about-new-products': 6,
      'submit-opinion': 7,
      'customer-service': 8,
      'event-participation': 9,
      'feel-connected': 10,
      'submit-ideas': 11,
      'be-part-of-community': 12,
    },
    percentages: {
      'get-discounts': 61,
      purchase: 55,
      'read-reviews': null,
      'general-information': null,
      'exclusive-information': null,
      'learn-about-new-products': null,
      'submit-opinion': null,
      'customer-service': null,
      'event-participation': null,
      'feel-connected': 33,
      'submit-ideas': null,
      'be-part-of-community': null,
    },
  },
  businesses: {
    ranks: {
      'learn-about-new-products': 1,
      'general-information': 2,
      'submit-opinion': 3,
      'exclusive-information': 4,
      'read-reviews': 5,
      'feel-connected': 6,
      'customer-service': 7,
      'submit-ideas': 8,
      'be-part-of-community': 9,
      'event-participation': 10,
      purchase: 11,
      'get-discounts': 12,
    },
    percentages: {
      'learn-about-new-products': null,
      'general-information': null,
      'submit-opinion': null,
      'exclusive-information': null,
      'read-reviews': null,
      'feel-connected': 64,
      'customer-service': null,
      'submit-ideas': null,
      'be-part-of-community': 61,
      'event-participation': null,
      purchase: null,
      'get-discounts': null,
    },
  },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
