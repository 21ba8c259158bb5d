import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';

describe('foldText', () => {
  it('folds composition, compatibility forms, case and white space', () => {
    expect(foldText('Apre\u0300s-Ski')).toBe('après-ski');
    expect(foldText('  road \u00a0\t bikes ')).toBe('road bikes');
    expect(foldText('ＢＩＫＥ')).toBe('bike'); // full-width letters
    expect(foldText('Get-Discounts')).toBe('get-discounts');
  });

  it('is idempotent and agrees on canonically equivalent strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        expect(foldText(text.normalize('NFD'))).toBe(once);
        expect(foldText(` ${text}\u00a0`)).toBe(foldText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('returns text that is already folded unchanged, as the full folding would', () => {
    const full = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
    expect(foldText('billing')).toBe('billing');
    expect(foldText('road bikes')).toBe('road bikes');
    expect(foldText('Road bikes')).toBe('road bikes');
    expect(foldText('road  bikes')).toBe('road bikes');
    expect(foldText(' road')).toBe('road');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '-', '~', '@', '[', '\u00a0', 'é', 'Ｂ') }),
        (text) => {
          expect(foldText(text)).toBe(full(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
