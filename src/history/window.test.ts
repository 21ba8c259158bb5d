import { describe, expect, it } from 'vitest';
import { firstAfter, firstAtOrAfter, windowed } from './window.js';

const at = (ms: number) => ({ id: `i${ms}`, at: ms });

describe('windowed', () => {
  const list = [at(1), at(5), at(5), at(9), at(10), at(12)];

  it('keeps [asOf − window, asOf], both ends inclusive', () => {
    // asOf 10, window 5: from 5 to 10 inclusive.
    expect(windowed(list, 10, 5).map((i) => i.at)).toEqual([5, 5, 9, 10]);
  });

  it('is empty before the first and after the last interaction', () => {
    expect(windowed(list, 0, 5)).toEqual([]);
    expect(windowed(list, 100, 5)).toEqual([]);
    expect(windowed([], 10, 5)).toEqual([]);
  });

  it('with a zero window keeps exactly the instant asOf', () => {
    expect(windowed(list, 5, 0).map((i) => i.id)).toEqual(['i5', 'i5']);
  });

  it('returns a new array and leaves the input alone', () => {
    const copy = list.slice();
    const result = windowed(list, 1000, 1000);
    expect(result).toEqual(list);
    expect(result).not.toBe(list);
    expect(list).toEqual(copy);
  });
});

describe('firstAtOrAfter / firstAfter', () => {
  const list = [at(1), at(5), at(5), at(9)];

  it('find the boundaries of equal runs', () => {
    expect(firstAtOrAfter(list, 5)).toBe(1);
    expect(firstAfter(list, 5)).toBe(3);
    expect(firstAtOrAfter(list, 0)).toBe(0);
    expect(firstAfter(list, 9)).toBe(4);
    expect(firstAtOrAfter(list, 6)).toBe(3);
  });
});
