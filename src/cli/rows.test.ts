import { describe, expect, it } from 'vitest';
import { parseDataset, SAMPLE_AS_OF, sampleDataset, scoreAll } from '../index.js';
import { csvCell, csvLine, SCORE_HEADER, scoreRow } from './rows.js';

describe('scores.csv rows', () => {
  it('quotes cells only when they need it (RFC 4180)', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('maps a profile to one flat row: scores rounded to 2 decimals, activity from profile.activity', () => {
    const [profile] = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];
    if (profile === undefined) throw new Error('no profile');
    const row = scoreRow(profile);
    expect(row.customerId).toBe(profile.customerId);
    // e.g. 61.2345… → 61.23
    expect(row.activity).toBe(profile.activity.score === null ? null : Math.round(profile.activity.score * 100) / 100);
    // e.g. 86.9565… → 86.96: Math.round(86.9565 · 100) / 100
    expect(row.composite).toBe(Math.round((profile.composite.score ?? 0) * 100) / 100);
    expect(row.level).toBe(profile.level.level);
    expect(row.consentFlags).toBe(profile.flags.length);
    expect(csvLine(row).split(',').length).toBeGreaterThanOrEqual(SCORE_HEADER.split(',').length);
  });

  it('keeps a null activity empty and rounds a number', () => {
    const [profile] = [...scoreAll(parseDataset(sampleDataset()), { asOf: SAMPLE_AS_OF })];
    if (profile === undefined) throw new Error('no profile');
    expect(scoreRow({ ...profile, activity: { score: 42.123 } } as typeof profile).activity).toBe(42.12);
    expect(scoreRow({ ...profile, activity: { score: null } } as typeof profile).activity).toBeNull();
  });
});
