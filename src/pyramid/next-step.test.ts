import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_STEPS } from '../config/pyramid.js';
import { resolveConfig } from '../config/scoring-config.js';
import { EngagementInputError } from '../model/errors.js';
import { nextStep } from './next-step.js';

describe('nextStep', () => {
  it.each([
    [null, 'observing', 'earn-attention'],
    ['observing', 'following', 'invite-to-follow'],
    ['following', 'endorsing', 'ask-for-review-or-share'],
    ['endorsing', 'contributing', 'invite-as-guest'],
    ['contributing', 'owning', 'invite-to-own'],
    ['owning', 'leading', 'invite-to-lead'],
    ['leading', 'leading', 'recognise-leadership'],
  ] as const)('%s → towards %s: %s', (level, towards, action) => {
    const step = nextStep(level);
    expect(step).toMatchObject({ level, towards, action });
    expect(step.text.length).toBeGreaterThan(10);
  });

  it('the seed wording: endorsing is invited as a guest, contributing to sponsor', () => {
    expect(nextStep('endorsing').text).toBe('Invite them as a guest to an event.');
    expect(nextStep('contributing').text).toBe(
      'Invite them to take ownership: a membership, an investment or a seat on the board.',
    );
  });

  it('configured steps replace the defaults one level at a time', () => {
    const config = {
      pyramid: {
        nextSteps: {
          following: { action: 'ask-for-first-gift', text: 'Ask for a first gift.' },
          contributing: 'Invite them to the volunteer day.',
        },
      },
    };
    expect(nextStep('following', { config })).toEqual({
      level: 'following',
      towards: 'endorsing',
      action: 'ask-for-first-gift',
      text: 'Ask for a first gift.',
    });
    expect(nextStep('contributing', { config })).toMatchObject({
      action: 'custom',
      text: 'Invite them to the volunteer day.',
    });
    expect(nextStep('owning', { config: resolveConfig(config) }).action).toBe('invite-to-lead');
  });

  it('the resolved config holds only the configured steps; nextStep falls back to DEFAULT_NEXT_STEPS', () => {
    const config = resolveConfig({ pyramid: { nextSteps: { owning: 'Ask them to chair the next meeting.' } } });
    expect(Object.keys(config.pyramid.nextSteps)).toEqual(['owning']);
    expect(Object.keys(resolveConfig({}).pyramid.nextSteps)).toEqual([]);
    for (const level of [null, 'observing', 'following', 'endorsing', 'contributing', 'leading'] as const) {
      const { action, text } = nextStep(level, { config });
      expect({ action, text }).toEqual(DEFAULT_NEXT_STEPS[level ?? 'unclassified']);
    }
    expect(nextStep('owning', { config }).text).toBe('Ask them to chair the next meeting.');
  });

  it('rejects an unknown level, including `__proto__`', () => {
    for (const level of ['Leading', '__proto__', 3, undefined]) {
      expect(() => nextStep(level as never)).toThrow(EngagementInputError);
    }
  });

  it.each([
    [{ pyramid: { nextSteps: { leading: { action: 'Keep Leading', text: 'x' } } } }, 'invalid-value'],
    [{ pyramid: { nextSteps: { leading: '' } } }, 'invalid-type'],
    [{ pyramid: { nextSteps: { boss: 'x' } } }, 'invalid-value'],
  ])('rejects the configuration %j', (config, code) => {
    try {
      nextStep('leading', { config: config as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngagementInputError);
      expect((error as EngagementInputError).issues[0]?.code).toBe(code);
      expect((error as EngagementInputError).message).toMatch(/^nextStep: /);
    }
  });
});

describe('nextStep: invalid input', () => {
  it('an unknown level is one invalid-value issue at path level, naming the levels', () => {
    let error: unknown;
    try {
      nextStep('champion' as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngagementInputError);
    const issues = (error as EngagementInputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['level'], code: 'invalid-value' });
    expect(issues[0]?.message).toContain('observing, following, endorsing, contributing, owning, leading');
  });

  it('null options read as no options', () => {
    expect(nextStep('owning', null as never).towards).toBe('leading');
  });
});
