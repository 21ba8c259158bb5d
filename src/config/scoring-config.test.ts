import { describe, expect, it } from 'vitest';
import { EngagementInputError, type InputIssue } from '../model/errors.js';
import { readConfig, resolveConfig, ScoringConfigSchema } from './scoring-config.js';

const DAY = 86_400_000;

function issuesOf(input: unknown): [string, string][] {
  try {
    resolveConfig(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(EngagementInputError);
    return (error as EngagementInputError).issues.map((i: InputIssue) => [i.code, i.path.join('.')]);
  }
  throw new Error('expected resolveConfig to throw');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('resolveConfig: defaults', () => {
  const config = resolveConfig();

  it('applies the SPEC defaults, durations in ms', () => {
    expect(config.window).toBe(365 * DAY); // 31 536 000 000
    expect(config.halfLife).toBe(90 * DAY); // 7 776 000 000
    expect(config.responseTargets).toEqual({});
    expect(config.typeRoles).toEqual({});
    expect(config.value).toMatchObject({
      weights: { personalResponse: 0.4, personalTouch: 0.3, acknowledgedContributions: 0.3 },
      recognitionWindow: 30 * DAY,
    });
    expect(config.efficiency.weights).toEqual({ responseTime: 0.5, resolution: 0.3, effort: 0.2 });
    expect(config.trust).toMatchObject({
      weights: { promiseKeeping: 0.3, complaintResolution: 0.3, advocacy: 0.2, sentiment: 0.2 },
      resolutionHorizon: 14 * DAY,
    });
    expect(config.consistency).toMatchObject({
      weights: { crossChannel: 0.6, answeredChannels: 0.4 },
      minCasesPerChannel: 2,
    });
    expect(config.relevancy).toMatchObject({
      weights: { topicMatch: 0.4, responsiveness: 0.3, listening: 0.3 },
      responsivenessWindow: 7 * DAY,
      listeningTarget: 0.25,
    });
    expect(config.control).toMatchObject({
      weights: { consentRespected: 0.5, channelChoice: 0.3, preferenceHonoured: 0.2 },
      consentPolicy: 'opt-out',
    });
    expect(config.composite).toMatchObject({
      weights: { value: 1, efficiency: 1, trust: 1, consistency: 1, relevancy: 1, control: 1 },
      bands: { yellow: 50, green: 75 },
      confidenceHalfEvidence: 20,
    });
    expect(config.pyramid.movementPeriod).toBe(90 * DAY);
    expect(config.pyramid.levelRules.owning.window).toBe(730 * DAY);
    expect(config.pyramid.levelRules.following.window).toBe(365 * DAY);
  });

  it('shares one default object between calls without input', () => {
    expect(resolveConfig()).toBe(config);
    expect(resolveConfig({})).toEqual(config);
  });
});

describe('resolveConfig: partial overrides', () => {
  it('overrides one field and keeps every other default', () => {
    const config = resolveConfig({ halfLife: { days: 30 }, trust: { weights: { sentiment: 0 } } });
    expect(config.halfLife).toBe(30 * DAY);
    expect(config.window).toBe(365 * DAY);
    expect(config.trust.weights).toEqual({
      promiseKeeping: 0.3,
      complaintResolution: 0.3,
      advocacy: 0.2,
      sentiment: 0,
    });
    expect(config.trust.resolutionHorizon).toBe(14 * DAY);
  });

  it('turns response targets and level windows into ms', () => {
    const config = resolveConfig({
      responseTargets: { chat: { minutes: 10 }, 'vip-line': { seconds: 30 } },
      pyramid: { levelRules: { leading: { window: { weeks: 2 }, minCount: 3 } } },
    });
    expect(config.responseTargets).toEqual({ chat: 600_000, 'vip-line': 30_000 });
    expect(config.pyramid.levelRules.leading).toMatchObject({
      types: ['lead', 'organize', 'host', 'mentor'],
      minCount: 3,
      window: 14 * DAY,
    });
  });

  it('accepts custom type roles', () => {
    expect(resolveConfig({ typeRoles: { 'tweet-reply': 'reply' } }).typeRoles).toEqual({ 'tweet-reply': 'reply' });
  });
});

describe('resolveConfig: invalid input', () => {
  it('reports a negative weight as out-of-range under config', () => {
    expect(issuesOf({ value: { weights: { personalTouch: -1 } } })).toEqual([
      ['out-of-range', 'config.value.weights.personalTouch'],
    ]);
  });

  it('reports a zero or empty half-life as invalid-duration', () => {
    expect(issuesOf({ halfLife: { days: 0 } })).toEqual([['invalid-duration', 'config.halfLife']]);
    expect(issuesOf({ halfLife: {} })).toEqual([['invalid-duration', 'config.halfLife']]);
    expect(issuesOf({ window: { days: -3 } })).toEqual([['out-of-range', 'config.window.days']]);
  });

  it('reports all-zero weights as invalid-weights', () => {
    expect(issuesOf({ efficiency: { weights: { responseTime: 0, resolution: 0, effort: 0 } } })).toEqual([
      ['invalid-weights', 'config.efficiency.weights'],
    ]);
    expect(
      issuesOf({
        composite: { weights: { value: 0, efficiency: 0, trust: 0, consistency: 0, relevancy: 0, control: 0 } },
      }),
    ).toEqual([['invalid-weights', 'config.composite.weights']]);
  });

  it('reports non-finite weights as not-finite', () => {
    expect(issuesOf({ trust: { weights: { sentiment: Number.POSITIVE_INFINITY } } })).toEqual([
      ['not-finite', 'config.trust.weights.sentiment'],
    ]);
    expect(issuesOf({ trust: { weights: { sentiment: Number.NaN } } })).toEqual([
      ['not-finite', 'config.trust.weights.sentiment'],
    ]);
  });

  it('lists every problem at once', () => {
    expect(
      issuesOf({
        halfLife: { days: 0 },
        typeRoles: { x: 'boss' },
        control: { consentPolicy: 'maybe' },
        composite: { bands: { yellow: 80, green: 70 } },
      }),
    ).toEqual([
      ['invalid-duration', 'config.halfLife'],
      ['invalid-value', 'config.typeRoles.x'],
      ['invalid-value', 'config.control.consentPolicy'],
      ['invalid-config', 'config.composite.bands'],
    ]);
  });

  it('reports a config that is not an object at config', () => {
    for (const input of [null, 5, 'x', []]) expect(issuesOf(input)).toEqual([['invalid-type', 'config']]);
    expect(issuesOf({ value: null })).toEqual([['invalid-type', 'config.value']]);
  });

  it('names the calling function in messages', () => {
    try {
      readConfig('scoreTrust', { halfLife: { days: 0 } });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^scoreTrust: /);
      expect((error as EngagementInputError).issues[0]?.message).toMatch(/^scoreTrust: /);
    }
  });
});

describe('resolveConfig: resolved configs', () => {
  it('returns an already-resolved config as is', () => {
    const config = resolveConfig({ halfLife: { days: 7 } });
    expect(resolveConfig(config)).toBe(config);
    expect(resolveConfig(resolveConfig())).toBe(resolveConfig());
  });

  it('freezes the result deeply', () => {
    const config = resolveConfig({ typeRoles: { x: 'reply' } });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.trust.weights)).toBe(true);
    expect(Object.isFrozen(config.typeRoles)).toBe(true);
    expect(Object.isFrozen(config.pyramid.levelRules.owning.types)).toBe(true);
    expect(() => {
      (config as { halfLife: number }).halfLife = 1;
    }).toThrow(TypeError);
  });

  it('neither mutates nor freezes its input, and accepts frozen input', () => {
    const input = { typeRoles: { x: 'reply' as const }, pyramid: { levelRules: { owning: { types: ['invest'] } } } };
    const before = structuredClone(input);
    resolveConfig(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input.pyramid.levelRules.owning.types)).toBe(false);
    expect(resolveConfig(deepFreeze(structuredClone(input))).typeRoles).toEqual({ x: 'reply' });
  });

  it('does not share default arrays between parses', () => {
    const a = ScoringConfigSchema.parse({});
    const b = ScoringConfigSchema.parse({});
    expect(a.pyramid.levelRules.observing.types).not.toBe(b.pyramid.levelRules.observing.types);
  });

  it('refuses a __proto__ key (it used to be dropped) without touching prototypes; other Object.prototype names work', () => {
    expect(() => resolveConfig(JSON.parse('{"typeRoles":{"__proto__":"reply"}}'))).toThrow(/__proto__/);
    const config = resolveConfig(JSON.parse('{"typeRoles":{"constructor":"reply"}}'));
    expect(Object.getPrototypeOf(config.typeRoles)).toBe(Object.prototype);
    expect(Object.hasOwn(config.typeRoles, 'constructor')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('resolveConfig on hostile values', () => {
  it('reports a "__proto__" key in typeRoles or responseTargets instead of dropping it', () => {
    const input = JSON.parse('{"typeRoles":{"__proto__":"dialogue"},"responseTargets":{"__proto__":{"days":1}}}');
    let issues: readonly { path: readonly unknown[]; code: string }[] = [];
    try {
      resolveConfig(input);
    } catch (error) {
      issues = (error as EngagementInputError).issues;
    }
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['config', 'typeRoles', '__proto__'], 'invalid-value'],
      [['config', 'responseTargets', '__proto__'], 'invalid-value'],
    ]);
  });

  it('refuses durations and weights that overflow to Infinity', () => {
    expect(() => resolveConfig({ responseTargets: { email: { days: 1e306 } } })).toThrow(EngagementInputError);
    expect(() => resolveConfig({ window: { years: 1e300 } })).toThrow(EngagementInputError);
    expect(() => resolveConfig({ trust: { weights: { sentiment: 1e308, advocacy: 1e308 } } })).toThrow(
      /largest finite number/,
    );
  });
});
