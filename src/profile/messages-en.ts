import type { PyramidLevel } from '../model/vocabulary.js';
import type { Flag, RuleName } from '../rules/rule-score.js';
import type { Band } from './band.js';

/** The locale-free counts behind a component's value, e.g. `{ onTime: 3, judged: 7 }`. @inline */
type Facts = Readonly<Record<string, number>>;

/**
 * The words of {@link explain}: one function per kind of sentence, fed with locale-free data.
 * Translate the library by passing another object of this shape.
 *
 * @category Profile
 */
export interface ExplainMessages {
  /** The name of each rule, as it starts its sentence (`Efficiency`). */
  readonly ruleNames: Readonly<Record<RuleName, string>>;
  /** The name of each pyramid level. */
  readonly levelNames: Readonly<Record<PyramidLevel, string>>;
  /** The first sentence: the composite score, its band, how many rules it rests on and the confidence. */
  readonly composite: (d: {
    score: number | null;
    band: Band | null;
    scoredRules: number;
    confidence: number;
    evidenceCount: number;
  }) => string;
  /** One scored rule: its score and band, then the clauses of its components. */
  readonly rule: (d: { rule: string; score: number; band: Band | null; clauses: readonly string[] }) => string;
  /** A rule without a score, and why. */
  readonly notScored: (d: { rule: string; reason: string | undefined }) => string;
  /** Clauses per component name; a component without an entry (or returning undefined) is left out. */
  readonly components: Readonly<Record<string, (facts: Facts, value: number) => string | undefined>>;
  /** The customer's pyramid level (or none), whether a person set it, the peak and since when. */
  readonly level: (d: {
    level: string | null;
    rank: number;
    override: boolean;
    peak: string | null;
    reachedAt: string | null;
  }) => string;
  /** Movement on the pyramid over the movement period. */
  readonly movement: (d: { direction: string; from: string | null; to: string | null; distance: number }) => string;
  /** The suggested next step. */
  readonly nextStep: (d: { text: string }) => string;
  /** One flag (a consent violation, …) with its ISO day. */
  readonly flag: (d: Flag & { date: string }) => string;
}

const n = (facts: Facts, key: string): number => facts[key] ?? 0;
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const pct = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * English sentences for {@link explain}.
 *
 * @example
 * import { englishMessages } from 'engagement-scoring';
 * englishMessages.components.responseTime({ onTime: 3, judged: 7, unanswered: 2 }, 0.5) //=> '3 of 7 requests answered within target, 2 unanswered'
 * @category Profile
 */
export const englishMessages: ExplainMessages = {
  ruleNames: {
    value: 'Value',
    efficiency: 'Efficiency',
    trust: 'Trust',
    consistency: 'Consistency',
    relevancy: 'Relevancy',
    control: 'Control',
  },
  levelNames: {
    observing: 'observing',
    following: 'following',
    endorsing: 'endorsing',
    contributing: 'contributing',
    owning: 'owning',
    leading: 'leading',
  },
  composite: (d) =>
    d.score === null
      ? `Engagement: not scored yet — no rule has evidence (${plural(d.evidenceCount, 'interaction')} in the window).`
      : `Engagement ${Math.round(d.score)} (${d.band}) from ${d.scoredRules} of 6 rules, confidence ${d.confidence.toFixed(2)} (${plural(d.evidenceCount, 'interaction')} in the window).`,
  rule: (d) =>
    `${d.rule} ${Math.round(d.score)} (${d.band})${d.clauses.length > 0 ? `: ${d.clauses.join('; ')}` : ''}.`,
  notScored: (d) => `${d.rule}: not scored${d.reason ? ` — ${d.reason}` : ''}.`,
  components: {
    personalResponse: (f) => `${n(f, 'personal')} of ${plural(n(f, 'judged'), 'message')} got a personal reply`,
    personalTouch: (f) => `${n(f, 'personal')} of ${plural(n(f, 'judged'), 'message')} sent to them were personal`,
    acknowledgedContributions: (f) => `${n(f, 'acknowledged')} of ${plural(n(f, 'judged'), 'contribution')} recognised`,
    responseTime: (f) =>
      `${n(f, 'onTime')} of ${plural(n(f, 'judged'), 'request')} answered within target${n(f, 'unanswered') > 0 ? `, ${n(f, 'unanswered')} unanswered` : ''}`,
    resolution: (f) => `${n(f, 'resolved')} of ${plural(n(f, 'judged'), 'case')} resolved`,
    effort: (f) =>
      n(f, 'switched') > 0
        ? `${plural(n(f, 'switched'), 'case')} needed a channel switch`
        : 'no case needed a channel switch',
    promiseKeeping: (f) => `${n(f, 'kept')} of ${plural(n(f, 'judged'), 'promise')} kept`,
    complaintResolution: (f) => `${n(f, 'resolved')} of ${plural(n(f, 'judged'), 'complaint')} resolved`,
    advocacy: (f) => `${plural(n(f, 'endorsements'), 'endorsement')}`,
    sentiment: (f) =>
      `${n(f, 'positive')} positive and ${n(f, 'negative')} negative of ${plural(n(f, 'judged'), 'rated message')}`,
    crossChannel: (f) =>
      f['lowestQuality'] !== undefined && f['highestQuality'] !== undefined
        ? `service quality from ${pct(n(f, 'lowestQuality'))} to ${pct(n(f, 'highestQuality'))} across ${plural(n(f, 'channels'), 'channel')}`
        : undefined,
    answeredChannels: (f) => `answered on ${n(f, 'answered')} of ${plural(n(f, 'written'), 'channel')} they wrote on`,
    topicMatch: (f) => `${n(f, 'matched')} of ${plural(n(f, 'judged'), 'marketing message')} matched their interests`,
    responsiveness: (f) => `${n(f, 'responded')} of ${plural(n(f, 'judged'), 'marketing message')} drew a response`,
    listening: (f) => {
      const total = n(f, 'outbound') + n(f, 'inbound');
      return total > 0 ? `the business did ${pct(n(f, 'outbound') / total)} of the talking` : undefined;
    },
    consentRespected: (f) =>
      n(f, 'violations') > 0
        ? `${n(f, 'violations')} of ${plural(n(f, 'marketing'), 'marketing message')} sent without consent`
        : `all ${plural(n(f, 'marketing'), 'marketing message')} had consent`,
    channelChoice: (f) =>
      `${n(f, 'sameChannel')} of ${plural(n(f, 'replies'), 'reply', 'replies')} on the customer's channel`,
    preferenceHonoured: (f) =>
      `${n(f, 'onPreferred')} of ${plural(n(f, 'proactive'), 'proactive message')} on a preferred channel`,
  },
  level: (d) =>
    d.level === null
      ? d.peak === null
        ? 'Pyramid: no level yet — nothing qualifies.'
        : `Pyramid: lapsed — was ${d.peak} (peak), no qualifying evidence in the window.`
      : `Pyramid: ${d.level} (level ${d.rank} of 6)${d.override ? ', set by hand' : d.reachedAt ? ` since ${d.reachedAt}` : ''}${d.peak !== null && d.peak !== d.level ? `; peak ${d.peak}` : ''}.`,
  movement: (d) => {
    switch (d.direction) {
      case 'up':
        return `Moving up: ${d.from} → ${d.to} (${plural(d.distance, 'level')}).`;
      case 'down':
        return `Moving down: ${d.from} → ${d.to} (${plural(d.distance, 'level')}).`;
      case 'new':
        return `New on the pyramid: now ${d.to}.`;
      case 'returning':
        return `Returning: back on the pyramid as ${d.to} after a period without a level.`;
      case 'lapsed':
        return `Lapsed: was ${d.from}, no level now.`;
      default:
        return d.to === null ? 'No movement: no level then or now.' : `No movement: still ${d.to}.`;
    }
  },
  nextStep: (d) => `Next step: ${d.text}`,
  flag: (d) =>
    d.code === 'consent-violation'
      ? `Consent: ${d.purpose} sent on ${d.channel} on ${d.date} without consent (interaction ${d.interactionId}).`
      : `Flag ${d.code}: interaction ${d.interactionId} on ${d.channel} on ${d.date}.`,
};
