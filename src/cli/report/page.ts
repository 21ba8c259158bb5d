/// <reference lib="dom" />
/**
 * The report page's script: draws every chart with Observable Plot from the data embedded in the
 * page. Bundled (with Plot and d3) at build time into dist/report-page.js and inlined into each
 * report, so the HTML file needs no network.
 */
import * as Plot from '@observablehq/plot';
import { BAND_LABELS, NO_EVIDENCE } from './bands.js';
import type { ReportData } from './report-data.js';

const BANDS = [...BAND_LABELS, NO_EVIDENCE];
const BAND_COLORS = ['#d64545', '#e8b13a', '#3a9d5d', '#d9dde3'];
const RED = '#d64545';
const LEVEL_COLOR = '#3f6fb5';
const font = { fontSize: '13px', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' };

const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}') as ReportData;

function mount(id: string, chart: Element): void {
  const host = document.getElementById(id);
  if (host === null) return;
  host.replaceChildren(chart);
}

const count = (n: number): string => n.toLocaleString('en-US');
const pct = (share: number): string => `${Math.round(share * 100)}%`;

// The Engagement Pyramid: one centred bar per level, leading at the top; labels with counts and who moved up.
const levels = [...data.pyramid].reverse();
const widest = Math.max(1, ...levels.map((l) => l.count));
mount(
  'chart-pyramid',
  Plot.plot({
    style: font,
    width: 760,
    height: 300,
    marginLeft: 110,
    marginRight: 20,
    x: { axis: null, domain: [-widest / 2, widest / 2] },
    y: { domain: levels.map((l) => l.level), label: null, tickSize: 0 },
    marks: [
      Plot.barX(levels, {
        y: 'level',
        x1: (d: (typeof levels)[number]) => -d.count / 2,
        x2: (d: (typeof levels)[number]) => d.count / 2,
        fill: LEVEL_COLOR,
        fillOpacity: (d: (typeof levels)[number]) => 0.35 + (0.65 * d.rank) / 6,
        inset: 2,
      }),
      Plot.text(levels, {
        y: 'level',
        x: 0,
        text: (d: (typeof levels)[number]) =>
          `${count(d.count)} (${pct(d.share)})${d.movedUp > 0 ? `  ▲ ${count(d.movedUp)} moved up` : ''}`,
        fill: 'black',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  }),
);

// Movement over the last period.
mount(
  'chart-movement',
  Plot.plot({
    style: font,
    width: 760,
    height: 200,
    marginLeft: 70,
    x: { label: 'customers', grid: true },
    y: { domain: data.movement.map((m) => m.direction), label: null },
    color: {
      domain: ['up', 'new', 'same', 'down', 'lapsed'],
      range: ['#3a9d5d', '#7cc48f', '#b8bec7', '#e8b13a', '#d64545'],
    },
    marks: [
      Plot.barX(data.movement, { y: 'direction', x: 'count', fill: 'direction' }),
      Plot.text(data.movement, {
        y: 'direction',
        x: 'count',
        text: (d: { count: number }) => count(d.count),
        dx: 6,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  }),
);

/** A histogram of 0–100 scores in 5-point bins, coloured by band. */
function histogram(bins: ReportData['composite']['bins'], label: string): Element {
  return Plot.plot({
    style: font,
    width: 760,
    height: 240,
    x: { label, domain: [0, 100] },
    y: { label: 'customers', grid: true },
    color: { domain: [...BAND_LABELS], range: BAND_COLORS.slice(0, 3), legend: true },
    marks: [Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: 'band', inset: 1 }), Plot.ruleY([0])],
  });
}

mount('chart-composite', histogram(data.composite.bins, 'rules-of-engagement composite (0–100) →'));
if (data.activity !== null) {
  document.getElementById('section-activity')?.removeAttribute('hidden');
  mount('chart-activity', histogram(data.activity.bins, 'activity (0–100) →'));
}

// The six rules side by side: the share of customers in each band per rule.
mount(
  'chart-rules',
  Plot.plot({
    style: font,
    width: 760,
    height: 260,
    marginLeft: 90,
    x: { label: 'share of customers →', tickFormat: '%', domain: [0, 1] },
    y: { domain: data.ruleMedians.map((r) => r.rule), label: null },
    color: { domain: BANDS, range: BAND_COLORS, legend: true },
    marks: [
      Plot.barX(data.rules, {
        y: 'rule',
        x: 'share',
        fill: 'band',
        order: BANDS,
        title: (d: { rule: string; band: string; count: number; share: number }) =>
          `${d.rule}: ${count(d.count)} customers ${d.band} (${pct(d.share)})`,
      }),
      Plot.ruleX([0, 1]),
    ],
  }),
);

// The perception gap: each reason's rank among businesses and among these customers.
const reasons = data.perception.rows;
mount(
  'chart-perception',
  Plot.plot({
    style: font,
    width: 760,
    height: 40 + 30 * reasons.length,
    marginLeft: 300,
    x: { label: 'rank (1 = cited most) →', domain: [0.5, reasons.length + 0.5], ticks: reasons.length, grid: true },
    y: { domain: reasons.map((r) => r.reason), label: null },
    color: { domain: ['businesses believe', 'these customers do'], range: ['#8a5cc2', '#2f9c95'], legend: true },
    marks: [
      Plot.link(
        reasons.filter((r) => r.customers !== null),
        { y1: 'reason', y2: 'reason', x1: 'business', x2: 'customers', stroke: '#9aa3ad', strokeWidth: 2 },
      ),
      Plot.dot(reasons, { y: 'reason', x: 'business', fill: () => 'businesses believe', r: 6 }),
      Plot.dot(
        reasons.filter((r) => r.customers !== null),
        { y: 'reason', x: 'customers', fill: () => 'these customers do', r: 6 },
      ),
    ],
  }),
);

// Consent flags by channel.
mount(
  'chart-consent',
  Plot.plot({
    style: font,
    width: 760,
    height: 60 + 28 * Math.max(1, data.consent.byChannel.length),
    marginLeft: 110,
    x: {
      label: 'marketing messages sent without consent →',
      grid: true,
      ticks: Math.min(10, Math.max(1, ...data.consent.byChannel.map((d) => d.count))),
      tickFormat: 'd',
    },
    y: { label: null },
    marks: [
      Plot.barX(data.consent.byChannel, { y: 'channel', x: 'count', fill: RED, sort: { y: '-x' } }),
      data.consent.byChannel.length === 0
        ? Plot.text(['No marketing was sent without consent.'], { frameAnchor: 'middle', fontSize: 14 })
        : Plot.text(data.consent.byChannel, {
            y: 'channel',
            x: 'count',
            text: (d: { count: number }) => count(d.count),
            dx: 6,
            textAnchor: 'start',
          }),
      Plot.ruleX([0]),
    ],
  }),
);

document.body.dataset['rendered'] = 'true';
