/**
 * The fixed ingredients of the generated data: the channels of a small cooperative bike and
 * outdoor shop, the topics it talks about, and the customer archetypes with their habits.
 */
import type { Duration } from 'date-fns';
import type { ChannelInput } from '../model/channel.js';
import { DEFAULT_RESPONSE_TARGETS } from '../model/channel.js';
import { durationToMs } from '../model/duration.js';
import type { PyramidLevel } from '../model/vocabulary.js';
import { type Weighted, weighted } from './prng.js';

/** The eight channels, as users would write them. A fresh copy on each call. @internal */
export function sampleChannels(): ChannelInput[] {
  return [
    { id: 'mail', kind: 'email' },
    { id: 'hotline', kind: 'phone', responseTarget: { minutes: 10 } },
    { id: 'webshop', kind: 'web', responseTarget: { hours: 12 } },
    { id: 'texts', kind: 'sms', responseTarget: { hours: 4 } },
    { id: 'social', kind: 'social', responseTarget: { hours: 2 } },
    { id: 'community', kind: 'forum' },
    { id: 'reviews', kind: 'review-site', responseTarget: { days: 3 } },
    { id: 'events', kind: 'event' },
  ];
}

/** Channel ids, for readability in the episode code. @internal */
export type ChannelId = 'mail' | 'hotline' | 'webshop' | 'texts' | 'social' | 'community' | 'reviews' | 'events';

/** Each channel's response target in milliseconds (its own target, else its kind's default). @internal */
export const TARGET_MS: Readonly<Record<ChannelId, number>> = (() => {
  const out: Partial<Record<ChannelId, number>> = {};
  for (const channel of sampleChannels()) {
    const target: Duration = (channel.responseTarget as Duration | undefined) ?? DEFAULT_RESPONSE_TARGETS[channel.kind];
    out[channel.id as ChannelId] = durationToMs(target);
  }
  return out as Record<ChannelId, number>;
})();

/** What the shop writes about; `après-ski` keeps non-ASCII text in play. @internal */
export const TOPICS: readonly string[] = [
  'cycling',
  'hiking',
  'running',
  'camping',
  'climbing',
  'repairs',
  'kids',
  'sustainability',
  'après-ski',
  'sale',
  'new-arrivals',
];

/** Interests a customer can declare (the topics minus the shop's own sales talk). @internal */
export const INTERESTS: readonly string[] = TOPICS.filter((t) => t !== 'sale' && t !== 'new-arrivals');

/** Customer segments; one is deliberately non-ASCII. @internal */
export const SEGMENTS: readonly string[] = ['retail', 'retail', 'families', 'students', 'trade', 'café-racers ☕'];

/** Channels a customer may declare as preferred. @internal */
export const PREFERABLE: readonly ChannelId[] = ['mail', 'hotline', 'texts', 'social', 'webshop'];

/**
 * The kinds of episode a customer history is made of. Level-bearing kinds qualify for a pyramid
 * level (see {@link KIND_LEVEL}); `marketing` and `dialogue` do not.
 * @internal
 */
export type EpisodeKind =
  | 'attention'
  | 'marketing'
  | 'permission'
  | 'endorse'
  | 'purchase'
  | 'community'
  | 'ownership'
  | 'leadership'
  | 'dialogue';

/** Pyramid rank an episode kind qualifies for (0: none). @internal */
export const KIND_LEVEL: Readonly<Record<EpisodeKind, number>> = {
  attention: 1,
  permission: 2,
  endorse: 3,
  purchase: 4,
  community: 4,
  ownership: 5,
  leadership: 6,
  marketing: 0,
  dialogue: 0,
};

/**
 * Customer archetypes: lurkers who only look, subscribers, advocates who review and recommend,
 * buyers, community contributors, members and investors, leaders who host and organise, unhappy
 * customers with complaints, and customers whose questions on one channel go unanswered.
 * @internal
 */
export type Archetype =
  | 'lurker'
  | 'subscriber'
  | 'ignored'
  | 'advocate'
  | 'buyer'
  | 'contributor'
  | 'unhappy'
  | 'member'
  | 'leader';

/**
 * How a customer's pyramid level moves around the as-of moment: `steady` (same level 90 days
 * ago), `rising` (reached the top level in the last 90 days), `falling` (the top level's evidence
 * left the window in the last 90 days), `lapsed` (no activity in the last year), `new` (first
 * seen in the last 90 days).
 * @internal
 */
export type Trajectory = 'steady' | 'rising' | 'falling' | 'lapsed' | 'new';

/** How one archetype behaves. @internal */
export interface ArchetypeProfile {
  /** The designed pyramid level. */
  readonly level: PyramidLevel;
  /** Relative size of the history (the weighted mean over the random mix is about 1). */
  readonly size: number;
  /** The episode mix. */
  readonly episodes: Weighted<EpisodeKind>;
  /** The kind that sets the level just below the designed one (for rising customers' past). */
  readonly previous: EpisodeKind | undefined;
  /** The kind that keeps a falling customer below the designed level but active. */
  readonly fallback: EpisodeKind;
  /** Share of the random mix. */
  readonly share: number;
}

const LEVELS: readonly PyramidLevel[] = ['observing', 'following', 'endorsing', 'contributing', 'owning', 'leading'];

function profile(
  rank: number,
  size: number,
  share: number,
  previous: EpisodeKind | undefined,
  fallback: EpisodeKind,
  mix: Partial<Record<EpisodeKind, number>>,
): ArchetypeProfile {
  return {
    level: LEVELS[rank - 1] as PyramidLevel,
    size,
    share,
    previous,
    fallback,
    episodes: weighted(Object.entries(mix) as [EpisodeKind, number][]),
  };
}

/** Every archetype's habits. @internal */
export const ARCHETYPES: Readonly<Record<Archetype, ArchetypeProfile>> = {
  lurker: profile(1, 0.5, 0.2, undefined, 'attention', { attention: 5, marketing: 5, dialogue: 0.4 }),
  subscriber: profile(2, 0.8, 0.22, 'attention', 'attention', {
    attention: 3,
    marketing: 5,
    permission: 0.6,
    dialogue: 0.8,
  }),
  ignored: profile(2, 0.9, 0.06, 'attention', 'attention', {
    attention: 2,
    marketing: 3,
    permission: 0.5,
    dialogue: 2.2,
  }),
  advocate: profile(3, 1, 0.16, 'permission', 'permission', {
    attention: 2,
    marketing: 3,
    permission: 0.4,
    endorse: 2.5,
    dialogue: 1,
  }),
  buyer: profile(4, 1.2, 0.14, 'endorse', 'endorse', {
    attention: 2,
    marketing: 3,
    permission: 0.3,
    endorse: 0.8,
    purchase: 2.5,
    dialogue: 1.3,
  }),
  contributor: profile(4, 1.3, 0.07, 'endorse', 'endorse', {
    attention: 2,
    marketing: 2,
    permission: 0.3,
    endorse: 1,
    community: 3,
    purchase: 0.8,
    dialogue: 1,
  }),
  unhappy: profile(4, 1.3, 0.09, 'endorse', 'attention', {
    attention: 1,
    marketing: 3,
    endorse: 0.3,
    purchase: 1.5,
    dialogue: 3,
  }),
  member: profile(5, 1.5, 0.04, 'purchase', 'purchase', {
    attention: 1.5,
    marketing: 2,
    endorse: 1,
    purchase: 2,
    community: 1.5,
    ownership: 1,
    dialogue: 1,
  }),
  leader: profile(6, 2, 0.02, 'community', 'community', {
    attention: 1,
    marketing: 1.5,
    endorse: 1,
    purchase: 1,
    community: 3,
    ownership: 0.6,
    leadership: 1.5,
    dialogue: 0.8,
  }),
};

/** The random archetype mix of {@link ARCHETYPES}' shares. @internal */
export const ARCHETYPE_MIX: Weighted<Archetype> = weighted(
  (Object.keys(ARCHETYPES) as Archetype[]).map((a) => [a, ARCHETYPES[a].share] as const),
);

/** Weighted mean history size over the random mix, to scale budgets so the mean is as asked. @internal */
export const MEAN_SIZE: number = (Object.keys(ARCHETYPES) as Archetype[]).reduce(
  (sum, a) => sum + ARCHETYPES[a].share * ARCHETYPES[a].size,
  0,
);
