/**
 * The core in a real browser: the ESM build (dist/index.js) bundled for the browser with esbuild —
 * which fails if the core imports any Node built-in — loaded by a page in headless Chromium, where it
 * parses and scores the sample data. The page's profiles must equal Node's.
 *
 * Needs `npm run build` and Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`), or
 * another binary in CHROMIUM_PATH. Run with `npm run test:browser`.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, FLAGS } from './chromium-launch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}dist/index.js`;

/** Bundles `entryPoint` (or `contents`) for the browser: every import resolved, nothing left external. */
async function bundleForBrowser(input: { entryPoint: string } | { contents: string }): Promise<string> {
  const result = await build({
    ...('entryPoint' in input
      ? { entryPoints: [input.entryPoint] }
      : { stdin: { contents: input.contents, resolveDir: root, loader: 'js' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>engagement-scoring in the browser</title>
<script type="module">
  import { parseDataset, sampleDataset, scoreAll, SAMPLE_AS_OF } from './engagement-scoring.js';
  try {
    const profiles = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];
    window.result = { count: profiles.length, json: JSON.stringify(profiles), userAgent: navigator.userAgent };
  } catch (error) {
    window.result = { error: String(error && error.stack || error) };
  }
</script>`;

/** Differences between two JSON values: numbers beyond 1e-9 relative, anything else at all. */
function compare(actual: unknown, expected: unknown, path = '$'): { mismatches: string[]; inexact: number } {
  const out = { mismatches: [] as string[], inexact: 0 };
  const walk = (a: unknown, e: unknown, at: string): void => {
    if (typeof a === 'number' && typeof e === 'number') {
      if (a === e) return;
      if (Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e))) out.inexact++;
      else out.mismatches.push(`${at}: ${a} ≠ ${e}`);
    } else if (Array.isArray(a) && Array.isArray(e)) {
      if (a.length !== e.length) out.mismatches.push(`${at}: length ${a.length} ≠ ${e.length}`);
      else for (let k = 0; k < a.length; k++) walk(a[k], e[k], `${at}[${k}]`);
    } else if (a !== null && e !== null && typeof a === 'object' && typeof e === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
      for (const key of keys)
        walk((a as Record<string, unknown>)[key], (e as Record<string, unknown>)[key], `${at}.${key}`);
    } else if (a !== e) out.mismatches.push(`${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(e)}`);
  };
  walk(actual, expected, path);
  return out;
}

let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const bundle = await bundleForBrowser({ entryPoint: entry });
  server = createServer((req, res) => {
    if (req.url === '/engagement-scoring.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server?.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the core in headless Chromium', () => {
  it('bundles for the browser without Node built-ins, and the guard does catch one', async () => {
    expect((await bundleForBrowser({ entryPoint: entry })).length).toBeGreaterThan(10_000);
    await expect(
      bundleForBrowser({ contents: "import { readFileSync } from 'node:fs'; readFileSync('x');" }),
    ).rejects.toThrow(/node:fs/);
  });

  it('parses and scores the sample data to the same profiles as Node', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined);
    const result = (await page.evaluate(() => (globalThis as unknown as { result: unknown }).result)) as {
      count?: number;
      json?: string;
      userAgent?: string;
      error?: string;
    };
    expect(errors).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(result.userAgent).toMatch(/Chrome\//);

    const core = (await import(pathToFileURL(entry).href)) as typeof import('../../src/index.js');
    const profiles = [...core.scoreAll(core.parseDataset(core.sampleDataset()), { asOf: core.SAMPLE_AS_OF })];
    expect(result.count).toBe(profiles.length);
    const inBrowser = JSON.parse(result.json ?? '[]') as typeof profiles;
    // Engines may differ in the last bit of Math.pow / Math.exp (Node's V8 and Chromium's are
    // different versions): numbers must agree to 1e-9 relative, everything else exactly.
    const { mismatches, inexact } = compare(inBrowser, JSON.parse(JSON.stringify(profiles)));
    expect(mismatches).toEqual([]);
    expect(inBrowser.map((p) => p.customerId)).toEqual(profiles.map((p) => p.customerId));
    expect(inBrowser[0]?.composite.score).toBeCloseTo(profiles[0]?.composite.score ?? Number.NaN, 9);
    console.log(
      `Chromium (${result.userAgent?.match(/Chrome\/[\d.]+/)?.[0]}): ${result.count} profiles, ` +
        `${inBrowser[0]?.customerId} composite ${inBrowser[0]?.composite.score} (Node ${profiles[0]?.composite.score}); ` +
        `${inexact} of the numbers differ from Node's in the last digits only`,
    );
  });
});
