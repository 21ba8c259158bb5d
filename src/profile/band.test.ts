import { describe, expect, it } from 'vitest';
import { bandOf } from './band.js';

const defaults = { yellow: 50, green: 75 };

describe('bandOf', () => {
  it('colours scores red below 50, yellow from 50 below 75, green from 75 (the defaults)', () => {
    expect(bandOf(0, defaults)).toBe('red');
    expect(bandOf(49.999, defaults)).toBe('red');
    // The lower bound of a band belongs to it.
    expect(bandOf(50, defaults)).toBe('yellow');
    expect(bandOf(74.999, defaults)).toBe('yellow');
    expect(bandOf(75, defaults)).toBe('green');
    expect(bandOf(100, defaults)).toBe('green');
  });

  it('has no band for a null score', () => {
    expect(bandOf(null, defaults)).toBeNull();
  });

  it('follows custom bounds', () => {
    const bands = { yellow: 30, green: 60 };
    expect([29, 30, 59, 60].map((s) => bandOf(s, bands))).toEqual(['red', 'yellow', 'yellow', 'green']);
  });

  it('skips yellow when both bounds are equal, and has no red when the bounds are 0', () => {
    expect([59.9, 60].map((s) => bandOf(s, { yellow: 60, green: 60 }))).toEqual(['red', 'green']);
    expect([0, 100].map((s) => bandOf(s, { yellow: 0, green: 0 }))).toEqual(['green', 'green']);
    expect(bandOf(0, { yellow: 0, green: 100 })).toBe('yellow');
  });

  it('matches its documented example', () => {
    const bands = { yellow: 50, green: 75 };
    expect([bandOf(49.9, bands), bandOf(50, bands), bandOf(75, bands), bandOf(null, bands)]).toEqual([
      'red',
      'yellow',
      'green',
      null,
    ]);
  });
});
