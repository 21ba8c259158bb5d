import type { ScoringConfig } from '../config/scoring-config.js';
import type { Channel } from '../model/channel.js';
import type { Interaction } from '../model/interaction.js';
import { CHANNEL_KINDS, type ConsentPurpose, type InteractionRole } from '../model/vocabulary.js';
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

/** The interaction types that grant consent unless `config.control.grantTypes` says otherwise. @internal */
export const DEFAULT_GRANT_TYPES: readonly string[] = ['opt-in', 'subscribe'];

/** The configuration the consent timeline reads: `typeRoles` (withdrawals) and `control.grantTypes`. @internal */
export type ConsentConfig = Pick<ScoringConfig, 'typeRoles'> & {
  readonly control?: { readonly grantTypes: readonly string[] } | undefined;
};

/**
 * The customer's consent timeline: their consent records merged with granting interactions
 * (`opt-in`, `subscribe`, or the types in `config.control.grantTypes`) and withdrawal interactions
 * (`opt-out`, `unsubscribe`, or custom types with role `withdrawal`), sorted by time.
 *
 * @remarks
 * An interaction's consent applies to what its `appliesTo` names (a channel id, a channel kind or
 * `'*'`), by default to its own channel id; for purpose `service` when the interaction says so and
 * `marketing` otherwise. At the same instant a withdrawal sorts after a grant, so it wins.
 * Interactions after `asOf` are left out. O(n log n).
 *
 * @param history - One customer's history.
 * @param options - `asOf` (epoch ms) and `config` (for `typeRoles` and `control.grantTypes`).
 * @returns The events in time order.
 * @example
 * import { consentTimeline, createHistory, resolveConfig } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1', consents: [{ channel: 'email', granted: true, at: '2026-01-01T00:00:00Z' }] },
 *   channels: [{ id: 'mail', kind: 'email' }, { id: 'web', kind: 'web' }],
 *   interactions: [
 *     { id: 'u', customerId: 'c1', channel: 'mail', at: '2026-02-01T00:00:00Z', direction: 'inbound', type: 'unsubscribe' },
 *     { id: 'o', customerId: 'c1', channel: 'web', at: '2026-02-02T00:00:00Z', direction: 'inbound', type: 'opt-out', appliesTo: '*' },
 *   ],
 * });
 * consentTimeline(history, { asOf: Date.parse('2026-03-01T00:00:00Z'), config: resolveConfig() })
 *   .map((e) => [e.channel, e.granted]) //=> [['email', true], ['mail', false], ['*', false]]
 * @category History
 */
export function consentTimeline(
  history: CustomerHistory,
  options: { readonly asOf: number; readonly config: ConsentConfig },
): readonly ConsentEvent[] {
  return computeTimeline(history, options.asOf, options.config);
}

/** Builds the timeline; `roles`, when given, are the interactions' roles under `config.typeRoles`. @internal */
export function computeTimeline(
  history: CustomerHistory,
  asOf: number,
  config: ConsentConfig,
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
  const grantTypes = config.control?.grantTypes ?? DEFAULT_GRANT_TYPES;
  const all = history.interactions;
  for (let i = 0; i < all.length; i++) {
    const interaction = all[i] as Interaction;
    if (interaction.at > asOf) break;
    if (interaction.direction !== 'inbound') continue;
    const role = roles === undefined ? roleOf(interaction.type, config.typeRoles) : roles[i];
    const granted = grantTypes.includes(interaction.type) ? true : role === 'withdrawal' ? false : undefined;
    if (granted === undefined) continue;
    events.push({
      channel: interaction.appliesTo ?? interaction.channel,
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
 * the purpose decides (`latestMatching`, the one decision every consumer of the timeline
 * uses). Without one, the policy decides: `'opt-out'` allows, `'opt-in'` does not. O(events).
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
 * The grants still in force at the end of the timeline: the permissions that stand.
 *
 * @remarks
 * A grant is in force while, on at least one channel it covers, no later withdrawal for the same
 * purpose matches that channel — exactly when {@link isContactAllowed} still finds a grant there.
 * A grant for a channel id covers that channel; for a kind, the known channels of that kind; for
 * `'*'`, every known channel (a kind or `'*'` with no known channel covers itself). So a grant for
 * the kind `email` is withdrawn by an `unsubscribe` on the customer's only email channel, and
 * stands while another email channel is still allowed. A withdrawal at the same instant as a grant
 * wins. O(events), plus O(channels) for a kind or `'*'` grant that a channel-level withdrawal
 * touches.
 *
 * @param timeline - From {@link consentTimeline} (already cut at `asOf`).
 * @param channels - The channels by id, to see a channel id's kind and a kind's channels.
 * @returns The active grants, in the order they were given.
 * @example
 * import { activeGrants } from 'engagement-scoring';
 * const channels = new Map([['mail', { id: 'mail', kind: 'email' }], ['sms', { id: 'sms', kind: 'sms' }]]);
 * const timeline = [
 *   { channel: 'email', purpose: 'marketing', granted: true, at: 10, interactionId: undefined },
 *   { channel: 'sms', purpose: 'marketing', granted: true, at: 20, interactionId: undefined },
 *   { channel: 'mail', purpose: 'marketing', granted: false, at: 30, interactionId: 'x' },
 * ];
 * activeGrants(timeline, channels).map((e) => e.channel) //=> ['sms']
 * @category History
 */
export function activeGrants(
  timeline: readonly ConsentEvent[],
  channels: ReadonlyMap<string, Pick<Channel, 'kind'>>,
): ConsentEvent[] {
  const standing = new ConsentStanding(timeline, timeline.length, channels);
  const active: ConsentEvent[] = [];
  for (const grant of timeline) {
    if (grant.granted && standing.stands(grant.channel, grant.purpose, grant.at)) active.push(grant);
  }
  return active;
}

/**
 * Per purpose, per channel spec (a channel id, a kind or `'*'`), a number. Two plain look-ups with
 * the strings as they are, rather than one with a key built from both for every question.
 */
type BySpec = Map<string, Map<string, number>>;

function setBySpec(map: BySpec, purpose: string, spec: string, value: number): void {
  const specs = map.get(purpose);
  if (specs === undefined) map.set(purpose, new Map<string, number>().set(spec, value));
  else specs.set(spec, value);
}

const KINDS: ReadonlySet<string> = new Set(CHANNEL_KINDS);

/**
 * Whether a permission given at some moment still stands: the withdrawals among the first `end`
 * events of a timeline, for asking of any channel spec whether a withdrawal since then covers it.
 *
 * @remarks
 * The same reading as {@link latestMatching}: a withdrawal for `'*'`, for the same spec, or for the
 * kind of a channel id covers it; a spec for a kind or `'*'` stands while one known channel it
 * covers is not covered (a spec no known channel matches covers itself). Holds, per purpose and
 * spec, the time of the last withdrawal; "since" is inclusive, so a withdrawal at the same instant
 * wins. O(end) to build; O(1) per question for a channel id, O(channels) for a kind or `'*'` that
 * a channel-level withdrawal touches.
 * @internal
 */
export class ConsentStanding {
  /** Per purpose and spec, the time of the last withdrawal; both maps `undefined` without any (most customers). */
  private readonly last: BySpec | undefined;
  /** Per purpose, the time of the last withdrawal of any spec. */
  private readonly lastAny: ReadonlyMap<string, number> | undefined;

  constructor(
    timeline: readonly ConsentEvent[],
    end: number,
    private readonly channels: ReadonlyMap<string, Pick<Channel, 'kind'>>,
  ) {
    let last: BySpec | undefined;
    let lastAny: Map<string, number> | undefined;
    for (let j = 0; j < end; j++) {
      const event = timeline[j] as ConsentEvent;
      if (event.granted) continue;
      last ??= new Map();
      lastAny ??= new Map();
      setBySpec(last, event.purpose, event.channel, event.at);
      lastAny.set(event.purpose, event.at);
    }
    this.last = last;
    this.lastAny = lastAny;
  }

  /** Whether permission given for `spec` and `purpose` at `since` has not been withdrawn since. */
  stands(spec: string, purpose: string, since: number): boolean {
    if ((this.lastAny?.get(purpose) ?? Number.NEGATIVE_INFINITY) < since) return true;
    if (this.covered(purpose, '*', since) || this.covered(purpose, spec, since)) return false;
    const channel = this.channels.get(spec);
    if (channel !== undefined) return !this.covered(purpose, channel.kind, since);
    if (spec !== '*' && !KINDS.has(spec)) return true; // an id no channel has: only itself or '*' covers it
    let known = false;
    for (const [id, c] of this.channels) {
      if (spec !== '*' && c.kind !== spec) continue;
      known = true;
      if (!this.covered(purpose, id, since) && (spec !== '*' || !this.covered(purpose, c.kind, since))) return true;
    }
    return !known;
  }

  private covered(purpose: string, spec: string, since: number): boolean {
    return (this.last?.get(purpose)?.get(spec) ?? Number.NEGATIVE_INFINITY) >= since;
  }
}

/** How many events of a time-ordered timeline are at or before `t`. @internal */
export function eventsUpTo(timeline: readonly ConsentEvent[], t: number): number {
  let end = 0;
  while (end < timeline.length && (timeline[end] as ConsentEvent).at <= t) end++;
  return end;
}

/**
 * Answers {@link isContactAllowed} for queries that come in time order, in O(1) each after O(events)
 * in all: it walks the timeline once, remembering the latest event per purpose and channel spec.
 * @internal
 */
export class ConsentSweep {
  private next = 0;
  /** Per purpose and spec, the position of the latest event so far. */
  private readonly latest: BySpec = new Map();

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
      setBySpec(latest, event.purpose, event.channel, this.next);
    }
    const specs = latest.get(query.purpose);
    if (specs === undefined) return policy === 'opt-out'; // nothing said about this purpose yet
    const { channel } = query;
    const k = Math.max(specs.get(channel.id) ?? -1, specs.get(channel.kind) ?? -1, specs.get('*') ?? -1);
    return k < 0 ? policy === 'opt-out' : (timeline[k] as ConsentEvent).granted;
  }
}
