/**
 * The main job on the built-in sample data: `npm run demo`.
 *
 * Validates the sample, scores every customer, and prints the report a customer-success team reads:
 * the three measures of each customer (activity, the rules-of-engagement composite, the level) with
 * what to do about them, the pyramid distribution, composite scores by band, the top movers, three customers explained in
 * sentences, consent flags, and the perception gap between what a business typically believes
 * (the executives' ranking in the IBM 2010 study) and why the sample's customers actually interacted.
 */
import {
  explain,
  ibm2010,
  levelDistribution,
  levelMovers,
  PERCEPTION_REASONS,
  parseDataset,
  perceptionGap,
  reasonShares,
  resolveConfig,
  SAMPLE_AS_OF,
  sampleDataset,
  scoreAll,
} from '../src/index.js';

const line = (text = '') => console.log(text);
const heading = (text: string) => line(`\n${text}\n${'─'.repeat(text.length)}`);
const bar = (share: number, width = 30) => '█'.repeat(Math.round(share * width)).padEnd(width, '·');
const pct = (share: number) => `${(share * 100).toFixed(0).padStart(3)}%`;
const label = new Map(PERCEPTION_REASONS.map((r) => [r.id as string, r.label]));

// 1. Validate (collect mode: nothing is silently dropped).
const { dataset, rejected } = parseDataset(sampleDataset(), { mode: 'collect' });
line(`engagement-scoring demo — sample data scored as of ${SAMPLE_AS_OF}`);
line(
  `${dataset.customers.length} customers, ${dataset.channels.length} channels (${[...new Set(dataset.channels.map((c) => c.kind))].join(', ')}), ` +
    `${dataset.interactions.length} interactions; ${rejected.length} records rejected.`,
);

// 2. Score everyone once, with one parsed configuration.
const config = resolveConfig();
const profiles = [...scoreAll(dataset, { asOf: SAMPLE_AS_OF, config })];

heading('Three measures: how engaged, how well served, how deep');
line('Activity            how engaged they are: their own recent, frequent, deep engagement (0–100)');
line('Rules of engagement how well we engage them: the six rules combined (0–100, red/yellow/green)');
line('Level               how deep the relationship goes: the Engagement Pyramid (1–6)');
line();
const fmt = (n: number | null) => (n === null ? '  —' : String(Math.round(n)).padStart(3));
const byActivity = [...profiles].sort((a, b) => (b.activity.score ?? -1) - (a.activity.score ?? -1));
line('customer  activity  rules  level          focus');
for (const p of byActivity.slice(0, 10)) {
  // explain() leads with the three measures, then a focus read from all three.
  const focus = (explain(p)[3] ?? '').replace(/^Focus: /, '');
  line(
    `${p.customerId.padEnd(9)} ${fmt(p.activity.score)}       ${fmt(p.composite.score)}    ${String(p.level.level ?? '—').padEnd(14)} ${focus}`,
  );
}

heading('Engagement Pyramid');
const distribution = levelDistribution(profiles.map((p) => p.level));
for (const row of [...distribution.levels].reverse()) {
  line(
    `${String(row.rank)} ${row.level.padEnd(13)} ${bar(row.share)} ${String(row.count).padStart(3)} ${pct(row.share)}`,
  );
}
line(`  unclassified  ${String(distribution.unclassified).padStart(33)}`);
const belowFour = distribution.levels.filter((r) => r.rank < 4).reduce((sum, r) => sum + r.count, 0);
line(`${belowFour} of ${distribution.classified} classified customers are below contributing (level 4).`);

heading('Composite engagement by band');
const bands = { green: 0, yellow: 0, red: 0, unscored: 0 };
for (const p of profiles) bands[p.composite.band ?? 'unscored']++;
for (const [band, count] of Object.entries(bands)) {
  line(`${band.padEnd(9)} ${bar(count / profiles.length)} ${String(count).padStart(3)}`);
}
const scored = profiles.flatMap((p) => (p.composite.score === null ? [] : [p.composite.score]));
line(
  `mean composite ${(scored.reduce((a, b) => a + b, 0) / scored.length).toFixed(1)} over ${scored.length} scored customers.`,
);

heading('Top movers (last 90 days)');
const movers = levelMovers(
  profiles.map((p) => ({ customerId: p.customerId, movement: p.movement })),
  { include: ['up', 'down', 'new', 'returning', 'lapsed'], limit: 8 },
);
for (const { customerId, movement } of movers) {
  line(
    `${customerId}  ${movement.direction.padEnd(9)} ${String(movement.from ?? '—').padEnd(13)} → ${movement.to ?? '—'}`,
  );
}

heading('Three customers, explained');
const byComposite = profiles
  .filter((p) => p.composite.score !== null && p.composite.coverage >= 0.5) // well-evidenced customers
  .sort((a, b) => (b.composite.score ?? 0) - (a.composite.score ?? 0));
const chosen = [byComposite[0], byComposite[Math.floor(byComposite.length / 2)], byComposite[byComposite.length - 1]];
for (const profile of chosen) {
  if (profile === undefined) continue;
  line(`\n${profile.customerId}`);
  for (const sentence of explain(profile)) line(`  ${sentence}`);
}

heading('Consent flags');
const flags = profiles.flatMap((p) => p.flags.map((flag) => ({ customerId: p.customerId, ...flag })));
if (flags.length === 0) line('none');
for (const f of flags) {
  line(
    `${f.customerId}  ${f.code}  ${f.purpose} on ${f.channel} at ${new Date(f.at).toISOString()} (interaction ${f.interactionId})`,
  );
}

heading('Perception gap: what businesses believe vs why these customers interacted');
const observed = reasonShares(dataset, { asOf: SAMPLE_AS_OF, reasons: PERCEPTION_REASONS.map((r) => r.id) });
const gap = perceptionGap({ ranks: ibm2010.businesses.ranks }, { percentages: observed.percentages });
line('reason                                     business rank  customers  customer rank');
for (const row of gap.rows) {
  line(
    `${(label.get(row.reason) ?? row.reason).padEnd(44)} ${String(row.businessRank ?? '—').padStart(6)}  ${row.customer === null ? '     —' : pct(row.customer / 100).padStart(9)}  ${String(row.customerRank ?? '—').padStart(9)}   ${row.direction ?? ''}`,
  );
}
const rho = gap.summary.spearman;
line(
  `\nSpearman rank correlation ${rho === null ? 'n/a' : rho.toFixed(2)} over ${gap.summary.counts.shared} reasons ` +
    `(businesses' ranks: ${ibm2010.source.publisher}, ${ibm2010.source.year}; customers: ${observed.customers} sample customers).`,
);
