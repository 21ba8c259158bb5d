/**
 * The HTML report in a real browser: `engagement-scoring report` (the built CLI, dist/cli.js) writes
 * the report of the sample export; headless Chromium opens the file offline and must render every
 * chart as an SVG with no console error and no request beyond the file itself. Screenshots of each
 * chart keep it from silently breaking (a blank or missing chart is a few hundred bytes of PNG).
 *
 * Needs `npm run build` and Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run with
 * `npm run test:browser`. REPORT_SCREENSHOT=<file.png> also saves a full-page screenshot.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, FLAGS } from './chromium-launch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const CHARTS = ['pyramid', 'movement', 'composite', 'rules', 'consent', 'perception'];

let browser: Browser | undefined;
let dir = '';
let report = '';

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  dir = mkdtempSync(join(tmpdir(), 'engagement-report-'));
  report = join(dir, 'report.html');
  execFileSync(process.execPath, [
    cli,
    'report',
    '--in',
    join(root, 'examples', 'data'),
    '--as-of',
    '2026-06-30T00:00:00Z',
    '--out',
    report,
    '--in-memory',
    '--quiet',
  ]);
  browser = await chromium.launch({ executablePath, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a report file and waits for its charts; collects errors and every request. */
async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await (browser as Browser).newPage({ viewport: { width: 1000, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 30_000 });
  return { page, errors, requests };
}

describe('the HTML report in headless Chromium', () => {
  it('renders every chart as an SVG, offline, with no console error', async () => {
    const { page, errors, requests } = await open(report);
    expect(errors).toEqual([]);
    // Only the file itself: no script, style, font or image from anywhere else.
    expect(requests).toEqual([pathToFileURL(report).href]);
    for (const chart of CHARTS) {
      const marks = await page.locator(`#chart-${chart} svg`).locator('rect, circle, path').count();
      expect(marks, chart).toBeGreaterThan(3);
      const png = await page.locator(`#chart-${chart}`).screenshot();
      expect(png.length, `${chart} screenshot`).toBeGreaterThan(3_000);
    }
    // Every profile carries activity: its distribution is shown as a chart too.
    expect(await page.locator('#section-activity').isVisible()).toBe(true);
    expect(await page.locator('#chart-activity svg rect').count()).toBeGreaterThan(3);
    expect(await page.locator('#section-movers tbody tr').count()).toBeGreaterThan(0);
    const screenshot = process.env['REPORT_SCREENSHOT'];
    if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
  });

  it('hides the activity section when no profile carries an activity score', async () => {
    const html = readFileSync(report, 'utf8');
    const withoutActivity = html.replace(/"activity":\{"scored":[^}]*\[[^\]]*\]\}/, '"activity":null');
    expect(withoutActivity).not.toBe(html);
    const file = join(dir, 'without-activity.html');
    writeFileSync(file, withoutActivity);
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    expect(await page.locator('#section-activity').isVisible()).toBe(false);
    await page.close();
  });
});
