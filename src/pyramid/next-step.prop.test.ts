import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PYRAMID_LEVELS } from '../model/vocabulary.js';
import { nextStep } from './next-step.js';

describe('nextStep properties', () => {
  it('aims one level up (leading stays), with a kebab-case action and a text, for any configured text', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...PYRAMID_LEVELS), { nil: null }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (level, text) => {
          const config =
            text === undefined ? undefined : { pyramid: { nextSteps: { [level ?? 'unclassified']: text } } };
          const step = nextStep(level, { config });
          const rank = level === null ? 0 : PYRAMID_LEVELS.indexOf(level) + 1;
          expect(step.level).toBe(level);
          expect(step.towards).toBe(PYRAMID_LEVELS[Math.min(rank, 5)]);
          expect(step.action).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(step.text).toBe(text ?? step.text);
          expect(step.text.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
