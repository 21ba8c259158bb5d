/**
 * Id of one of the twelve standard reasons for interacting with a business, as asked in the IBM
 * Institute for Business Value 2010 survey (see {@link ibm2010}). Any other non-empty string is a
 * valid custom reason wherever a reason is expected.
 *
 * @category Perception
 */
export type StandardPerceptionReason =
  | 'get-discounts'
  | 'purchase'
  | 'read-reviews'
  | 'general-information'
  | 'exclusive-information'
  | 'learn-about-new-products'
  | 'submit-opinion'
  | 'customer-service'
  | 'event-participation'
  | 'feel-connected'
  | 'submit-ideas'
  | 'be-part-of-community';

/** One standard reason: its kebab-case `id` and an English `label`. @category Perception */
export interface PerceptionReasonEntry {
  readonly id: StandardPerceptionReason;
  readonly label: string;
}

/**
 * The twelve standard reasons why customers interact with a business, from the IBM Institute for
 * Business Value study "From social media to Social CRM: What customers want" (2011).
 *
 * @remarks
 * Listed in the order consumers ranked them in that survey (most cited first; see
 * {@link ibm2010}). The ids are the keys to use in {@link perceptionGap} inputs and in the
 * `reason` field of interactions; custom reasons are allowed next to them. The labels are English
 * text for display, worded as the study's reason list is quoted in secondary sources, and are not
 * part of any computation. The array and its entries are frozen.
 *
 * @example
 * import { PERCEPTION_REASONS } from 'engagement-scoring';
 * PERCEPTION_REASONS.length //=> 12
 * PERCEPTION_REASONS[0] //=> { id: 'get-discounts', label: 'Get discounts' }
 * PERCEPTION_REASONS.map((reason) => reason.id).includes('be-part-of-community') //=> true
 * @category Perception
 */
export const PERCEPTION_REASONS: readonly PerceptionReasonEntry[] = Object.freeze(
  (
    [
      ['get-discounts', 'Get discounts'],
      ['purchase', 'Purchase'],
      ['read-reviews', 'Read reviews and product rankings'],
      ['general-information', 'General information'],
      ['exclusive-information', 'Exclusive information'],
      ['learn-about-new-products', 'Learn about new products'],
      ['submit-opinion', 'Submit opinion on current products/services'],
      ['customer-service', 'Customer service'],
      ['event-participation', 'Event participation'],
      ['feel-connected', 'Feel connected'],
      ['submit-ideas', 'Submit ideas for new products/services'],
      ['be-part-of-community', 'Be part of a community'],
    ] as const
  ).map(([id, label]) => Object.freeze({ id, label })),
);
