/**
 * The numbers behind the HTML report, computed from the scored population with lodash-es: counts,
 * bins, shares, the top movers and the lapsed, consent flags, and the perception gap. Only aggregates
 * go into the page (plus two short lists of customers), so its size does not grow with the export.
 */
import { countBy, mapValues, orderBy, sumBy, take } from 'lodash-es';
import {
  type EngagementProfile,
  ibm2010,
  PERCEPTION_REASONS,
  PYRAMID_LEVELS,
  perceptionGap,
  RULE_NAMES,
} from '../../index.js';
import { type ScoreRow, scoreRow } from '../rows.js';
import { BAND_LABELS, NO_EVIDENCE } from './bands.js';

/** What the report keeps of each customer. */
export interface ReportCustomer {
  readonly row: ScoreRow;
  readonly rank: number;
  readonly distance: number;
  readonly flagChannels: readonly string[];
}

export function reportCustomer(profile: EngagementProfile): ReportCustomer {
  return {
    row: scoreRow(profile),
    rank: profile.level.rank,
    distance: profile.movement.distance,
    flagChannels: profile.flags.map((flag) => flag.channel),
  };
}

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  readonly band: string;
  readonly count: number;
}

export interface ReportData {
  readonly title: string;
  readonly asOf: string;
  readonly source: string;
  readonly customers: number;
  readonly rejected: number;
  readonly pyramid: readonly { level: string; rank: number; count: number; share: number; movedUp: number }[];
  readonly unclassified: number;
  readonly movement: readonly { direction: string; count: number }[];
  readonly composite: { readonly scored: number; readonly median: number | null; readonly bins: readonly Bin[] };
  readonly bands: readonly { band: string; count: number }[];
  /** The customers' own activity, once profiles carry it; `null` until then or when no one has a score. */
  readonly activity: { readonly scored: number; readonly median: number | null; readonly bins: readonly Bin[] } | null;
  readonly rules: readonly { rule: string; band: string; count: number; share: number }[];
  readonly ruleMedians: readonly { rule: string; median: number | null; scored: number }[];
  readonly topMovers: readonly { customerId: string; from: string; to: string; composite: number | null }[];
  readonly lapsed: readonly { customerId: string; from: string; composite: number | null }[];
  readonly consent: {
    readonly flags: number;
    readonly customers: number;
    readonly byChannel: readonly { channel: string; count: number }[];
  };
  readonly perception: {
    readonly rows: readonly {
      reason: string;
      business: number | null;
      customers: number | null;
      share: number | null;
    }[];
    readonly spearman: number | null;
    readonly source: string;
  };
}

const BANDS = BAND_LABELS;
const bandOfScore = (score: number): string =>
  score < 50 ? BAND_LABELS[0] : score < 75 ? BAND_LABELS[1] : BAND_LABELS[2];

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** 20 bins of 5 points over [0, 100], the last one closed; each bin coloured by the band it lies in. */
function bins(values: readonly number[]): Bin[] {
  const counts = countBy(values, (value) => Math.min(19, Math.floor(value / 5)));
  return Array.from({ length: 20 }, (_, k) => ({
    x0: 5 * k,
    x1: 5 * k + 5,
    band: bandOfScore(5 * k),
    count: counts[k] ?? 0,
  }));
}

const numbers = (values: readonly (string | number | null)[]): number[] =>
  values.filter((value): value is number => typeof value === 'number');

/** Builds the report's data from the scored customers. */
export function reportData(
  customers: readonly ReportCustomer[],
  context: {
    readonly asOf: string;
    readonly source: string;
    readonly rejected: number;
    readonly reasons: { readonly counts: Readonly<Record<string, number>>; readonly customers: number };
  },
): ReportData {
  const rows = customers.map((customer) => customer.row);
  const levelCounts = countBy(rows, (row) => row.level ?? 'none');
  const upInto = countBy(
    rows.filter((row) => row.movement === 'up' || row.movement === 'new'),
    (row) => row.level,
  );
  const n = rows.length;
  const composite = numbers(rows.map((row) => row.composite));
  const activity = numbers(rows.map((row) => row.activity));
  const rules = RULE_NAMES.flatMap((rule) => {
    const byBand = countBy(rows, (row) => {
      const score = row[rule];
      return typeof score === 'number' ? bandOfScore(score) : NO_EVIDENCE;
    });
    return [...BANDS, NO_EVIDENCE].map((band) => ({
      rule,
      band,
      count: byBand[band] ?? 0,
      share: n === 0 ? 0 : (byBand[band] ?? 0) / n,
    }));
  });
  const moved = customers.filter((c) => c.row.movement === 'up' || c.row.movement === 'new');
  const lapsed = customers.filter((c) => c.row.movement === 'lapsed' || c.row.movement === 'down');
  const flagged = customers.filter((c) => c.flagChannels.length > 0);
  const label = new Map<string, string>(PERCEPTION_REASONS.map((reason) => [reason.id, reason.label]));
  const percentages = mapValues(context.reasons.counts, (count) =>
    context.reasons.customers === 0 ? 0 : (100 * count) / context.reasons.customers,
  );
  const gap = perceptionGap({ ranks: ibm2010.businesses.ranks }, { percentages });
  return {
    title: 'Customer engagement report',
    asOf: context.asOf,
    source: context.source,
    customers: n,
    rejected: context.rejected,
    pyramid: PYRAMID_LEVELS.map((level, k) => ({
      level,
      rank: k + 1,
      count: levelCounts[level] ?? 0,
      share: n === 0 ? 0 : (levelCounts[level] ?? 0) / n,
      movedUp: upInto[level] ?? 0,
    })),
    unclassified: levelCounts['none'] ?? 0,
    movement: ['up', 'new', 'same', 'down', 'lapsed'].map((direction) => ({
      direction,
      count: countBy(rows, 'movement')[direction] ?? 0,
    })),
    composite: { scored: composite.length, median: median(composite), bins: bins(composite) },
    bands: ['red', 'yellow', 'green', 'none'].map((band) => ({
      band,
      count: countBy(rows, (row) => row.band ?? 'none')[band] ?? 0,
    })),
    activity:
      activity.length === 0 ? null : { scored: activity.length, median: median(activity), bins: bins(activity) },
    rules,
    ruleMedians: RULE_NAMES.map((rule) => {
      const scores = numbers(rows.map((row) => row[rule]));
      return { rule, median: median(scores), scored: scores.length };
    }),
    topMovers: take(
      orderBy(
        moved,
        [(c) => c.distance, (c) => c.rank, (c) => c.row.composite ?? -1, (c) => c.row.customerId],
        ['desc', 'desc', 'desc', 'asc'],
      ),
      10,
    ).map((c) => ({
      customerId: c.row.customerId,
      from: String(c.row.levelBefore ?? 'none'),
      to: String(c.row.level ?? 'none'),
      composite: typeof c.row.composite === 'number' ? c.row.composite : null,
    })),
    lapsed: take(orderBy(lapsed, [(c) => c.distance, (c) => c.row.customerId], ['desc', 'asc']), 10).map((c) => ({
      customerId: c.row.customerId,
      from: String(c.row.levelBefore ?? 'none'),
      composite: typeof c.row.composite === 'number' ? c.row.composite : null,
    })),
    consent: {
      flags: sumBy(flagged, (c) => c.flagChannels.length),
      customers: flagged.length,
      byChannel: orderBy(
        Object.entries(countBy(flagged.flatMap((c) => c.flagChannels))).map(([channel, count]) => ({ channel, count })),
        ['count', 'channel'],
        ['desc', 'asc'],
      ),
    },
    perception: {
      rows: gap.rows
        .filter((row) => row.businessRank !== null)
        .map((row) => ({
          reason: label.get(row.reason) ?? row.reason,
          business: row.businessRank,
          customers: row.customerRank,
          share: row.customer,
        })),
      spearman: gap.summary.spearman,
      source: `${ibm2010.source.publisher} (${ibm2010.source.year})`,
    },
  };
}
