import { describe, expect, it } from 'vitest';
import { closest, normalForm, quote, WarningSink } from './warnings.js';

describe('WarningSink', () => {
  it('makes one warning per cause, counting repeats, in the order causes were first seen', () => {
    const sink = new WarningSink();
    let described = 0;
    const describe = (text: string) => () => {
      described++;
      return text;
    };
    for (let i = 0; i < 3; i++)
      sink.add(
        'interactions',
        'colour',
        'unknown-field',
        ['interactions', i, 'colour'],
        describe('unknown field "colour"'),
      );
    sink.add(
      'interactions',
      'Opt_Out',
      'normalized-value',
      ['interactions', 3, 'type'],
      describe('"Opt_Out" read as "opt-out"'),
    );
    expect(described).toBe(2);
    expect(sink.list('parseDataset')).toEqual([
      {
        path: ['interactions', 0, 'colour'],
        code: 'unknown-field',
        message: 'parseDataset: unknown field "colour" (3 times)',
        count: 3,
      },
      {
        path: ['interactions', 3, 'type'],
        code: 'normalized-value',
        message: 'parseDataset: "Opt_Out" read as "opt-out"',
        count: 1,
      },
    ]);
  });

  it('keeps the same cause apart in different groups', () => {
    const sink = new WarningSink();
    sink.add('customers', 'x', 'unknown-field', ['customers', 0, 'x'], () => 'x');
    sink.add('channels', 'x', 'unknown-field', ['channels', 0, 'x'], () => 'x');
    expect(sink.list('f').map((warning) => warning.path[0])).toEqual(['customers', 'channels']);
  });

  it('gathers causes beyond the hundredth of a group into one warning, with thousands separated', () => {
    const sink = new WarningSink();
    for (let i = 0; i < 1_250; i++)
      sink.add('interactions', `field${i}`, 'unknown-field', ['interactions', i], () => `f${i}`);
    const list = sink.list('parseDataset');
    expect(list).toHaveLength(101);
    expect(list[100]).toEqual({
      path: ['interactions', 100],
      code: 'unknown-field',
      message: 'parseDataset: further distinct causes (interactions) (1,150 times)',
      count: 1_150,
    });
  });
});

describe('quote', () => {
  it('JSON-quotes a value, at most 40 characters of it', () => {
    expect(quote('a "b"')).toBe('"a \\"b\\""');
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });
});

describe('normalForm', () => {
  it('ignores case, surrounding space, and spaces or underscores as separators', () => {
    expect(normalForm('  Opt_Out ')).toBe('opt-out');
    expect(normalForm('Auto  Reply')).toBe('auto-reply');
  });
});

describe('closest', () => {
  const fields = ['customerId', 'channel', 'direction', 'inReplyTo'];

  it('matches case and separators away', () => {
    expect(closest('customer_id', fields)).toBe('customerId');
    expect(closest('In-Reply-To', fields)).toBe('inReplyTo');
  });

  it('suggests a candidate at most two edits away, the nearest first', () => {
    expect(closest('chanel', fields)).toBe('channel');
    expect(closest('directoin', fields)).toBe('direction');
    expect(closest('channels', ['channel', 'channelz'])).toBe('channel');
  });

  it('suggests nothing three edits away, for very different lengths, or for keys over 40 characters', () => {
    expect(closest('dirxxxion', fields)).toBeUndefined();
    expect(closest('c', fields)).toBeUndefined();
    expect(closest('x'.repeat(41), ['x'.repeat(41)])).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
});
