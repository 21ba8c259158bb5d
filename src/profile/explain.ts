import type { Reason } from '../rules/reason.js';
import { RULE_NAMES, type RuleComponent } from '../rules/rule-score.js';
import type { Band } from './band.js';
import { describeReason } from './describe-reason.js';
import type { EngagementProfile } from './engagement-profile.js';
import { type ExplainMessages, englishMessages } from './messages-en.js';

/** Options of {@link explain}. @category Profile */
export interface ExplainOptions {
  /** The words to use (default {@link englishMessages}). */
  readonly messages?: ExplainMessages | undefined;
}

/**
 * Turns a profile into short sentences a person can act on.
 *
 * @remarks
 * First the three measures and what each means — activity (how engaged the customer is), the
 * rules-of-engagement composite (how well the business engages them), the level (how deep the
 * relationship goes) — and what to do, read from all three. Then one sentence for the composite; one
 * per rule: its score, band and one clause per scored component stating the component's value as a
 * percentage, how it is weighted and the plain counts ("Efficiency 42 (red): answered within
 * target: 38 % (a late reply earns part, recent ones count more; 3 of 7 requests on time, 2
 * unanswered); …"), or why it is not scored; then the pyramid level, its movement, the next step
 * and one sentence per flag. The profile holds only locale-free data (reasons are codes with
 * counts); every word comes from `messages`, so other languages are a matter of passing another
 * {@link ExplainMessages}. Dates are ISO (UTC) days. O(components + flags).
 *
 * @param profile - A profile from {@link scoreCustomer} or {@link scoreAll}.
 * @param options - `messages` to use another language.
 * @returns The sentences, the three measures first.
 * @example
 * import { createHistory, explain, scoreCustomer } from 'engagement-scoring';
 * const history = createHistory({
 *   customer: { id: 'c1' },
 *   channels: [{ id: 'chat', kind: 'chat' }],
 *   interactions: [
 *     { id: 'q', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'a', customerId: 'c1', channel: 'chat', at: '2026-03-01T10:03:00Z', direction: 'outbound', type: 'reply', inReplyTo: 'q' },
 *   ],
 * });
 * const sentences = explain(scoreCustomer(history, { asOf: '2026-03-02T00:00:00Z' }));
 * sentences.find((s) => s.startsWith('Efficiency'))
 *   //=> "Efficiency 100 (green): answered within target: 100 % (a late reply earns part, recent ones count more; 1 of 1 request on time); effort spared: 100 % (each channel switch lowers a case's share, recent ones count more; 0 of 1 case needed a channel switch)."
 * @category Profile
 */
export function explain(profile: EngagementProfile, options: ExplainOptions = {}): string[] {
  const m = options.messages ?? englishMessages;
  const say = (reason: Reason | undefined) =>
    reason === undefined ? undefined : describeReason(reason, { messages: m });
  const bandName = (band: Band | null) => (band === null ? null : m.bandNames[band]);
  const { activity, composite, level, movement } = profile;
  const levelName = (l: typeof level.level) => (l === null ? null : m.levelNames[l]);
  const step = m.step(profile.nextStep);
  const out: string[] = [
    m.activity({ score: activity.score, reason: say(activity.reason) }),
    m.rulesOfEngagement({ score: composite.score, band: bandName(composite.band), reason: say(composite.reason) }),
    m.depth({ level: levelName(level.level), rank: level.rank }),
    m.focus({
      active: activity.score === null ? null : activity.score >= 50,
      served: composite.score === null ? null : composite.score >= 50,
      level: levelName(level.level),
      step,
    }),
    m.composite({
      score: composite.score,
      band: bandName(composite.band),
      scoredRules: composite.scoredRules.length,
      confidence: composite.confidence,
      evidenceCount: composite.evidenceCount,
    }),
  ];
  for (const name of RULE_NAMES) {
    const rule = profile.rules[name];
    const label = m.ruleNames[name];
    if (rule.score === null) {
      out.push(m.notScored({ rule: label, reason: reasons(rule.components, m) ?? say(rule.reason) }));
      continue;
    }
    const clauses: string[] = [];
    for (const component of rule.components) {
      const clause = clauseOf(component, m);
      if (clause !== undefined) clauses.push(clause);
    }
    out.push(m.rule({ rule: label, score: rule.score, band: bandName(rule.band), clauses }));
  }
  out.push(
    m.level({
      level: levelName(level.level),
      rank: level.rank,
      override: level.reason === 'override',
      peak: levelName(level.peak),
      reachedAt: level.reachedAt === null ? null : isoDay(level.reachedAt),
    }),
  );
  out.push(
    m.movement({
      direction: movement.direction,
      from: levelName(movement.from),
      to: levelName(movement.to),
      distance: movement.distance,
    }),
  );
  out.push(m.nextStep({ text: step }));
  for (const flag of profile.flags) out.push(m.flag({ ...flag, date: isoDay(flag.at) }));
  return out;
}

/** The clause of one scored component, or `undefined` (null value, or the catalogue leaves it out). */
function clauseOf(component: RuleComponent, m: ExplainMessages): string | undefined {
  if (component.value === null || component.facts === undefined) return undefined;
  // RuleComponent is a union on `name`: the catalogue's entry for a name takes that component's
  // facts, a pairing TypeScript cannot follow through the index, so it is read as taking these.
  const words = m.components[component.name] as (facts: typeof component.facts, value: number) => string | undefined;
  return words(component.facts, component.value);
}

/** The distinct reasons of the null components, in words, joined; `undefined` when none has one. */
function reasons(components: readonly RuleComponent[], m: ExplainMessages): string | undefined {
  const all = components.flatMap((component) =>
    component.reason === undefined ? [] : [describeReason(component.reason, { messages: m })],
  );
  return all.length === 0 ? undefined : [...new Set(all)].join('; ');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
