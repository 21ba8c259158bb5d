import type { ScoringConfig } from '../../config/scoring-config.js';
import { type ConsentEvent, isContactAllowed } from '../../history/consent.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { foldText } from '../../internal/fold-text.js';
import type { Interaction } from '../../model/interaction.js';
import type { InteractionRole } from '../../model/vocabulary.js';

/**
 * Topics are compared in their folded form ({@link foldText}): Unicode NFKC, lower case, white
 * space collapsed and trimmed (`'Billing '` meets `'billing'`, `'road\u00a0 bikes'` meets `'road bikes'`).
 */
function normalizeTopic(topic: string): string {
  return foldText(topic);
}

/**
 * The customer's profiling consent events up to `asOf`, in timeline order; empty when there are none.
 *
 * Only consent records carry the profiling purpose (opt-in and withdrawal interactions are about
 * marketing or service), so this reads the records alone rather than the whole history, with the
 * order of {@link consentTimeline}: by time, a withdrawal after a grant at the same instant.
 */
function profilingEvents(history: CustomerHistory, asOf: number): ConsentEvent[] {
  const consents = history.customer.consents;
  if (consents === undefined || consents.length === 0) return [];
  const events: ConsentEvent[] = [];
  for (const consent of consents) {
    if (consent.purpose !== 'profiling' || consent.at > asOf) continue;
    events.push({
      channel: consent.channel,
      purpose: 'profiling',
      granted: consent.granted,
      at: consent.at,
      interactionId: undefined,
    });
  }
  return events.length < 2 ? events : events.sort((a, b) => a.at - b.at || Number(b.granted) - Number(a.granted));
}

/** No channels yet. */
const NONE: readonly string[] = [];

/**
 * What is known of the customer's interests as time goes on: declared, and learned while profiling
 * is allowed. Topics are compared without case and surrounding spaces.
 * @internal
 */
export class Interests {
  /** Declared interests, normalised (`undefined` while none). */
  private readonly declared: ReadonlySet<string> | undefined;
  /** Learned topics, when profiling is allowed everywhere and always (no records, `'opt-out'`). */
  private learned: Set<string> | undefined;
  /** Learned topic → the channels it was learned on, when profiling consent must be checked. */
  private learnedOn: Map<string, Set<string>> | undefined;
  /** The channels topics were learned on (`undefined` while none). */
  private learnedChannels: Set<string> | undefined;
  private readonly history: CustomerHistory;
  private readonly policy: ScoringConfig['control']['consentPolicy'];
  private readonly profiling: ConsentEvent[];
  /** Without profiling records the policy decides for every channel and moment. */
  private readonly always: boolean;
  private readonly never: boolean;

  constructor(history: CustomerHistory, asOf: number, config: ScoringConfig) {
    this.history = history;
    this.policy = config.control.consentPolicy;
    let declared: Set<string> | undefined;
    const interests = history.customer.interests ?? [];
    for (const interest of interests) {
      const topic = normalizeTopic(interest);
      if (topic === '') continue;
      declared ??= new Set();
      declared.add(topic);
    }
    this.declared = declared;
    this.profiling = profilingEvents(history, asOf);
    this.always = this.profiling.length === 0 && this.policy === 'opt-out';
    this.never = this.profiling.length === 0 && this.policy === 'opt-in';
  }

  /** Takes note of the topics of an earlier interaction of the customer. */
  learnFrom(earlier: Interaction, role: InteractionRole | undefined): void {
    if (earlier.direction !== 'inbound' || earlier.topics === undefined || this.never) return;
    // A withdrawal says what the customer does not want: it teaches no interest.
    if (role === 'withdrawal') return;
    for (const raw of earlier.topics) {
      const topic = normalizeTopic(raw);
      if (topic === '') continue;
      if (this.always) {
        this.learned ??= new Set();
        this.learned.add(topic);
        continue;
      }
      this.learnedOn ??= new Map();
      const channels = this.learnedOn.get(topic);
      if (channels === undefined) this.learnedOn.set(topic, new Set([earlier.channel]));
      else channels.add(earlier.channel);
      this.learnedChannels ??= new Set();
      this.learnedChannels.add(earlier.channel);
    }
  }

  /** Whether any interest may be used at `at`. */
  known(at: number): boolean {
    if (this.declared !== undefined || this.learned !== undefined) return true;
    for (const channel of this.learnedChannels ?? NONE) if (this.mayUse(channel, at)) return true;
    return false;
  }

  /** Whether one of `topics` is an interest that may be used at `at`. */
  meets(topics: readonly string[], at: number): boolean {
    for (const raw of topics) {
      const topic = normalizeTopic(raw);
      if (this.declared?.has(topic) === true || this.learned?.has(topic) === true) return true;
      const channels = this.learnedOn?.get(topic);
      if (channels !== undefined) for (const channel of channels) if (this.mayUse(channel, at)) return true;
    }
    return false;
  }

  /** Whether profiling consent for `channelId` stands at `at` (only asked when records exist). */
  private mayUse(channelId: string, at: number): boolean {
    const channel = this.history.channels.get(channelId) ?? { id: channelId, kind: 'other' as const };
    return isContactAllowed(this.profiling, { channel, purpose: 'profiling', at }, { policy: this.policy });
  }
}
