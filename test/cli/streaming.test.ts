/**
 * Streaming: interactions grouped by customer are scored customer by customer, with exactly the
 * output of the in-memory path; unsorted input is detected (fallback with a warning, or exit 1 under
 * --sorted). Progress appears on a terminal only. (The memory bound is measured by bench/cli.bench.ts.)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AS_OF,
  builtCli,
  read,
  readJsonl,
  removeTempDirs,
  runCli,
  SAMPLE_CSV,
  sampleCopy,
  sortCsvBy,
  sortedSample,
  tempDir,
} from './support.js';

let cli = '';
beforeAll(async () => {
  cli = await builtCli('streaming');
});
afterAll(removeTempDirs);

const OUTPUTS = ['profiles.jsonl', 'scores.csv', 'rejected.jsonl'];

async function score(input: string, ...flags: string[]) {
  return scoreWithEnv(input, {}, ...flags);
}

async function scoreWithEnv(input: string, env: Record<string, string>, ...flags: string[]) {
  const out = join(tempDir(), 'out');
  const run = await runCli(
    cli,
    ['score', '--in', input, '--as-of', AS_OF, '--out', out, '--max-rejected', '0.5', ...flags],
    undefined,
    env,
  );
  const summary = run.code === 0 ? JSON.parse(read(join(out, 'summary.json'))) : undefined;
  return { run, out, summary };
}

describe('score: streaming', { timeout: 60_000 }, () => {
  it('streams sorted interactions to output identical, byte for byte, to the in-memory path — bad rows included', async () => {
    const input = sortedSample({
      // a customer whose record is rejected, with interactions; a customer without any interaction
      customers: ['c900,yesterday,,,,,', 'c901,2025-01-01T00:00:00Z,,,,,'],
      interactions: [
        'i9100,c900,mail,2026-03-01T10:00:00Z,inbound,question,,,,,,,,,',
        'i9101,c010,mail,2026-03-01T10:00:00Z,inbound,question,,,,,,,,,,surplus-cell',
        'i9102,c010,nowhere,2026-03-01T10:00:00Z,inbound,question,,,,,,,,,',
      ],
    });
    const streamed = await score(input, '--sorted');
    const inMemory = await score(input, '--in-memory');
    expect(streamed.run.code, streamed.run.stderr).toBe(0);
    expect(inMemory.run.code, inMemory.run.stderr).toBe(0);
    expect(streamed.summary.mode).toBe('streaming');
    expect(streamed.summary.customerJoin).toBe('merge');
    expect(inMemory.summary.mode).toBe('in-memory');
    expect(inMemory.summary.customerJoin).toBe('in-memory');
    for (const file of OUTPUTS) {
      expect(read(join(streamed.out, file)), file).toBe(read(join(inMemory.out, file)));
    }
    expect(streamed.summary.rejected).toEqual(inMemory.summary.rejected);
    expect(streamed.summary.read).toEqual(inMemory.summary.read);
    expect(streamed.summary.distributions).toEqual(inMemory.summary.distributions);
    const codes = streamed.summary.rejected.causes.map((c: { code: string }) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining(['invalid-timestamp', 'invalid-csv-row', 'unknown-channel', 'unknown-customer']),
    );
    // The customer without interactions is scored, last.
    expect(read(join(streamed.out, 'scores.csv')).trimEnd().split('\n').at(-1)).toMatch(/^c901,/);
  });

  it('validates customers in chunks with the rejections of one pass: duplicates across chunks, consents, bad rows', async () => {
    // Chunks of 3 customers: c002 again (valid, then with an unknown preferred channel) lands in later
    // chunks than the first c002; c050's consent comes after other customers' in consents.csv.
    const input = sortedSample({
      customers: [
        'c002,2025-01-01T00:00:00Z,,,,,',
        'c002,2025-01-01T00:00:00Z,,nowhere,,,',
        'c902,yesterday,,,,,',
        'c903,2025-01-01T00:00:00Z,,,,,',
      ],
    });
    writeFileSync(
      join(input, 'consents.csv'),
      `${read(join(input, 'consents.csv')).trimEnd()}\nc903,email,marketing,true,2025-01-02T00:00:00Z\nc999,email,marketing,true,2025-01-02T00:00:00Z\n`,
    );
    const chunked = await scoreWithEnv(input, { ENGAGEMENT_SCORING_CUSTOMER_CHUNK: '3' }, '--sorted');
    const inMemory = await score(input, '--in-memory');
    expect(chunked.run.code, chunked.run.stderr).toBe(0);
    for (const file of OUTPUTS) {
      expect(read(join(chunked.out, file)), file).toBe(read(join(inMemory.out, file)));
    }
    expect(chunked.summary.rejected).toEqual(inMemory.summary.rejected);
    expect(chunked.summary.read).toEqual(inMemory.summary.read);
    // c002 again after c050: the customers file is out of order, so customers are held by id.
    expect(chunked.summary.customerJoin).toBe('by-id');
    const rejected = read(join(chunked.out, 'rejected.jsonl'));
    expect(rejected).toContain('duplicate-id');
    expect(rejected).toMatch(/"id":"c002".*"duplicate-id".*"unknown-channel"/);
    expect(chunked.summary.recordsBusinessSide).toBe(true);
    expect(inMemory.summary.recordsBusinessSide).toBe(true);
  });

  it('merges a customers file sorted by id with interactions in the same order, byte for byte as in memory', async () => {
    // Sorted customers: c0105 (no interactions) between c010 and c011, c0205 rejected with an
    // interaction, c030 twice (duplicate-id), consents for c0105; chunks of 3 cross every case.
    const input = sortedSample({
      customers: ['c0105,2025-01-01T00:00:00Z,,,,,', 'c0205,yesterday,,,,,', 'c030,2025-01-01T00:00:00Z,,,,,'],
      interactions: ['i9300,c0205,mail,2026-03-01T10:00:00Z,inbound,question,,,,,,,,,'],
    });
    sortCsvBy(join(input, 'customers.csv'), 0);
    writeFileSync(
      join(input, 'consents.csv'),
      `${read(join(input, 'consents.csv')).trimEnd()}\nc0105,email,marketing,true,2025-01-02T00:00:00Z\n`,
    );
    const env = { ENGAGEMENT_SCORING_CUSTOMER_CHUNK: '3' };
    const merged = await scoreWithEnv(input, env, '--sorted');
    const inMemory = await score(input, '--in-memory');
    expect(merged.run.code, merged.run.stderr).toBe(0);
    expect(merged.summary.customerJoin).toBe('merge');
    for (const file of OUTPUTS) expect(read(join(merged.out, file)), file).toBe(read(join(inMemory.out, file)));
    expect(merged.summary.rejected).toEqual(inMemory.summary.rejected);
    expect(merged.summary.read).toEqual(inMemory.summary.read);
    expect(merged.summary.distributions).toEqual(inMemory.summary.distributions);
    const rejected = read(join(merged.out, 'rejected.jsonl'));
    expect(rejected).toMatch(/"id":"c030".*"duplicate-id"/);
    expect(rejected).toMatch(/"id":"i9300".*"unknown-customer"/);
    // The customer without interactions comes last, with its consent.
    const last = readJsonl(join(merged.out, 'profiles.jsonl')).at(-1) as { customerId: string };
    expect(last.customerId).toBe('c0105');
  });

  it('holds customers by id from the first customer whose interactions come out of the file order', async () => {
    // Interactions grouped by customer, but c050's rows come before c026's: the merge join has passed
    // c026…c049 without scoring them; they are scored when their rows come, as in memory.
    const input = sortedSample();
    const path = join(input, 'interactions.csv');
    const [header, ...rows] = read(path).trimEnd().split('\n');
    const customerOf = (row: string): string => row.split(',', 2)[1] ?? '';
    const late = rows.filter((row) => customerOf(row) >= 'c026' && customerOf(row) < 'c050');
    const others = rows.filter((row) => !late.includes(row));
    writeFileSync(path, `${[header, ...others, ...late].join('\n')}\n`);
    const streamed = await scoreWithEnv(input, { ENGAGEMENT_SCORING_CUSTOMER_CHUNK: '4' }, '--sorted');
    const inMemory = await score(input, '--in-memory');
    expect(streamed.run.code, streamed.run.stderr).toBe(0);
    expect(streamed.summary.mode).toBe('streaming');
    expect(streamed.summary.customerJoin).toBe('by-id');
    for (const file of OUTPUTS) expect(read(join(streamed.out, file)), file).toBe(read(join(inMemory.out, file)));
    expect(streamed.summary.warnings).toEqual([]);
  });

  it('--dangling-replies reject (default) refuses replies to a missing interaction; unlink keeps them with a warning', async () => {
    // i9200 answers an interaction that is not in the export; i9201 answers i9200.
    const input = sortedSample({
      interactions: [
        'i9200,c012,mail,2026-03-01T10:00:00Z,outbound,reply,i-gone,,,,,resolved,,,service',
        'i9201,c012,mail,2026-03-02T10:00:00Z,inbound,question,i9200,,,,,,,,',
      ],
    });
    const idsFor = (out: string, field: string): unknown[] =>
      (readJsonl(join(out, 'rejected.jsonl')) as { id: unknown; issues: { path: unknown[] }[] }[])
        .filter((line) => line.issues.some((issue) => issue.path.at(-1) === field))
        .map((line) => line.id);

    const byDefault = await score(input);
    const reject = await score(input, '--dangling-replies', 'reject');
    expect(reject.run.code, reject.run.stderr).toBe(0);
    expect(idsFor(reject.out, 'inReplyTo')).toEqual(['i9200', 'i9201']);
    expect(reject.summary.rejected.causes.map((c: { code: string }) => c.code)).toContain('unknown-reply-target');
    for (const file of OUTPUTS) expect(read(join(byDefault.out, file)), file).toBe(read(join(reject.out, file)));

    const unlinked = await score(input, '--dangling-replies', 'unlink');
    const unlinkedInMemory = await score(input, '--dangling-replies', 'unlink', '--in-memory');
    for (const run of [unlinked, unlinkedInMemory]) {
      expect(run.run.code, run.run.stderr).toBe(0);
      expect(idsFor(run.out, 'inReplyTo')).toEqual([]);
      expect(run.summary.rejected.records).toBe(reject.summary.rejected.records - 2);
      expect(run.summary.warnings).toEqual([
        expect.objectContaining({
          code: 'unlinked-reply',
          count: 1,
          message: expect.stringMatching(/inReplyTo removed/),
        }),
      ]);
      expect(run.run.stderr).toMatch(/warning: .*inReplyTo removed/);
    }
    expect(unlinked.summary.mode).toBe('streaming');
    for (const file of OUTPUTS) {
      expect(read(join(unlinked.out, file)), file).toBe(read(join(unlinkedInMemory.out, file)));
    }
    // The kept reply answers nothing now; the one answering it keeps its link.
    const c012 = (readJsonl(join(unlinked.out, 'profiles.jsonl')) as { customerId: string }[]).find(
      (profile) => profile.customerId === 'c012',
    );
    expect(JSON.stringify(c012)).not.toEqual(
      JSON.stringify(
        (readJsonl(join(reject.out, 'profiles.jsonl')) as { customerId: string }[]).find(
          (profile) => profile.customerId === 'c012',
        ),
      ),
    );

    const wrong = await score(input, '--dangling-replies', 'keep');
    expect(wrong.run.code).toBe(2);
    expect(wrong.run.stderr).toMatch(/--dangling-replies must be reject or unlink \(not "keep"\)/);
  });

  it('rejects a reply to another customer in both modes, with the code each can see', async () => {
    // Streaming sees one customer at a time: the target is unknown to it, not another customer's.
    const input = sortedSample({
      interactions: ['i9103,c011,mail,2026-03-01T10:00:00Z,inbound,question,i0001,,,,,,,,'],
    });
    const streamed = await score(input, '--sorted');
    const inMemory = await score(input, '--in-memory');
    const codeOf = (summary: { rejected: { causes: { code: string; field: string }[] } }) =>
      summary.rejected.causes.find((cause) => cause.field === 'inReplyTo')?.code;
    expect(codeOf(streamed.summary)).toBe('unknown-reply-target');
    expect(codeOf(inMemory.summary)).toBe('cross-customer-reply');
    expect(read(join(streamed.out, 'scores.csv'))).toBe(read(join(inMemory.out, 'scores.csv')));
  });

  it('streams by default when the input is grouped', async () => {
    const { run, summary } = await score(sortedSample());
    expect(run.code).toBe(0);
    expect(summary.mode).toBe('streaming');
    expect(summary.warnings).toEqual([]);
  });

  it('counts the warnings of an abandoned streaming pass once, when unsorted input falls back to memory', async () => {
    // An ignored column and directions read case-insensitively, in time-ordered (unsorted) interactions.
    const input = sampleCopy();
    const customers = join(input, 'customers.csv');
    writeFileSync(customers, read(customers).replace(/\n/, ',utm\n'));
    const interactions = join(input, 'interactions.csv');
    writeFileSync(interactions, read(interactions).replaceAll(',inbound,', ',Inbound,'));
    const auto = await score(input);
    const inMemory = await score(input, '--in-memory');
    expect(auto.summary.mode).toBe('in-memory');
    const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);
    expect(codes(inMemory.summary.warnings)).toEqual(expect.arrayContaining(['ignored-column', 'normalized-value']));
    expect(auto.summary.warnings.filter((w: { code: string }) => w.code !== 'unsorted-input')).toEqual(
      inMemory.summary.warnings,
    );
  });

  it('falls back to memory with a warning on unsorted input, and fails clearly (exit 1) under --sorted', async () => {
    const auto = await score(SAMPLE_CSV);
    expect(auto.run.code).toBe(0);
    expect(auto.summary.mode).toBe('in-memory');
    expect(auto.run.stderr).toMatch(
      /warning: interactions\.csv is not grouped by customer: customer "c\d+" appears again at line \d+: scored in memory/,
    );
    const inMemory = await score(SAMPLE_CSV, '--in-memory');
    for (const file of OUTPUTS) expect(read(join(auto.out, file)), file).toBe(read(join(inMemory.out, file)));

    const promised = await score(SAMPLE_CSV, '--sorted');
    expect(promised.run.code).toBe(1);
    expect(promised.run.stderr).toMatch(/customer "c\d+" appears again at line \d+, but --sorted promised/);
    expect(promised.run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('score: progress', { timeout: 60_000 }, () => {
  /** Runs the CLI under `script`, which gives it a pseudo-terminal as an interactive shell would. */
  const inTerminal = (args: readonly string[]): string => {
    const command = [process.execPath, cli, ...args].map((arg) => `'${arg}'`).join(' ');
    return execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
  };

  it('shows progress on a terminal only, and not with --quiet', async () => {
    const args = ['score', '--in', sortedSample(), '--as-of', AS_OF, '--out', join(tempDir(), 'out')];
    const piped = await runCli(cli, args);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toMatch(/rows\/s/);
    expect(inTerminal(args)).toMatch(/\d+ rows \| [\d,]+ customers \| [\d,]+ rows\/s/);
    expect(inTerminal([...args, '--quiet'])).not.toMatch(/rows\/s/);
  });
});
