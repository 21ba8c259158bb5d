import { describe, expect, it } from 'vitest';
import { createHistory } from '../model/create-history.js';
import { parseDataset } from '../model/parse-dataset.js';
import { RULE_NAMES } from '../rules/rule-score.js';
import { SAMPLE_AS_OF, sampleDataset } from '../sample/sample-dataset.js';
import { explain } from './explain.js';
import { type ExplainMessages, englishMessages } from './messages-en.js';
import { scoreAll } from './score-all.js';
import { scoreCustomer } from './score-customer.js';

/** The three measures lead every explanation (tested below); the rest follows them. */
const HEADLINE = 4;
const details: typeof explain = (p, o) => explain(p, o).slice(HEADLINE);

const AS_OF = '2026-06-01T00:00:00Z';
const c = 'c1';

// A purchase; a chat question answered in 3 minutes; an unsubscribe from mail followed by a
// newsletter on mail (a consent violation) and an offer on chat. Trust has no evidence.
const profile = scoreCustomer(
  createHistory({
    customer: { id: c },
    channels: [
      { id: 'mail', kind: 'email' },
      { id: 'chat', kind: 'chat' },
    ],
    interactions: [
      { id: 'p1', customerId: c, channel: 'mail', at: '2026-04-01T00:00:00Z', direction: 'inbound', type: 'purchase' },
      { id: 'q1', customerId: c, channel: 'chat', at: '2026-05-01T10:00:00Z', direction: 'inbound', type: 'question' },
      {
        id: 'r1',
        customerId: c,
        channel: 'chat',
        at: '2026-05-01T10:03:00Z',
        direction: 'outbound',
        type: 'reply',
        inReplyTo: 'q1',
      },
      {
        id: 'u1',
        customerId: c,
        channel: 'mail',
        at: '2026-05-10T00:00:00Z',
        direction: 'inbound',
        type: 'unsubscribe',
      },
      {
        id: 'n1',
        customerId: c,
        channel: 'mail',
        at: '2026-05-20T00:00:00Z',
        direction: 'outbound',
        type: 'newsletter',
      },
      { id: 'n2', customerId: c, channel: 'chat', at: '2026-05-20T00:00:00Z', direction: 'outbound', type: 'offer' },
    ],
  }),
  { asOf: AS_OF },
);

const sentences = details(profile);
const LABELS = ['Value', 'Efficiency', 'Trust', 'Consistency', 'Relevancy', 'Control'];

describe('explain', () => {
  it('gives the composite, one sentence per rule, then level, movement, next step and one per flag', () => {
    // 1 composite + 6 rules + level + movement + next step + 1 flag
    expect(sentences).toHaveLength(11);
    expect(sentences[0]).toMatch(/^Engagement /);
    for (const [i, label] of LABELS.entries()) expect(sentences[1 + i]).toMatch(new RegExp(`^${label}[ :]`));
    expect(sentences[7]).toMatch(/^Pyramid: /);
    expect(sentences[8]).toMatch(/^New on the pyramid/);
    expect(sentences[9]).toMatch(/^Next step: /);
    expect(sentences[10]).toMatch(/^Consent: /);
  });

  it('states the composite with its band, rules scored, confidence and evidence', () => {
    // 5 of 6 rules scored; 6 interactions in the window; confidence from the 4 that are not
    // broadcasts (p1, q1, r1, u1): 4 / 24 = 0.1666… → "0.17"
    const rounded = Math.round(profile.composite.score as number);
    expect(sentences[0]).toBe(
      `Engagement ${rounded} (${profile.composite.band}) from 5 of 6 rules, confidence 0.17 (6 interactions in the window).`,
    );
  });

  it('states the facts behind each scored component', () => {
    // Efficiency: q1 answered within target, the case needed no switch → 100 (green)
    expect(sentences).toContain(
      "Efficiency 100 (green): answered within target: 100 % (a late reply earns part, recent ones count more; 1 of 1 request on time); effort spared: 100 % (each channel switch lowers a case's share, recent ones count more; 0 of 1 case needed a channel switch).",
    );
    // Control: consentRespected 0.5 (n1 and n2 sent at the same moment, n1 the violation),
    // channelChoice 1: 100 · (0.5·0.5 + 0.3·1) / 0.8 = 68.75 → 69 (yellow)
    expect(sentences).toContain(
      'Control 69 (yellow): consent respected: 50 % (recent ones count more; 1 of 2 marketing messages sent without consent); replies on their channel: 100 % (a preferred channel counts too, recent ones count more; 1 of 1 reply).',
    );
  });

  it('says why a rule is not scored', () => {
    const trust = sentences.find((s) => s.startsWith('Trust'));
    expect(trust).toBe(
      'Trust: not scored — no promises in the window; no complaints in the window; no endorsements in the window; nothing the customer said in the window carries a sentiment.',
    );
  });

  it('states the level, its movement, the next step and each flag with ISO days', () => {
    expect(sentences.slice(7)).toEqual([
      'Pyramid: contributing (level 4 of 6) since 2026-04-01.',
      'New on the pyramid: now contributing.',
      `Next step: ${profile.nextStep.text}`,
      'Consent: marketing sent on mail on 2026-05-20 without consent (interaction n1).',
    ]);
  });

  it('explains an empty profile without scores', () => {
    const empty = scoreCustomer(createHistory({ customer: { id: 'c0' }, channels: [], interactions: [] }), {
      asOf: AS_OF,
    });
    const lines = details(empty);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('Engagement: not scored yet — no rule has evidence (0 interactions in the window).');
    for (const label of LABELS) expect(lines.find((s) => s.startsWith(label))).toMatch(/: not scored/);
    expect(lines).toContain('Pyramid: no level yet — nothing qualifies.');
    expect(lines).toContain('No movement: no level then or now.');
  });

  it('takes its words from a custom messages object, and changes no data', () => {
    const french: ExplainMessages = {
      ...englishMessages,
      ruleNames: {
        value: 'Valeur',
        efficiency: 'Efficacité',
        trust: 'Confiance',
        consistency: 'Cohérence',
        relevancy: 'Pertinence',
        control: 'Contrôle',
      },
      composite: (d) =>
        d.score === null
          ? 'Engagement : pas encore de note.'
          : `Engagement ${Math.round(d.score)} sur ${d.scoredRules} règles (${d.evidenceCount} interactions).`,
      rule: (d) => `${d.rule} ${Math.round(d.score)}.`,
      notScored: (d) => `${d.rule} : pas de note.`,
      nextStep: (d) => `Prochaine étape : ${d.text}`,
      flag: (d) => `Consentement : ${d.interactionId} le ${d.date}.`,
    };
    const before = structuredClone(profile);
    const lines = details(profile, { messages: french });
    expect(profile).toEqual(before);
    expect(lines).toHaveLength(sentences.length);
    expect(lines[0]).toBe(`Engagement ${Math.round(profile.composite.score as number)} sur 5 règles (6 interactions).`);
    expect(lines).toContain('Efficacité 100.');
    expect(lines).toContain('Contrôle 69.');
    expect(lines).toContain('Confiance : pas de note.');
    expect(lines).toContain(`Prochaine étape : ${profile.nextStep.text}`);
    expect(lines).toContain('Consentement : n1 le 2026-05-20.');
    // The default words are unaffected
    expect(details(profile)).toEqual(sentences);
  });

  it('leaves out a component without a clause', () => {
    const components = { ...englishMessages.components, responseTime: () => undefined, effort: () => undefined };
    const lines = details(profile, { messages: { ...englishMessages, components } });
    expect(lines).toContain('Efficiency 100 (green).');
  });

  it('matches its documented example', () => {
    const history = createHistory({
      customer: { id: 'c1' },
      channels: [{ id: 'chat', kind: 'chat' }],
      interactions: [
        {
          id: 'q',
          customerId: 'c1',
          channel: 'chat',
          at: '2026-03-01T10:00:00Z',
          direction: 'inbound',
          type: 'question',
        },
        {
          id: 'a',
          customerId: 'c1',
          channel: 'chat',
          at: '2026-03-01T10:03:00Z',
          direction: 'outbound',
          type: 'reply',
          inReplyTo: 'q',
        },
      ],
    });
    const lines = details(scoreCustomer(history, { asOf: '2026-03-02T00:00:00Z' }));
    expect(lines.find((s) => s.startsWith('Efficiency'))).toBe(
      "Efficiency 100 (green): answered within target: 100 % (a late reply earns part, recent ones count more; 1 of 1 request on time); effort spared: 100 % (each channel switch lowers a case's share, recent ones count more; 0 of 1 case needed a channel switch).",
    );
  });

  it('never prints undefined, NaN or null on the sample profiles', () => {
    const profiles = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];
    expect(profiles.length).toBeGreaterThan(0);
    for (const p of profiles) {
      const lines = details(p);
      expect(lines).toHaveLength(10 + p.flags.length);
      for (const line of lines) {
        expect(line).not.toMatch(/undefined|NaN|null|\[object/);
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(0);
      }
      for (const [i, rule] of RULE_NAMES.entries()) {
        expect(lines[1 + i]?.startsWith(englishMessages.ruleNames[rule])).toBe(true);
      }
    }
    // The sample has a hand-set level (c024) and customers moving up and down
    const all = profiles.flatMap((p) => explain(p));
    expect(all.some((s) => s.includes('set by hand'))).toBe(true);
    expect(all.some((s) => s.startsWith('Moving up'))).toBe(true);
    expect(all.some((s) => s.startsWith('Moving down'))).toBe(true);
  });

  it('leads with the three measures, what each means, and a focus read from all three', () => {
    const [activity, composite, level, focus] = explain(profile);
    expect(activity).toMatch(/^Activity \d+ — how engaged they are/);
    expect(composite).toMatch(/^Rules of engagement \d+ \((red|yellow|green)\) — how well we engage them\.$/);
    expect(level).toMatch(/ — how deep the relationship goes\.$/);
    expect(focus).toMatch(/^Focus: /);
    const empty = scoreCustomer(createHistory({ customer: { id: 'c0' }, channels: [], interactions: [] }), {
      asOf: AS_OF,
    });
    const [a, c, l, f] = explain(empty);
    expect(a).toBe('Activity not scored (how engaged they are): the customer initiated nothing in the window.');
    expect(c).toBe('Rules of engagement not scored (how well we engage them): no rule could be scored.');
    expect(l).toBe('Level: none yet — how deep the relationship goes.');
    expect(f).toMatch(/^Focus: they have done nothing lately/);
  });
});

describe('explain: numbers and bands agree', () => {
  it('takes the band from the printed (rounded) score, and words a lapsed customer once', () => {
    const bands = { yellow: 50, green: 75 };
    const words = englishMessages;
    // 74.6 prints as 75: green, never "75 (yellow)"
    expect(words.rule({ rule: 'Efficiency', score: 74.6, band: 'green', clauses: [] })).toBe('Efficiency 75 (green).');
    expect(bands.green).toBe(75);
    expect(words.level({ level: null, rank: 0, override: false, peak: 'following', reachedAt: null })).toBe(
      'Pyramid: lapsed — was following (peak), no qualifying evidence in the window.',
    );
  });
});
