/** Fills the report template: headline figures and tables as HTML, the data and the chart script inline. */
import type { ReportData } from './report-data.js';
import template from './template.html';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const count = (n: number): string => n.toLocaleString('en-US');
const score = (value: number | null): string => (value === null ? '—' : value.toFixed(0));

function table(headers: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headers
    .map((h, k) => `<th${k === headers.length - 1 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, k) => `<td${k === row.length - 1 ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The whole report as one HTML document. `script` is the bundled chart code. */
export function renderReport(data: ReportData, script: string, version: string): string {
  const movedUp = data.pyramid.reduce((sum, level) => sum + level.movedUp, 0);
  const values: Record<string, string> = {
    title: escapeHtml(data.title),
    asOfDate: escapeHtml(data.asOf),
    source: escapeHtml(data.source),
    version: escapeHtml(version),
    customers: count(data.customers),
    medianComposite: score(data.composite.median),
    movedUp: count(movedUp),
    consentFlags: count(data.consent.flags),
    unclassified:
      data.unclassified > 0
        ? escapeHtml(`${count(data.unclassified)} customers show no level yet (no qualifying interaction).`)
        : '',
    noComposite:
      data.customers > data.composite.scored
        ? escapeHtml(
            `${count(data.customers - data.composite.scored)} customers have no score yet (too little evidence).`,
          )
        : '',
    moversTable: table(
      ['customer', 'from', 'to', 'score'],
      data.topMovers.map((m) => [m.customerId, m.from, m.to, score(m.composite)]),
      'Nobody moved up in this period.',
    ),
    lapsedTable: table(
      ['customer', 'was', 'score'],
      data.lapsed.map((m) => [m.customerId, m.from, score(m.composite)]),
      'Nobody lapsed in this period.',
    ),
    perceptionSource: escapeHtml(data.perception.source),
    spearman:
      data.perception.spearman === null
        ? ''
        : escapeHtml(
            `The two orders agree with a rank correlation of ${data.perception.spearman.toFixed(2)} (1 = same order, −1 = reversed).`,
          ),
  };
  // The two scripts are placeholders a formatter keeps intact: valid JSON and a JavaScript comment.
  // A script element ends at the first "</script": make sure the bundle cannot contain one.
  const inline = (text: string): string => text.replace(/<\/script/gi, '<\\/script');
  return template
    .replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match)
    .replace('id="report-data">null</script>', () => `id="report-data">${scriptJson(data)}</script>`)
    .replace('<script>/* charts */</script>', () => `<script>${inline(script)}</script>`);
}
