/**
 * A scoring service for integrators, on nothing but `node:http`: JSON in, JSON out.
 *
 *   POST /score   body `{ dataset: { customers, channels, interactions }, asOf, config?, mode? }`
 *                 → 200 and a JSON array of EngagementProfile (schema: engagement-scoring/schemas/engagement-profile.json)
 *                 → 200 `{ profiles, rejected, warnings, summary }` with `"mode": "collect"`: the valid records
 *                   scored, every rejected record with its issues, the warnings, and summarizeIssues' lines
 *                 → 400 `{ error: 'invalid-input', issues: [{ path, code, message }] }` for bad records or options
 *                   (a missing `asOf` is `{ path: ['asOf'], code: 'missing-field' }`)
 *                 → 400 `{ error: 'malformed-json', message }` when the body is not JSON
 *                 → 413 `{ error: 'body-too-large', limit }` past `maxBodyBytes` (default 10 MB), without reading it all
 *                 → 415 `{ error: 'unsupported-media-type' }` unless the Content-Type is application/json
 *                 → 408 and the connection closed when headers or body take longer than `timeoutMs` (default 10 s)
 *   other paths   → 404 `{ error: 'not-found' }`; other methods on /score → 405 `{ error: 'method-not-allowed' }`
 *
 * Run it:
 *   npx tsx examples/http-service.ts                 serve on http://127.0.0.1:8080 (--port, --host, --max-body-bytes)
 *   npx tsx examples/http-service.ts --self-test     ephemeral loopback port, one request with the sample data, exit
 *
 * Issue paths start at the request body (`['dataset', 'interactions', 3, 'at']`), so a client can point
 * at the offending field. The profiles are streamed one by one as `scoreAll` produces them.
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Dataset,
  EngagementInputError,
  type EngagementProfile,
  type InputIssue,
  parseDataset,
  type RejectedRecord,
  SAMPLE_AS_OF,
  type ScoringConfigInput,
  sampleDataset,
  scoreAll,
  summarizeIssues,
  type TimestampInput,
} from '../src/index.js';

/** Options of {@link createScoringServer}. */
export interface ScoringServerOptions {
  /** Largest request body accepted, in bytes (default 10 MB); larger bodies get 413. */
  readonly maxBodyBytes?: number | undefined;
  /**
   * How long a client may take to send its headers and its whole body, in ms (default 10 s); a
   * stalled request gets 408 and its connection is closed.
   */
  readonly timeoutMs?: number | undefined;
}

/** The default time a client has to send a whole request: 10 s. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The default request body limit: 10 MB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

class BodyTooLarge extends Error {}

/** Creates (does not start) the scoring server. Call `listen` on the result. */
export function createScoringServer(options: ScoringServerOptions = {}): Server {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Node answers 408 and closes the socket when headers (headersTimeout) or the whole request
  // (requestTimeout) take longer; it checks every connectionsCheckingInterval ms.
  const timeouts = {
    headersTimeout: timeout,
    requestTimeout: timeout,
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(timeout / 4))),
  };
  return createServer(timeouts, (req, res) => {
    handle(req, res, limit).catch((error: unknown) => {
      // A request cut off (timed out with 408 by Node, or aborted by the client): nothing to answer.
      if (req.destroyed && !res.headersSent) return;
      console.error('http-service: unexpected error', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal-error' });
      else res.destroy();
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname !== '/score') return sendJson(res, 404, { error: 'not-found' });
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, { error: 'method-not-allowed' });
  }

  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (contentType !== 'application/json') {
    res.setHeader('Connection', 'close');
    return sendJson(res, 415, { error: 'unsupported-media-type', expected: 'application/json' });
  }

  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // Close the connection after answering: the rest of the body is never read into memory.
    res.setHeader('Connection', 'close');
    return sendJson(res, 413, { error: 'body-too-large', limit });
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return sendJson(res, 400, { error: 'malformed-json', message: (error as Error).message });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return sendInvalid(res, [
      { path: [], code: 'invalid-type', message: 'expected an object { dataset, asOf, config? }' },
    ]);
  }

  const {
    dataset: input,
    asOf,
    config,
    mode,
  } = body as {
    dataset?: unknown;
    asOf?: unknown;
    config?: unknown;
    mode?: unknown;
  };
  if (asOf === undefined) {
    return sendInvalid(res, [
      { path: ['asOf'], code: 'missing-field', message: 'asOf is required: the moment to score at' },
    ]);
  }
  if (mode !== undefined && mode !== 'strict' && mode !== 'collect') {
    return sendInvalid(res, [
      { path: ['mode'], code: 'invalid-option', message: "mode must be 'strict' or 'collect'" },
    ]);
  }
  let dataset: Dataset;
  let collected: { rejected: readonly RejectedRecord[]; warnings: unknown; summary: readonly string[] } | undefined;
  try {
    if (mode === 'collect') {
      const result = parseDataset(input, { mode: 'collect' });
      dataset = result.dataset;
      collected = {
        // The records themselves stay out of the answer: the client has them; index and issues point at them.
        rejected: result.rejected.map(({ collection, index, issues }) => ({
          collection,
          index,
          record: undefined,
          issues: issues.map((issue) => ({ ...issue, path: ['dataset', ...issue.path] })),
        })),
        warnings: result.warnings.map((warning) => ({ ...warning, path: ['dataset', ...warning.path] })),
        summary: summarizeIssues(result).lines,
      };
    } else {
      dataset = parseDataset(input, { mode: 'strict' });
    }
  } catch (error) {
    if (!(error instanceof EngagementInputError)) throw error;
    // parseDataset's paths start at the dataset; the client's start at the request body.
    return sendInvalid(
      res,
      error.issues.map((issue) => ({ ...issue, path: ['dataset', ...issue.path] })),
    );
  }
  let profiles: Iterable<EngagementProfile>;
  try {
    // The library validates both; scoreAll checks them before the first profile is produced.
    profiles = scoreAll(dataset, { asOf: asOf as TimestampInput, config: config as ScoringConfigInput | undefined });
  } catch (error) {
    if (!(error instanceof EngagementInputError)) throw error;
    return sendInvalid(res, error.issues);
  }

  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  if (collected !== undefined) {
    const head = {
      rejected: collected.rejected.map(({ record: _omitted, ...rest }) => rest),
      warnings: collected.warnings,
      summary: collected.summary,
    };
    res.write(`${JSON.stringify(head).slice(0, -1)},"profiles":`);
  }
  let first = true;
  for (const profile of profiles) {
    const chunk = `${first ? '[' : ','}${JSON.stringify(profile)}`;
    first = false;
    if (!res.write(chunk)) await once(res, 'drain');
  }
  res.end(`${first ? '[]' : ']'}${collected !== undefined ? '}' : ''}`);
}

/** Reads the body as UTF-8 text, refusing it as soon as it is larger than `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function sendInvalid(res: ServerResponse, issues: readonly InputIssue[]): void {
  sendJson(res, 400, { error: 'invalid-input', issues });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Starts the server and resolves with its base URL once it listens. */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}

/** Serves until stopped, or with `--self-test` scores the sample data once over HTTP and exits. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'max-body-bytes': { type: 'string', default: String(DEFAULT_MAX_BODY_BYTES) },
      'self-test': { type: 'boolean', default: false },
    },
  });
  const server = createScoringServer({ maxBodyBytes: Number(values['max-body-bytes']) });

  if (!values['self-test']) {
    const url = await listen(server, Number(values.port), values.host);
    console.log(`engagement-scoring service on ${url}: POST ${url}/score with { dataset, asOf, config? }`);
    return;
  }

  const url = await listen(server, 0, '127.0.0.1');
  try {
    const started = performance.now();
    const response = await fetch(`${url}/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataset: sampleDataset(), asOf: SAMPLE_AS_OF }),
    });
    const profiles = (await response.json()) as { customerId: string; composite: { score: number | null } }[];
    if (response.status !== 200 || !Array.isArray(profiles)) throw new Error(`unexpected status ${response.status}`);
    const [first] = profiles;
    console.log(
      `POST ${url}/score → ${response.status}: ${profiles.length} profiles in ${Math.round(performance.now() - started)} ms` +
        ` (${first?.customerId} composite ${first?.composite.score?.toFixed(1)})`,
    );
    const bad = await fetch(`${url}/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"dataset": ',
    });
    console.log(
      `POST ${url}/score with malformed JSON → ${bad.status} ${JSON.stringify(await bad.json()).slice(0, 60)}…`,
    );
  } finally {
    server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
