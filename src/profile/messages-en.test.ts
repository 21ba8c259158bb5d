import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, dialogueHistoryArb, historyInputArb } from '../../test/support/arbitraries.js';
import { createHistory } from '../model/create-history.js';
import { parseDataset } from '../model/parse-dataset.js';
import { REASON_PARAMS, type ReasonCode } from '../rules/reason.js';
import type { ComponentFacts, ComponentName, RuleComponent } from '../rules/rule-score.js';
import { RULE_NAMES } from '../rules/rule-score.js';
import { SAMPLE_AS_OF, sampleDataset } from '../sample/sample-dataset.js';
import { describeReason } from './describe-reason.js';
import type { EngagementProfile } from './engagement-profile.js';
import { explain } from './explain.js';
import { type ComponentMessages, type ExplainMessages, englishMessages, type ReasonMessages } from './messages-en.js';
import { scoreAll } from './score-all.js';
import { scoreCustomer } from './score-customer.js';

const CODES = Object.keys(REASON_PARAMS) as ReasonCode[];
const sample = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];

/** A pseudo-locale: every message replaced, no Latin letter anywhere (numbers and dates only from the data). */
const P = (tag: string, ...parts: readonly (string | number | null | undefined)[]): string =>
  `⟦${tag}${parts.map((part) => ` ${part ?? '∅'}`).join('')}⟧`;
const pseudoReasons = Object.fromEntries(
  CODES.map((code, i) => [code, (params: Readonly<Record<string, number>>) => P(`ρ${i}`, ...Object.values(params))]),
) as unknown as ReasonMessages; // one entry per code, built from the list of codes
const pseudo: ExplainMessages = {
  ruleNames: { value: 'ВЛ', efficiency: 'ЭФ', trust: 'ДВ', consistency: 'ПС', relevancy: 'РЛ', control: 'КН' },
  levelNames: { observing: 'Н1', following: 'С2', endorsing: 'О3', contributing: 'В4', owning: 'В5', leading: 'В6' },
  bandNames: { red: 'К', yellow: 'Ж', green: 'З' },
  reasons: pseudoReasons,
  activity: (d) => P('α', d.score === null ? null : Math.round(d.score), d.reason),
  rulesOfEngagement: (d) => P('β', d.score === null ? null : Math.round(d.score), d.band, d.reason),
  depth: (d) => P('γ', d.level, d.rank),
  focus: (d) => P('φ', Number(d.active), Number(d.served), d.level, d.step),
  composite: (d) => P('κ', d.score === null ? null : Math.round(d.score), d.band, d.scoredRules, d.evidenceCount),
  rule: (d) => P('ψ', d.rule, Math.round(d.score), d.band, d.clauses.join('·')),
  notScored: (d) => P('ν', d.rule, d.reason),
  components: {
    personalResponse: (f, v) => P('π1', Math.round(100 * v), f.personal, f.judged),
    personalTouch: (f, v) => P('π2', Math.round(100 * v), f.personal, f.judged),
    acknowledgedContributions: (f, v) => P('π3', Math.round(100 * v), f.acknowledged, f.judged),
    responseTime: (f, v) => P('ε1', Math.round(100 * v), f.onTime, f.judged),
    resolution: (f, v) => P('ε2', Math.round(100 * v), f.resolved, f.judged),
    effort: (f, v) => P('ε3', Math.round(100 * v), f.switched, f.judged),
    promiseKeeping: (f, v) => P('τ1', Math.round(100 * v), f.kept, f.judged),
    complaintResolution: (f, v) => P('τ2', Math.round(100 * v), f.resolved, f.judged),
    advocacy: (f, v) => P('τ3', Math.round(100 * v), f.endorsements),
    sentiment: (f, v) => P('τ4', Math.round(100 * v), f.judged),
    crossChannel: (f, v) => P('χ1', Math.round(100 * v), f.channels),
    answeredChannels: (f, v) => P('χ2', Math.round(100 * v), f.answered, f.written),
    topicMatch: (f, v) => P('ρ1', Math.round(100 * v), f.matched, f.judged),
    responsiveness: (f, v) => P('ρ2', Math.round(100 * v), f.responded, f.judged),
    listening: (f, v) => P('ρ3', Math.round(100 * v), f.outbound, f.inbound),
    consentRespected: (f, v) => P('ω1', Math.round(100 * v), f.violations, f.marketing),
    channelChoice: (f, v) => P('ω2', Math.round(100 * v), f.sameChannel, f.replies),
    preferenceHonoured: (f, v) => P('ω3', Math.round(100 * v), f.onPreferred, f.proactive),
  },
  level: (d) => P('λ', d.level, d.rank, d.override ? 1 : 0, d.peak, d.reachedAt),
  movement: (d) => P('μ', d.direction.length, d.from, d.to, d.distance),
  step: (d) => P('σ', d.action.length, d.towards.length),
  nextStep: (d) => P('ς', d.text),
  flag: (d) => P('ϕ', d.code.length, d.date),
};

describe('the message catalogue', () => {
  it('has an English sentence for every reason code, with its parameters filled in', () => {
    for (const code of CODES) {
      const params = Object.fromEntries(REASON_PARAMS[code].map((name) => [name, 3]));
      const text = describeReason({ code, params } as Parameters<typeof describeReason>[0]);
      expect(text.length, code).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      if (REASON_PARAMS[code].length > 0) expect(text, code).toMatch(/3/);
    }
  });

  it('lists every reason code, and only those, in docs/scoring.md', () => {
    const doc = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
    const section = doc.slice(
      doc.indexOf('\n### Reason codes'),
      doc.indexOf('\n## ', doc.indexOf('\n### Reason codes')),
    );
    const table = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((m) => m[1]);
    expect([...table].sort()).toEqual([...CODES].sort());
  });

  it('is typed so that a catalogue missing a reason or a component does not compile', () => {
    const { 'no-messages': _reason, ...reasons } = englishMessages.reasons;
    // @ts-expect-error a reason code without words
    const withoutReason: ReasonMessages = reasons;
    const { listening: _component, ...components } = englishMessages.components;
    // @ts-expect-error a component without a clause
    const withoutComponent: ComponentMessages = components;
    expect([withoutReason, withoutComponent].map((m) => Object.keys(m).length)).toEqual([CODES.length - 1, 17]);
  });

  it('a translated catalogue prints none of the English: explain takes every word from it', () => {
    const latin = /[A-Za-z]/;
    const check = (profile: EngagementProfile) => {
      const lines = explain(profile, { messages: pseudo });
      expect(lines).toHaveLength(explain(profile).length);
      for (const line of lines) expect(line, line).not.toMatch(latin);
    };
    for (const profile of sample) check(profile);
    const silent = parseDataset({
      customers: [{ id: 'b1' }],
      channels: [{ id: 'shop', kind: 'in-person' }],
      interactions: [
        {
          id: 'p1',
          customerId: 'b1',
          channel: 'shop',
          at: '2026-05-01T00:00:00Z',
          direction: 'inbound',
          type: 'purchase',
        },
      ],
    });
    for (const profile of scoreAll(silent, { asOf: '2026-06-01T00:00:00Z' })) check(profile);
    fc.assert(
      fc.property(fc.oneof(historyInputArb(), dialogueHistoryArb), (input) =>
        check(scoreCustomer(createHistory(input), { asOf: AS_OF })),
      ),
      { numRuns: 100 },
    );
  });
});

/** The plain counts each clause must quote, read from the component's facts. */
const COUNTS: { readonly [N in ComponentName]: (f: ComponentFacts[N]) => string } = {
  personalResponse: (f) => `${f.personal} of ${f.judged} `,
  personalTouch: (f) => `${f.personal} of ${f.judged} `,
  acknowledgedContributions: (f) => `${f.acknowledged} of ${f.judged} `,
  responseTime: (f) => `${f.onTime} of ${f.judged} `,
  resolution: (f) => `${f.resolved} of ${f.judged} `,
  effort: (f) => `${f.switched} of ${f.judged} `,
  promiseKeeping: (f) => `${f.kept} of ${f.judged} `,
  complaintResolution: (f) => `${f.resolved} of ${f.judged} `,
  advocacy: (f) => `${f.endorsements} endorsement`,
  sentiment: (f) => `${f.positive} positive, ${f.neutral} neutral and ${f.negative} negative of ${f.judged} `,
  crossChannel: (f) => `across ${f.channels} channels`,
  answeredChannels: (f) => `${f.answered} of ${f.written} `,
  topicMatch: (f) => `${f.matched} of ${f.judged} `,
  responsiveness: (f) => `${f.responded} of ${f.judged} `,
  listening: (f) => `${f.outbound} of ${f.outbound + f.inbound} `,
  consentRespected: (f) => `${f.violations} of ${f.marketing} `,
  channelChoice: (f) => `${f.sameChannel + f.preferredChannel} of ${f.replies} `,
  preferenceHonoured: (f) => `${f.onPreferred} of ${f.proactive} `,
};

/** Checks every scored component's clause in the profile's explanation; returns the names checked. */
function checkClauses(profile: EngagementProfile): ComponentName[] {
  const lines = explain(profile);
  const checked: ComponentName[] = [];
  for (const rule of RULE_NAMES) {
    const sentence = lines.find((line) => line.startsWith(`${englishMessages.ruleNames[rule]} `));
    for (const component of profile.rules[rule].components as readonly RuleComponent[]) {
      if (component.value === null) continue;
      const words = englishMessages.components[component.name] as (f: typeof component.facts, v: number) => string;
      const counts = COUNTS[component.name] as (f: typeof component.facts) => string;
      const clause = words(component.facts, component.value);
      // The percentage printed is the component's value; the counts are the plain counts.
      expect(clause).toContain(`: ${Math.round(100 * component.value)} % (`);
      expect(clause).toContain(counts(component.facts));
      expect(sentence).toContain(clause);
      checked.push(component.name);
    }
  }
  return checked;
}

describe('component sentences state the value that produced the score', () => {
  it('prints round(100 × value) and the plain counts for every component of the sample', () => {
    const seen = new Set(sample.flatMap(checkClauses));
    // Every component is scored somewhere in the sample
    expect([...seen].sort()).toEqual(Object.keys(COUNTS).sort());
  });

  it('prints round(100 × value) and the plain counts for any history', () => {
    fc.assert(
      fc.property(fc.oneof(historyInputArb(), dialogueHistoryArb), (input) => {
        checkClauses(scoreCustomer(createHistory(input), { asOf: AS_OF }));
      }),
      { numRuns: 150 },
    );
  });

  it('rounds the value as it is printed: 0.255 → 26 %, 0.254 → 25 %', () => {
    const facts = { personal: 3, judged: 5, pending: 0 };
    expect(englishMessages.components.personalResponse(facts, 0.255)).toBe(
      'personal replies: 26 % (recent ones count more; 3 of 5 messages got one)',
    );
    expect(englishMessages.components.personalResponse(facts, 0.254)).toMatch(/^personal replies: 25 % /);
  });
});
