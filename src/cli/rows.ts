/** scores.csv: one flat row per customer, what a spreadsheet or a BI tool reads. */
import type { EngagementProfile } from '../index.js';
import { RULE_NAMES } from '../index.js';

/** The columns of scores.csv, in order. */
export const SCORE_COLUMNS = [
  'customerId',
  'activity',
  'composite',
  'band',
  ...RULE_NAMES,
  'coverage',
  'level',
  'peak',
  'movement',
  'levelBefore',
  'nextStep',
  'consentFlags',
] as const;

export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

/** One row of scores.csv: numbers rounded to two decimals, `null` for an empty cell. */
export type ScoreRow = {
  readonly customerId: string;
  readonly activity: number | null;
  readonly composite: number | null;
  readonly band: string | null;
  readonly coverage: number;
  readonly level: string | null;
  readonly peak: string | null;
  readonly movement: string;
  readonly levelBefore: string | null;
  readonly nextStep: string;
  readonly consentFlags: number;
} & { readonly [R in (typeof RULE_NAMES)[number]]: number | null };

const round2 = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

/** Maps a profile to its scores.csv row. */
export function scoreRow(profile: EngagementProfile): ScoreRow {
  const rules = Object.fromEntries(RULE_NAMES.map((rule) => [rule, round2(profile.rules[rule].score)])) as {
    [R in (typeof RULE_NAMES)[number]]: number | null;
  };
  return {
    customerId: profile.customerId,
    activity: round2(profile.activity.score),
    composite: round2(profile.composite.score),
    band: profile.composite.band,
    ...rules,
    coverage: Math.round(profile.composite.coverage * 100) / 100,
    level: profile.level.level,
    peak: profile.level.peak,
    movement: profile.movement.direction,
    levelBefore: profile.movement.from,
    nextStep: profile.nextStep.text,
    consentFlags: profile.flags.length,
  };
}

/** A cell in CSV (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const SCORE_HEADER = SCORE_COLUMNS.join(',');

/** One line of scores.csv. */
export function csvLine(row: ScoreRow): string {
  return SCORE_COLUMNS.map((column) => csvCell(row[column])).join(',');
}
