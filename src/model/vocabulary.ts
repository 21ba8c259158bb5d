/**
 * The kinds of channel a business talks to customers on.
 *
 * @category Model
 */
export const CHANNEL_KINDS = [
  'email',
  'phone',
  'chat',
  'sms',
  'social',
  'forum',
  'review-site',
  'web',
  'mobile-app',
  'in-person',
  'postal',
  'event',
  'other',
] as const;

/** One of {@link CHANNEL_KINDS}. @category Model */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * The six levels of the Engagement Pyramid, lowest first (rank = index + 1).
 *
 * @category Model
 */
export const PYRAMID_LEVELS = ['observing', 'following', 'endorsing', 'contributing', 'owning', 'leading'] as const;

/** One of {@link PYRAMID_LEVELS}. @category Model */
export type PyramidLevel = (typeof PYRAMID_LEVELS)[number];

/**
 * What an interaction type means to the scoring rules.
 *
 * @category Model
 */
export const INTERACTION_ROLES = [
  'attention',
  'permission',
  'endorsement',
  'contribution',
  'ownership',
  'leadership',
  'dialogue',
  'withdrawal',
  'reply',
  'broadcast',
  'recognition',
  'commitment',
  'acknowledgement',
] as const;

/** One of {@link INTERACTION_ROLES}. @category Model */
export type InteractionRole = (typeof INTERACTION_ROLES)[number];

/** Which side acted: the customer (`inbound`) or the business (`outbound`). @category Model */
export type Direction = 'inbound' | 'outbound';

/** Why the business sent an interaction; the consent timeline is kept per purpose. @category Model */
export type Purpose = 'marketing' | 'service' | 'transactional';

/** The purposes a consent can be granted or withdrawn for. @category Model */
export type ConsentPurpose = 'marketing' | 'service' | 'profiling';

/** How a case, promise or request ended. @category Model */
export type Outcome = 'resolved' | 'unresolved' | 'fulfilled' | 'broken';

/** One entry of the standard vocabulary: the types that carry a role and their usual direction. */
export interface VocabularyEntry {
  /** The role these types play. */
  readonly role: InteractionRole;
  /** The interaction types with this role. */
  readonly types: readonly string[];
  /** The direction the types normally have. */
  readonly direction: Direction;
  /** The pyramid level the role qualifies for, if any. */
  readonly level?: PyramidLevel | undefined;
}

/**
 * The standard types of the role that qualifies for each Pyramid level (attention → observing, …,
 * leadership → leading), as {@link STANDARD_VOCABULARY} lists them. Kept apart so that the default
 * configuration, which reads only these and the dialogue types, does not carry the whole table.
 * @internal
 */
export const LEVEL_TYPES: { readonly [L in PyramidLevel]: readonly string[] } = {
  observing: ['view', 'open', 'visit', 'read', 'click'],
  following: ['subscribe', 'follow', 'opt-in', 'register'],
  endorsing: ['like', 'share', 'review', 'recommend', 'refer', 'testimonial'],
  contributing: ['purchase', 'donate', 'post', 'answer', 'attend', 'idea', 'feedback', 'volunteer', 'sponsor'],
  owning: ['invest', 'board', 'ambassador', 'membership'],
  leading: ['lead', 'organize', 'host', 'mentor'],
};

/** The standard types of the `dialogue` role, as {@link STANDARD_VOCABULARY} lists them. @internal */
export const DIALOGUE_TYPES: readonly string[] = ['request', 'question', 'complaint', 'message', 'mention'];

/**
 * The standard interaction vocabulary: each role with its types and direction.
 * Any other type string is allowed and can be given a role through `ScoringConfig.typeRoles`.
 *
 * @example
 * import { STANDARD_VOCABULARY } from 'engagement-scoring';
 * STANDARD_VOCABULARY.find((entry) => entry.role === 'dialogue').types //=> ['request', 'question', 'complaint', 'message', 'mention']
 * @category Model
 */
// Built by a pure function call so that a bundle that never reads the table leaves it out.
export const STANDARD_VOCABULARY: readonly VocabularyEntry[] = /* @__PURE__ */ ((): readonly VocabularyEntry[] => [
  { role: 'attention', types: LEVEL_TYPES.observing, direction: 'inbound', level: 'observing' },
  { role: 'permission', types: LEVEL_TYPES.following, direction: 'inbound', level: 'following' },
  { role: 'endorsement', types: LEVEL_TYPES.endorsing, direction: 'inbound', level: 'endorsing' },
  { role: 'contribution', types: LEVEL_TYPES.contributing, direction: 'inbound', level: 'contributing' },
  { role: 'ownership', types: LEVEL_TYPES.owning, direction: 'inbound', level: 'owning' },
  { role: 'leadership', types: LEVEL_TYPES.leading, direction: 'inbound', level: 'leading' },
  { role: 'dialogue', types: DIALOGUE_TYPES, direction: 'inbound' },
  { role: 'withdrawal', types: ['opt-out', 'unsubscribe'], direction: 'inbound' },
  { role: 'reply', types: ['reply', 'call', 'resolve'], direction: 'outbound' },
  { role: 'broadcast', types: ['offer', 'newsletter', 'campaign', 'notification'], direction: 'outbound' },
  { role: 'recognition', types: ['reward', 'thank'], direction: 'outbound' },
  { role: 'commitment', types: ['promise'], direction: 'outbound' },
  { role: 'acknowledgement', types: ['acknowledgement', 'auto-reply', 'receipt'], direction: 'outbound' },
])();

/**
 * The role of every standard type, as a `Map` from type to role.
 *
 * @example
 * import { STANDARD_TYPE_ROLES } from 'engagement-scoring';
 * STANDARD_TYPE_ROLES.get('complaint') //=> 'dialogue'
 * @category Model
 */
export const STANDARD_TYPE_ROLES: ReadonlyMap<string, InteractionRole> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ STANDARD_VOCABULARY.flatMap((entry) => entry.types.map((type) => [type, entry.role] as const)),
);
