import { RULE_NAMES, type RuleComponent } from '../rules/rule-score.js';
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
 * relationship goes) — and what to do, read from all three. Then one sentence for the composite; one per rule (its score, band and the facts behind each scored
 * component — "Efficiency 42 (red): 3 of 7 requests answered within target; 2 cases needed a
 * channel switch."), or why it is not scored; then the pyramid level, its movement, the next step
 * and one sentence per flag. The profile holds only locale-free data; the words come from
 * `messages`, so other languages are a matter of passing another {@link ExplainMessages}. Dates
 * are ISO (UTC) days. O(components + flags).
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
 *   //=> 'Efficiency 100 (green): 1 of 1 request answered within target; no case needed a channel switch.'
 * @category Profile
 */
export function explain(profile: EngagementProfile, options: ExplainOptions = {}): string[] {
  const m = options.messages ?? englishMessages;
  const out: string[] = threeMeasures(profile);
  const { composite } = profile;
  out.push(
    m.composite({
      score: composite.score,
      band: composite.band,
      scoredRules: composite.scoredRules.length,
      confidence: composite.confidence,
      evidenceCount: composite.evidenceCount,
    }),
  );
  for (const name of RULE_NAMES) {
    const rule = profile.rules[name];
    const label = m.ruleNames[name];
    if (rule.score === null) {
      out.push(m.notScored({ rule: label, reason: reasons(rule.components) ?? rule.reason }));
      continue;
    }
    const clauses: string[] = [];
    for (const component of rule.components) {
      if (component.value === null || component.facts === undefined) continue;
      const clause = m.components[component.name]?.(component.facts, component.value);
      if (clause !== undefined) clauses.push(clause);
    }
    out.push(m.rule({ rule: label, score: rule.score, band: rule.band, clauses }));
  }
  const { level, movement } = profile;
  const levelName = (l: typeof level.level) => (l === null ? null : m.levelNames[l]);
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
  out.push(m.nextStep({ text: profile.nextStep.text }));
  for (const flag of profile.flags) out.push(m.flag({ ...flag, date: isoDay(flag.at) }));
  return out;
}

function reasons(components: readonly RuleComponent[]): string | undefined {
  const all = components.flatMap((component) => (component.reason === undefined ? [] : [component.reason]));
  return all.length === 0 ? undefined : [...new Set(all)].join('; ');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// The three measures, first: what each number means and what to do with all three.
function threeMeasures(profile: EngagementProfile): string[] {
  const { activity, composite, level, nextStep } = profile;
  const round = (n: number) => String(Math.round(n));
  const levelName = level.level ?? 'the first level';
  const active = activity.score !== null && activity.score >= 50;
  const served = composite.score === null ? null : composite.score >= 50;
  const focus =
    activity.score === null
      ? `Focus: they have done nothing lately; win back their attention. ${nextStep.text}`
      : active && served === false
        ? 'Focus: engaged but poorly served; fix how we engage them before asking for more.'
        : active
          ? `Focus: engaged${served === true ? ' and well served' : ''}; build on it. ${nextStep.text}`
          : `Focus: quiet${served === false ? ' and poorly served; fix how we engage them, then' : ';'} bring them back at ${levelName}. ${nextStep.text}`;
  return [
    activity.score === null
      ? `Activity not scored (how engaged they are): ${activity.reason ?? 'no evidence'}.`
      : `Activity ${round(activity.score)} — how engaged they are: their own recent, frequent, deep engagement.`,
    composite.score === null
      ? `Rules of engagement not scored (how well we engage them): ${composite.reason ?? 'no evidence'}.`
      : `Rules of engagement ${round(composite.score)} (${composite.band}) — how well we engage them.`,
    level.level === null
      ? 'Level: none yet — how deep the relationship goes.'
      : `Level ${level.level} (${level.rank} of 6) — how deep the relationship goes.`,
    focus,
  ];
}
