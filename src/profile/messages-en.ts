import type { PyramidLevel } from '../model/vocabulary.js';
import type { NextStep } from '../pyramid/next-step.js';
import type { ReasonCode, ReasonParams } from '../rules/reason.js';
import type { ComponentFacts, ComponentName, Flag, RuleName } from '../rules/rule-score.js';
import type { Band } from './band.js';

/**
 * The words for every reason code: one function per {@link ReasonCode}, fed with its parameters.
 * A catalogue that misses a code does not typecheck.
 *
 * @category Profile
 */
export type ReasonMessages = { readonly [C in ReasonCode]: (params: ReasonParams[C]) => string };

/**
 * The clause of every component: one function per {@link ComponentName}, fed with the component's
 * facts (plain counts) and its value in [0, 1]; `undefined` leaves the component out.
 *
 * @category Profile
 */
export type ComponentMessages = {
  readonly [N in ComponentName]: (facts: ComponentFacts[N], value: number) => string | undefined;
};

/**
 * The words of {@link explain}: one function per kind of sentence, fed with locale-free data.
 * Translate the library by passing another object of this shape (docs/messages.md): every
 * sentence, reason and name comes from here, so a complete catalogue prints none of the English.
 *
 * @category Profile
 */
export interface ExplainMessages {
  /** The name of each rule, as it starts its sentence (`Efficiency`). */
  readonly ruleNames: Readonly<Record<RuleName, string>>;
  /** The name of each pyramid level. */
  readonly levelNames: Readonly<Record<PyramidLevel, string>>;
  /** The name of each band (`red`, `yellow`, `green`). */
  readonly bandNames: Readonly<Record<Band, string>>;
  /** Why something is `null`, by reason code. */
  readonly reasons: ReasonMessages;
  /** First of the three measures: activity, or why it is not scored (`reason` already in words). */
  readonly activity: (d: { score: number | null; reason: string | undefined }) => string;
  /** Second: the rules-of-engagement composite with its band name, or why it is not scored. */
  readonly rulesOfEngagement: (d: { score: number | null; band: string | null; reason: string | undefined }) => string;
  /** Third: the level name (or none) and its rank. */
  readonly depth: (d: { level: string | null; rank: number }) => string;
  /**
   * What to do, read from the three: `active` (activity ≥ 50; `null` when activity is not scored),
   * `served` (composite ≥ 50; `null` when not scored), the level name and the next step's words.
   */
  readonly focus: (d: { active: boolean | null; served: boolean | null; level: string | null; step: string }) => string;
  /** The composite score, its band name, how many rules it rests on and the confidence. */
  readonly composite: (d: {
    score: number | null;
    band: string | null;
    scoredRules: number;
    confidence: number;
    evidenceCount: number;
  }) => string;
  /** One scored rule: its score and band name, then the clauses of its components. */
  readonly rule: (d: { rule: string; score: number; band: string | null; clauses: readonly string[] }) => string;
  /** A rule without a score, and why (the reasons already in words). */
  readonly notScored: (d: { rule: string; reason: string | undefined }) => string;
  /** Clauses per component. */
  readonly components: ComponentMessages;
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
  /**
   * The words of a suggested step: keyed on its stable `action` (`invite-as-guest`, …) or its
   * configured `text` (English, from `config.pyramid.nextSteps`).
   */
  readonly step: (d: NextStep) => string;
  /** The next-step sentence, from the step's words. */
  readonly nextStep: (d: { text: string }) => string;
  /** One flag (a consent violation, …) with its ISO day. */
  readonly flag: (d: Flag & { date: string }) => string;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
/** A share as printed: `round(100 × share)` and ` %`. */
const pct = (share: number): string => `${Math.round(100 * share)} %`;
/** One clause: what was measured, the value that produced it, how it is weighted, the plain counts. */
const clause = (label: string, value: number, how: string, counts: string): string =>
  `${label}: ${pct(value)} (${how}; ${counts})`;
const RECENT = 'recent ones count more';
const also = (count: number, what: string): string => (count > 0 ? `, ${count} ${what}` : '');

/**
 * English sentences for {@link explain}: the default message catalogue.
 *
 * @remarks
 * Every component clause has one form — what was measured, the component's value as a
 * percentage (`round(100 × value)`), how it is weighted, then the plain counts:
 * "personal replies: 26 % (recent ones count more; 3 of 5 messages got one)". The value is
 * recency-weighted, so it need not equal the plain share of the counts.
 *
 * @example
 * import { englishMessages } from 'engagement-scoring';
 * englishMessages.components.personalResponse({ personal: 3, judged: 5, pending: 0 }, 0.26)
 *   //=> 'personal replies: 26 % (recent ones count more; 3 of 5 messages got one)'
 * englishMessages.reasons['messages-pending']({ pending: 2 }) //=> 'no message can be judged yet: 2 still within the response target'
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
  bandNames: { red: 'red', yellow: 'yellow', green: 'green' },
  reasons: {
    'no-messages': () => 'no customer messages in the window',
    'messages-pending': (p) => `no message can be judged yet: ${p.pending} still within the response target`,
    'messages-not-judged': (p) =>
      `none of ${plural(p.unjudged, 'customer message')} can be judged: each needs no answer or has a reply timestamped before it`,
    'no-messages-judged': () =>
      'no dialogue message of the customer can be judged yet (none written, or all still within target)',
    'nothing-sent': () => 'nothing was sent to the customer in the window',
    'no-contributions': () => 'no endorsements or contributions in the window',
    'contributions-pending': (p) =>
      `no contribution can be judged yet: ${p.pending} still within the recognition window`,
    'no-cases': () => 'no cases in the window',
    'cases-open': (p) => `no case has a recorded outcome yet (${p.open} open)`,
    'cases-waiting': (p) => `no case has a reply or follow-up yet (${p.waiting} still a single message)`,
    'no-promises': () => 'no promises in the window',
    'promises-pending': (p) => `no promise can be judged yet: ${p.pending} not yet due or without a due date`,
    'no-complaints': () => 'no complaints in the window',
    'complaints-pending': (p) => `no complaint can be judged yet: ${p.pending} open but within the resolution horizon`,
    'no-endorsements': (p) =>
      p.negative > 0
        ? `no endorsements in the window (${p.negative} with negative sentiment left out)`
        : 'no endorsements in the window',
    'no-sentiment': () => 'nothing the customer said in the window carries a sentiment',
    'too-few-channels': (p) =>
      `needs at least two channels with ${p.minCases} or more measured cases each; found ${p.channels}`,
    'no-marketing': () => 'no outbound marketing in the window',
    'marketing-not-judged': (p) =>
      `none of ${plural(p.marketing, 'marketing message')} could be judged (${p.untagged} without topics, ${p.unknownInterests} sent while the customer's interests were unknown)`,
    'marketing-too-recent': (p) =>
      p.marketing === 1
        ? 'the 1 marketing message is too recent to judge'
        : `all ${p.marketing} marketing messages are too recent to judge`,
    'no-interactions': () => 'no interactions in the window',
    'customer-silent': () => 'the customer said nothing in the window',
    'business-silent': () => 'the business never replied in the window',
    'no-replies': () => "no reply to the customer's messages in the window",
    'no-preferred-channels': () => 'the customer declared no preferred channels',
    'no-proactive': () => 'no proactive outbound in the window',
    'no-business-side': () => 'the data record nothing the business sent',
    'no-component-scored': () => 'no component with evidence carries weight',
    'no-rule-scored': () => 'no rule could be scored',
    'coverage-below-minimum': (p) =>
      `too little scored: ${plural(p.rules, 'rule')} (${pct(p.coverage)} of the weight, below ${pct(p.minCoverage)})`,
    'nothing-initiated': () => 'the customer initiated nothing in the window',
    'nothing-counts': (p) =>
      `the customer initiated nothing that counts in the window (${p.inbound} inbound, all of depth 0)`,
  },
  activity: (d) =>
    d.score === null
      ? `Activity not scored (how engaged they are): ${d.reason ?? 'no evidence'}.`
      : `Activity ${Math.round(d.score)} — how engaged they are: their own recent, frequent, deep engagement.`,
  rulesOfEngagement: (d) =>
    d.score === null
      ? `Rules of engagement not scored (how well we engage them): ${d.reason ?? 'no evidence'}.`
      : `Rules of engagement ${Math.round(d.score)} (${d.band}) — how well we engage them.`,
  depth: (d) =>
    d.level === null
      ? 'Level: none yet — how deep the relationship goes.'
      : `Level ${d.level} (${d.rank} of 6) — how deep the relationship goes.`,
  focus: (d) =>
    d.active === null
      ? `Focus: they have done nothing lately; win back their attention. ${d.step}`
      : d.active && d.served === false
        ? 'Focus: engaged but poorly served; fix how we engage them before asking for more.'
        : d.active
          ? `Focus: engaged${d.served === true ? ' and well served' : ''}; build on it. ${d.step}`
          : `Focus: quiet${d.served === false ? ' and poorly served; fix how we engage them, then' : ';'} bring them back at ${d.level ?? 'the first level'}. ${d.step}`,
  composite: (d) =>
    d.score === null
      ? `Engagement: not scored yet — no rule has evidence (${plural(d.evidenceCount, 'interaction')} in the window).`
      : `Engagement ${Math.round(d.score)} (${d.band}) from ${d.scoredRules} of 6 rules, confidence ${d.confidence.toFixed(2)} (${plural(d.evidenceCount, 'interaction')} in the window).`,
  rule: (d) =>
    `${d.rule} ${Math.round(d.score)} (${d.band})${d.clauses.length > 0 ? `: ${d.clauses.join('; ')}` : ''}.`,
  notScored: (d) => `${d.rule}: not scored${d.reason ? ` — ${d.reason}` : ''}.`,
  components: {
    personalResponse: (f, v) =>
      clause('personal replies', v, RECENT, `${f.personal} of ${plural(f.judged, 'message')} got one`),
    personalTouch: (f, v) =>
      clause('personal touch', v, RECENT, `${f.personal} of ${plural(f.judged, 'message')} sent to them were personal`),
    acknowledgedContributions: (f, v) =>
      clause('contributions recognised', v, RECENT, `${f.acknowledged} of ${plural(f.judged, 'contribution')}`),
    responseTime: (f, v) =>
      clause(
        'answered within target',
        v,
        'a late reply earns part, recent ones count more',
        `${f.onTime} of ${plural(f.judged, 'request')} on time${also(f.late, 'late')}${also(f.unanswered, 'unanswered')}`,
      ),
    resolution: (f, v) => clause('cases resolved', v, RECENT, `${f.resolved} of ${plural(f.judged, 'case')}`),
    effort: (f, v) =>
      clause(
        'effort spared',
        v,
        "each channel switch lowers a case's share, recent ones count more",
        `${f.switched} of ${plural(f.judged, 'case')} needed a channel switch`,
      ),
    promiseKeeping: (f, v) =>
      clause(
        'promises kept',
        v,
        RECENT,
        `${f.kept} of ${plural(f.judged, 'promise')}${also(f.broken, 'broken')}${also(f.overdue, 'overdue')}`,
      ),
    complaintResolution: (f, v) =>
      clause('complaints resolved', v, RECENT, `${f.resolved} of ${plural(f.judged, 'complaint')}`),
    advocacy: (f, v) =>
      clause(
        'advocacy',
        v,
        'each endorsement adds half of what is left, recent ones count more',
        plural(f.endorsements, 'endorsement'),
      ),
    sentiment: (f, v) =>
      clause(
        'tone',
        v,
        `negative 0 %, neutral 50 %, positive 100 %, ${RECENT}`,
        `${f.positive} positive, ${f.neutral} neutral and ${f.negative} negative of ${plural(f.judged, 'rated message')}`,
      ),
    crossChannel: (f, v) =>
      f.lowestQuality !== undefined && f.highestQuality !== undefined
        ? clause(
            'even service across channels',
            v,
            'lower the more service quality differs between channels',
            `quality from ${pct(f.lowestQuality)} to ${pct(f.highestQuality)} across ${plural(f.channels, 'channel')}`,
          )
        : undefined,
    answeredChannels: (f, v) =>
      clause(
        'channels answered',
        v,
        'channels written on recently count more',
        `answered on ${f.answered} of ${plural(f.written, 'channel')} they wrote on`,
      ),
    topicMatch: (f, v) =>
      clause('marketing on their interests', v, RECENT, `${f.matched} of ${plural(f.judged, 'marketing message')}`),
    responsiveness: (f, v) =>
      clause('marketing that drew a response', v, RECENT, `${f.responded} of ${plural(f.judged, 'marketing message')}`),
    listening: (f, v) =>
      clause(
        'listening',
        v,
        "falls as the business's share of the talking passes its target, recent ones count more",
        `the business sent ${f.outbound} of ${plural(f.outbound + f.inbound, 'interaction')}`,
      ),
    consentRespected: (f, v) =>
      clause(
        'consent respected',
        v,
        RECENT,
        `${f.violations} of ${plural(f.marketing, 'marketing message')} sent without consent`,
      ),
    channelChoice: (f, v) =>
      clause(
        'replies on their channel',
        v,
        `a preferred channel counts too, ${RECENT}`,
        `${f.sameChannel + f.preferredChannel} of ${plural(f.replies, 'reply', 'replies')}`,
      ),
    preferenceHonoured: (f, v) =>
      clause('on a preferred channel', v, RECENT, `${f.onPreferred} of ${plural(f.proactive, 'proactive message')}`),
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
  step: (d) => d.text,
  nextStep: (d) => `Next step: ${d.text}`,
  flag: (d) =>
    d.code === 'consent-violation'
      ? `Consent: ${d.purpose} sent on ${d.channel} on ${d.date} without consent (interaction ${d.interactionId}).`
      : d.code === 'reply-before-message'
        ? `Data: reply ${d.interactionId} on ${d.channel} on ${d.date} is timestamped before the message it answers; that message is not judged.`
        : `Flag ${d.code}: interaction ${d.interactionId} on ${d.channel} on ${d.date}.`,
};
