import type { ScoringConfig } from '../config/scoring-config.js';
import type { Channel } from '../model/channel.js';
import type { Interaction } from '../model/interaction.js';
import type { ConsentPurpose, InteractionRole } from '../model/vocabulary.js';
import type { CustomerHistory } from './customer-history.js';
import { roleOf } from './roles.js';

/**
 * One change of consent: granted or withdrawn, for a channel id, a channel kind or `'*'`, and a purpose.
 *
 * @category History
 */
export interface ConsentEvent {
  /** A channel id, a channel kind, or `'*'` for every channel. */
  readonly channel: string;
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly at: number;
  /** The interaction that carried it, or `undefined` for a consent record on the customer. */
  readonly interactionId: string | undefined;
}

/** How consent is read when nothing was said: `'opt-out'` allows until withdrawn, `'opt-in'` only after a grant. @category History */
export type ConsentPolicy = 'opt-out' | 'opt-in';

/**
 * The customer's consent timeline: their consent records merged with `opt-in` interactions
 * (grants) and withdrawal interactions (`opt-out`, `unsubscribe`, or custom types with role
 * `withdrawal`), sorted by time.
 *
 * @remarks
 * An interaction's consent applies to its own channel id, for purpose `service` when the
 * interaction says so and `marketing` otherwise. At the same instant a withdrawal sorts after a
 * grant, so it wins. Interactions after `asOf` are left out. O(n log n).
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and `config` (for `typeRoles`).
 * @returns The events in time order.
 * @example
 * import { consentTimeline, createHistory, resolveConfig } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1', consents: [{ channel: 'email', granted: true, at: '2026-01-01T00:00:00Z' }] },
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'u', customerId: 'c1', channel: 'mail', at: '2026-02-01T00:00:00Z', direction: 'inbound', type: 'unsubscribe' },
 *   ],
 * });
 * consentTimeline(history, { asOf: Date.parse('2026-03-01T00:00:00Z'), config: resolveConfig() })
 *   .map((e) => [e.channel, e.granted]) //=> [['email', true], ['mail', false]]
 * @category History
 */
export function consentTimeline(
  history: CustomerHistory,
  options: { readonly asOf: number; readonly config: Pick<ScoringConfig, 'typeRoles'> },
): readonly ConsentEvent[] {
  return computeTimeline(history, options.asOf, options.config);
}

/** Builds the timeline; `roles`, when given, are the interactions' roles under `config.typeRoles`. @internal */
export function computeTimeline(
  history: CustomerHistory,
  asOf: number,
  config: Pick<ScoringConfig, 'typeRoles'>,
  roles?: readonly (InteractionRole | undefined)[],
): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const consent of history.customer.consents ?? []) {
    if (consent.at > asOf) continue;
    events.push({
      channel: consent.channel,
      purpose: consent.purpose,
      granted: consent.granted,
      at: consent.at,
      interactionId: undefined,
    });
  }
  const all = history.interactions;
  for (let i = 0; i < all.length; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.at > asOf) break;
    if (interaction.direction !== 'inbound') continue;
    const role = roles === undefined ? roleOf(interaction.type, config.typeRoles) : roles[i];
    const granted = interaction.type === 'opt-in' ? true : role === 'withdrawal' ? false : undefined;
    if (granted === undefined) continue;
    events.push({
      channel: interaction.channel,
      purpose: interaction.purpose === 'service' ? 'service' : 'marketing',
      granted,
      at: interaction.at,
      interactionId: interaction.id,
    });
  }
  // Usually already in order (records first, then interactions in time order): check before sorting.
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1] as ConsentEvent, events[i] as ConsentEvent) > 0) return events.sort(compareEvents);
  }
  return events;
}

/** By time; at the same instant a withdrawal after a grant. */
function compareEvents(a: ConsentEvent, b: ConsentEvent): number {
  return a.at - b.at || Number(b.granted) - Number(a.granted);
}

/**
 * Whether contact on `channel` for `purpose` was allowed at `at`, by the consent timeline.
 *
 * @remarks
 * The latest event at or before `at` that matches the channel (its id, its kind, or `'*'`) and
 * the purpose decides. Without one, the policy decides: `'opt-out'` allows, `'opt-in'` does not.
 * O(events).
 *
 * @param timeline - From {@link consentTimeline}.
 * @param query - `channel` (normalised), `purpose` and `at` (epoch ms).
 * @param options - `policy`: `'opt-out'` (default) or `'opt-in'`.
 * @returns `true` when allowed.
 * @example
 * import { isContactAllowed } from 'engagement-scoring';
 * const timeline = [{ channel: '*', purpose: 'marketing', granted: false, at: 100, interactionId: undefined }];
 * const mail = { id: 'mail', kind: 'email' };
 * isContactAllowed(timeline, { channel: mail, purpose: 'marketing', at: 50 }) //=> true
 * isContactAllowed(timeline, { channel: mail, purpose: 'marketing', at: 150 }) //=> false
 * isContactAllowed([], { channel: mail, purpose: 'marketing', at: 150 }, { policy: 'opt-in' }) //=> false
 * @category History
 */
export function isContactAllowed(
  timeline: readonly ConsentEvent[],
  query: ContactQuery,
  options: ContactOptions = {},
): boolean {
  const event = latestMatching(timeline, query.channel, query.purpose, query.at);
  return event === undefined ? (options.policy ?? 'opt-out') === 'opt-out' : event.granted;
}

/** What {@link isContactAllowed} asks: contact on a channel, for a purpose, at a moment. @category History */
export interface ContactQuery {
  /** The channel (its id and kind). */
  readonly channel: Pick<Channel, 'id' | 'kind'>;
  readonly purpose: ConsentPurpose;
  /** Epoch ms. */
  readonly at: number;
}

/** Options of {@link isContactAllowed}. @category History */
export interface ContactOptions {
  /** What holds without a matching consent event: `'opt-out'` (default) allows, `'opt-in'` does not. */
  readonly policy?: ConsentPolicy | undefined;
}

/**
 * The consent event that decides contact on a channel for a purpose at a moment, if any.
 *
 * @param timeline - From {@link consentTimeline}.
 * @param channel - The channel (id and kind).
 * @param purpose - The purpose.
 * @param at - The moment, epoch ms.
 * @returns The latest matching event at or before `at`, or `undefined`.
 * @internal
 */
export function latestMatching(
  timeline: readonly ConsentEvent[],
  channel: Pick<Channel, 'id' | 'kind'>,
  purpose: ConsentPurpose,
  at: number,
): ConsentEvent | undefined {
  let found: ConsentEvent | undefined;
  for (const event of timeline) {
    if (event.at > at) break;
    if (event.purpose !== purpose) continue;
    if (event.channel === channel.id || event.channel === channel.kind || event.channel === '*') found = event;
  }
  return found;
}

/**
 * The grants still in force at the end of the timeline.
 *
 * @remarks
 * A grant stays active unless a later withdrawal for the same purpose covers it: a withdrawal for
 * `'*'`, for the same channel spec, or for a kind that the granted channel id has. O(events).
 *
 * @param timeline - From {@link consentTimeline} (already cut at `asOf`).
 * @param channels - The channels by id, to see a channel id's kind.
 * @returns The active grants, in the order they were given.
 * @example
 * import { activeGrants } from 'engagement-scoring';
 * const channels = new Map([['mail', { id: 'mail', kind: 'email' }]]);
 * const timeline = [
 *   { channel: 'mail', purpose: 'marketing', granted: true, at: 10, interactionId: undefined },
 *   { channel: 'sms', purpose: 'marketing', granted: true, at: 20, interactionId: undefined },
 *   { channel: 'sms', purpose: 'marketing', granted: false, at: 30, interactionId: 'x' },
 * ];
 * activeGrants(timeline, channels).map((e) => e.channel) //=> ['mail']
 * @category History
 */
export function activeGrants(
  timeline: readonly ConsentEvent[],
  channels: ReadonlyMap<string, Pick<Channel, 'kind'>>,
): ConsentEvent[] {
  const withdrawals = new Withdrawals(timeline, timeline.length, channels);
  const active: ConsentEvent[] = [];
  for (let i = 0; i < timeline.length; i++) {
    const grant = timeline[i] as ConsentEvent;
    if (grant.granted && !withdrawals.covers(i)) active.push(grant);
  }
  return active;
}

/** The map key of a purpose and a channel spec (a channel id, a kind or `'*'`). */
function specKey(purpose: string, channel: string): string {
  return `${purpose}\u0000${channel}`;
}

/**
 * The withdrawals among the first `end` events of a timeline, for asking in O(1) whether a grant
 * among them was withdrawn later.
 *
 * @remarks
 * Holds, per purpose and channel spec, the position of the last withdrawal. Event `i` is withdrawn
 * later when a withdrawal after it has the same purpose and is for `'*'`, for the same channel
 * spec, or for a kind that event `i`'s channel id has: the last such withdrawal comes after `i`.
 * O(end) to build; O(1) per question.
 * @internal
 */
export class Withdrawals {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly timeline: readonly ConsentEvent[],
    end: number,
    private readonly channels: ReadonlyMap<string, Pick<Channel, 'kind'>>,
  ) {
    for (let j = 0; j < end; j++) {
      const event = timeline[j] as ConsentEvent;
      if (!event.granted) this.last.set(specKey(event.purpose, event.channel), j);
    }
  }

  /** Whether a withdrawal after event `i` (and among the first `end`) covers it. */
  covers(i: number): boolean {
    const grant = this.timeline[i] as ConsentEvent;
    const purpose = grant.purpose;
    const kind = this.channels.get(grant.channel)?.kind;
    return (
      (this.last.get(specKey(purpose, '*')) ?? -1) > i ||
      (this.last.get(specKey(purpose, grant.channel)) ?? -1) > i ||
      (kind !== undefined && (this.last.get(specKey(purpose, kind)) ?? -1) > i)
    );
  }
}

/**
 * Answers {@link isContactAllowed} for queries that come in time order, in O(1) each after O(events)
 * in all: it walks the timeline once, remembering the latest event per purpose and channel spec.
 * @internal
 */
export class ConsentSweep {
  private next = 0;
  private readonly latest = new Map<string, number>();

  constructor(private readonly timeline: readonly ConsentEvent[]) {}

  /**
   * The same answer as `isContactAllowed(timeline, query, { policy })`; `query.at` must not
   * decrease from one call to the next.
   */
  allowed(query: ContactQuery, policy: ConsentPolicy): boolean {
    const { timeline, latest } = this;
    for (; this.next < timeline.length; this.next++) {
      const event = timeline[this.next] as ConsentEvent;
      if (event.at > query.at) break;
      latest.set(specKey(event.purpose, event.channel), this.next);
    }
    const { purpose, channel } = query;
    const k = Math.max(
      latest.get(specKey(purpose, channel.id)) ?? -1,
      latest.get(specKey(purpose, channel.kind)) ?? -1,
      latest.get(specKey(purpose, '*')) ?? -1,
    );
    return k < 0 ? policy === 'opt-out' : (timeline[k] as ConsentEvent).granted;
  }
}
