/**
 * The HTTP service example (examples/http-service.ts) on a real loopback port: valid requests,
 * malformed JSON, invalid records and options, oversize bodies, unknown routes and methods.
 */
import { request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScoringServer,
  DEFAULT_MAX_BODY_BYTES,
  listen,
  main as runExample,
} from '../../examples/http-service.js';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../../src/index.js';

const LIMIT = 64 * 1024;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createScoringServer({ maxBodyBytes: LIMIT });
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (body: string, path = '/score'): Promise<Response> =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A small valid dataset: the first three sample customers with their channels and interactions. */
function smallDataset() {
  const data = sampleDataset();
  const ids = new Set(['c001', 'c002', 'c003']);
  return {
    customers: data.customers.filter((c) => ids.has(c.id)),
    channels: data.channels,
    interactions: data.interactions.filter((i) => ids.has(i.customerId)),
  };
}

describe('examples/http-service', () => {
  it('scores a valid dataset: 200 and the same profiles as scoreAll, as JSON', async () => {
    const dataset = smallDataset();
    const response = await post(JSON.stringify({ dataset, asOf: SAMPLE_AS_OF }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const expected = JSON.parse(JSON.stringify([...scoreAll(parseDataset(dataset), { asOf: SAMPLE_AS_OF })]));
    expect(await response.json()).toEqual(expected);
  });

  it('applies the configuration sent with the request', async () => {
    const dataset = smallDataset();
    // Every score is at least 0, so with both band thresholds at 0 every scored customer is green.
    const config = { composite: { bands: { yellow: 0, green: 0 } } };
    const response = await post(JSON.stringify({ dataset, asOf: SAMPLE_AS_OF, config }));
    expect(response.status).toBe(200);
    const profiles = (await response.json()) as { composite: { score: number | null; band: string | null } }[];
    const scored = profiles.filter((p) => p.composite.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.map((p) => p.composite.band)).toEqual(scored.map(() => 'green'));
  });

  it('returns an empty array for an empty dataset', async () => {
    const response = await post(
      JSON.stringify({ dataset: { customers: [], channels: [], interactions: [] }, asOf: SAMPLE_AS_OF }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const response = await post('{"dataset": [');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'malformed-json', message: expect.any(String) });
  });

  it('answers a body that is not an object with 400 invalid-input', async () => {
    const response = await post('[1, 2]');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-input', issues: [{ code: 'invalid-type' }] });
  });

  it('answers invalid records with 400 and every issue, paths from the request body', async () => {
    const dataset = smallDataset();
    const [first, second] = dataset.interactions;
    dataset.interactions = [
      { ...(first as (typeof dataset.interactions)[number]), at: '2026-03-01T09:00:00' },
      { ...(second as (typeof dataset.interactions)[number]), channel: 'carrier-pigeon' },
      ...dataset.interactions.slice(2),
    ];
    const response = await post(JSON.stringify({ dataset, asOf: SAMPLE_AS_OF }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: unknown[]; code: string }[] };
    expect(body.error).toBe('invalid-input');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['dataset', 'interactions', 0, 'at'], code: 'offset-less-timestamp' }),
        expect.objectContaining({ path: ['dataset', 'interactions', 1, 'channel'], code: 'unknown-channel' }),
      ]),
    );
  });

  it('answers a missing dataset, a missing asOf and a bad configuration with 400', async () => {
    const noDataset = await post(JSON.stringify({ asOf: SAMPLE_AS_OF }));
    expect(noDataset.status).toBe(400);
    expect(await noDataset.json()).toMatchObject({ error: 'invalid-input' });

    const noAsOf = await post(JSON.stringify({ dataset: smallDataset() }));
    expect(noAsOf.status).toBe(400);
    expect(await noAsOf.json()).toMatchObject({ issues: [{ path: ['asOf'], code: 'missing-field' }] });

    const badConfig = await post(
      JSON.stringify({ dataset: smallDataset(), asOf: SAMPLE_AS_OF, config: { halfLife: { days: -1 } } }),
    );
    expect(badConfig.status).toBe(400);
    const body = (await badConfig.json()) as { issues: { path: unknown[] }[] };
    expect(body.issues[0]?.path[0]).toBe('config');
  });

  it('refuses a body over the limit by its declared length with 413', async () => {
    const response = await post(JSON.stringify({ padding: 'x'.repeat(LIMIT) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body-too-large', limit: LIMIT });
  });

  it('refuses a streamed body over the limit with 413 before it has all been sent', async () => {
    const chunk = 'x'.repeat(4096);
    const total = LIMIT * 16;
    const { status, sent } = await new Promise<{ status: number | undefined; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(
        `${base}/score`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked', 'content-type': 'application/json' } },
        (res) => {
          answered = true;
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, sent }));
        },
      );
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const pump = (): void => {
        if (answered || sent >= total) {
          req.end();
          return;
        }
        sent += chunk.length;
        req.write(chunk);
        setTimeout(pump, 1);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(total);
  });

  it('answers unknown routes with 404 and other methods with 405', async () => {
    const notFound = await post('{}', '/nope');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: 'not-found' });
    const wrongMethod = await fetch(`${base}/score`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toEqual({ error: 'method-not-allowed' });
  });

  it('defaults to a 10 MB limit', () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(10 * 1024 * 1024);
  });

  it('runs its self-test (what npm run examples does)', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await runExample(['--self-test']);
    } finally {
      console.log = log;
    }
    expect(lines[0]).toMatch(/→ 200: 50 profiles/);
    expect(lines[1]).toMatch(/→ 400/);
  });

  it('honours "mode": "collect": 200 with the valid records scored, the rejections, warnings and a summary', async () => {
    const dataset = smallDataset();
    const broken = { ...dataset, interactions: [...dataset.interactions, { id: 'bad', at: '2026-03-01T10:00:00' }] };
    const response = await post(JSON.stringify({ dataset: broken, asOf: SAMPLE_AS_OF, mode: 'collect' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      profiles: unknown[];
      rejected: { index: number; issues: { path: unknown[]; code: string }[] }[];
      warnings: unknown[];
      summary: string[];
    };
    expect(body.profiles).toHaveLength(3);
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0]?.issues[0]?.path.slice(0, 2)).toEqual(['dataset', 'interactions']);
    expect(body.warnings).toEqual([]);
    expect(body.summary.length).toBeGreaterThan(0);
  });

  it('requires application/json: 415 otherwise', async () => {
    const response = await fetch(`${base}/score`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ dataset: smallDataset(), asOf: SAMPLE_AS_OF }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
  });

  it('answers a stalled body with 408 and closes the connection', async () => {
    const slow = createScoringServer({ timeoutMs: 300 });
    const url = await listen(slow, 0, '127.0.0.1');
    try {
      const outcome = await new Promise<{ status: number | undefined; closed: boolean }>((resolve) => {
        const req = request(
          `${url}/score`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode, closed: res.headers.connection === 'close' }));
          },
        );
        req.on('error', () => resolve({ status: undefined, closed: true }));
        req.write('{"dataset":'); // … and never the rest
      });
      expect(outcome.status).toBe(408);
      expect(outcome.closed).toBe(true);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  }, 10_000);
});
