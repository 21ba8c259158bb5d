import type { Duration } from 'date-fns';
import * as z from 'zod';
import { DurationSchema, durationToMs } from './duration.js';
import { IdSchema } from './schema-helpers.js';
import { CHANNEL_KINDS, type ChannelKind } from './vocabulary.js';

/**
 * A channel as input: `{ id, kind, realTime?, public?, responseTarget? }`.
 *
 * @category Model
 */
export const ChannelSchema = z.object({
  id: IdSchema,
  kind: z.enum(CHANNEL_KINDS),
  realTime: z.boolean().optional(),
  public: z.boolean().optional(),
  responseTarget: DurationSchema.optional(),
});

/** A channel as written by users (defaults not yet applied). @category Model */
export interface ChannelInput extends z.input<typeof ChannelSchema> {}

/**
 * A normalised channel: every default applied, `responseTargetMs` precomputed.
 *
 * @category Model
 */
export interface Channel {
  readonly id: string;
  readonly kind: ChannelKind;
  /** Conversations happen live (chat, phone, …). */
  readonly realTime: boolean;
  /** What is said is visible to others (social, forum, review sites). */
  readonly public: boolean;
  /** How quickly a message on this channel should be answered. */
  readonly responseTarget: Duration;
  /** `responseTarget` in milliseconds. */
  readonly responseTargetMs: number;
}

const REAL_TIME_KINDS: ReadonlySet<ChannelKind> = new Set(['chat', 'phone', 'social', 'sms', 'in-person']);
const PUBLIC_KINDS: ReadonlySet<ChannelKind> = new Set(['social', 'forum', 'review-site']);

/**
 * Default response target per channel kind.
 *
 * @example
 * import { DEFAULT_RESPONSE_TARGETS } from 'engagement-scoring';
 * DEFAULT_RESPONSE_TARGETS.chat //=> { minutes: 5 }
 * @category Model
 */
export const DEFAULT_RESPONSE_TARGETS: Readonly<Record<ChannelKind, Duration>> = {
  chat: { minutes: 5 },
  phone: { minutes: 15 },
  'in-person': { minutes: 15 },
  social: { hours: 1 },
  sms: { hours: 1 },
  email: { hours: 24 },
  web: { hours: 24 },
  'mobile-app': { hours: 24 },
  forum: { hours: 24 },
  'review-site': { hours: 48 },
  event: { hours: 48 },
  other: { hours: 24 },
  postal: { days: 7 },
};

/**
 * The channel-kind defaults: `realTime` for chat, phone, social, sms and in-person; `public`
 * for social, forum and review sites; the response target from {@link DEFAULT_RESPONSE_TARGETS}.
 *
 * @param kind - The channel kind.
 * @returns The defaults for a channel of that kind.
 * @internal
 */
export function channelKindDefaults(kind: ChannelKind): {
  realTime: boolean;
  public: boolean;
  responseTarget: Duration;
} {
  return {
    realTime: REAL_TIME_KINDS.has(kind),
    public: PUBLIC_KINDS.has(kind),
    responseTarget: DEFAULT_RESPONSE_TARGETS[kind],
  };
}

/** Applies the kind defaults to a schema-valid channel. @internal */
export function normalizeChannel(parsed: z.output<typeof ChannelSchema>): Channel {
  const defaults = channelKindDefaults(parsed.kind);
  const responseTarget = parsed.responseTarget ?? defaults.responseTarget;
  return {
    id: parsed.id,
    kind: parsed.kind,
    realTime: parsed.realTime ?? defaults.realTime,
    public: parsed.public ?? defaults.public,
    responseTarget,
    responseTargetMs: durationToMs(responseTarget),
  };
}
