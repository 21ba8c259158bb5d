import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { businessSideOf, isOutbound, learnBusinessSide, recordsBusinessSide } from './business-side.js';

const dir = mkdtempSync(join(tmpdir(), 'engagement-business-side-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NO_MAP = { columns: new Map<string, string>(), types: new Map<string, string>() };
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('recordsBusinessSide (in memory)', () => {
  it('is true when any interaction is outbound, false otherwise (and for none)', () => {
    expect(recordsBusinessSide([{ direction: 'inbound' }, { direction: 'outbound' }])).toBe(true);
    expect(recordsBusinessSide([{ direction: 'inbound' }, {}])).toBe(false);
    expect(recordsBusinessSide([])).toBe(false);
  });
  it('reads directions as parseDataset does, case and spaces aside', () => {
    expect(isOutbound(' Outbound ')).toBe(true);
    expect(isOutbound('out')).toBe(false);
    expect(isOutbound(1)).toBe(false);
  });
});

describe('learnBusinessSide (a first pass over the interactions file)', () => {
  const header = 'id,customerId,channel,at,direction,type,topics';
  it('finds an outbound row in a CSV, past quoted commas in other columns', async () => {
    const path = file(
      'out.csv',
      `${header}\ni1,c1,mail,2026-03-01T10:00:00Z,inbound,question,"a,b"\ni2,c1,mail,2026-03-01T11:00:00Z,OUTBOUND,reply,\n`,
    );
    expect(await learnBusinessSide(path, NO_MAP)).toBe(true);
  });
  it('is false for a CSV of inbound rows only, gzipped or not', async () => {
    const text = `${header}\ni1,c1,mail,2026-03-01T10:00:00Z,inbound,question,"outbound,x"\n`;
    expect(await learnBusinessSide(file('in.csv', text), NO_MAP)).toBe(false);
    expect(await learnBusinessSide(file('in.csv.gz', gzipSync(text)), NO_MAP)).toBe(false);
  });
  it('follows --map column renames and loose header matching', async () => {
    const path = file('mapped.csv', 'event_id,Customer ID,flow\ni1,c1,outbound\n');
    expect(await learnBusinessSide(path, NO_MAP)).toBe(false);
    expect(await learnBusinessSide(path, { columns: new Map([['flow', 'direction']]), types: new Map() })).toBe(true);
  });
  it('reads JSON Lines records', async () => {
    const path = file(
      'i.jsonl',
      '{"id":"i1","customerId":"c1","direction":"inbound"}\n{"id":"i2","customer_id":"c1","direction":"outbound"}\n',
    );
    expect(await learnBusinessSide(path, NO_MAP)).toBe(true);
  });
  it('takes --business-side yes/no as given, without reading the file', async () => {
    expect(await businessSideOf('yes', join(dir, 'missing.csv'), NO_MAP)).toBe(true);
    expect(await businessSideOf('no', join(dir, 'missing.csv'), NO_MAP)).toBe(false);
    await expect(businessSideOf('auto', join(dir, 'missing.csv'), NO_MAP)).rejects.toThrow(/cannot read missing\.csv/);
  });
});
