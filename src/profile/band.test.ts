import { describe, expect, it } from 'vitest';
import { scoreBand } from './band.js';

const defaults = { yellow: 50, green: 75 };

describe('scoreBand', () => {
  it('colours scores red below 50, yellow from 50 below 75, green from 75 (the defaults)', () => {
    expect(scoreBand(0, defaults)).toBe('red');
    expect(scoreBand(49.999, defaults)).toBe('red');
    // The lower bound of a band belongs to it.
    expect(scoreBand(50, defaults)).toBe('yellow');
    expect(scoreBand(74.999, defaults)).toBe('yellow');
    expect(scoreBand(75, defaults)).toBe('green');
    expect(scoreBand(100, defaults)).toBe('green');
  });

  it('has no band for a null score', () => {
    expect(scoreBand(null, defaults)).toBeNull();
  });

  it('follows custom bounds', () => {
    const bands = { yellow: 30, green: 60 };
    expect([29, 30, 59, 60].map((s) => scoreBand(s, bands))).toEqual(['red', 'yellow', 'yellow', 'green']);
  });

  it('skips yellow when both bounds are equal, and has no red when the bounds are 0', () => {
    expect([59.9, 60].map((s) => scoreBand(s, { yellow: 60, green: 60 }))).toEqual(['red', 'green']);
    expect([0, 100].map((s) => scoreBand(s, { yellow: 0, green: 0 }))).toEqual(['green', 'green']);
    expect(scoreBand(0, { yellow: 0, green: 100 })).toBe('yellow');
  });

  it('matches its documented example', () => {
    const bands = { yellow: 50, green: 75 };
    expect([scoreBand(49.9, bands), scoreBand(50, bands), scoreBand(75, bands), scoreBand(null, bands)]).toEqual([
      'red',
      'yellow',
      'green',
      null,
    ]);
  });
});
