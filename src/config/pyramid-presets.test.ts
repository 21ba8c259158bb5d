import { describe, expect, it } from 'vitest';
import { createHistory } from '../model/create-history.js';
import type { InteractionInput } from '../model/interaction.js';
import { classifyLevel } from '../pyramid/classify-level.js';
import { PYRAMID_PRESETS } from './pyramid-presets.js';
import { resolveConfig } from './scoring-config.js';

const AS_OF = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const did = (id: string, type: string, daysAgo: number): InteractionInput => ({
  id,
  customerId: 'c1',
  channel: 'web',
  at: AS_OF - daysAgo * DAY,
  direction: 'inbound',
  type,
});
const levelOf = (preset: keyof typeof PYRAMID_PRESETS, interactions: InteractionInput[]) =>
  classifyLevel(createHistory({ customer: { id: 'c1' }, channels: [{ id: 'web', kind: 'web' }], interactions }), {
    asOf: AS_OF,
    config: { pyramid: PYRAMID_PRESETS[preset] },
  }).level;

describe('PYRAMID_PRESETS', () => {
  it('are valid configurations', () => {
    for (const preset of Object.values(PYRAMID_PRESETS)) expect(() => resolveConfig({ pyramid: preset })).not.toThrow();
  });

  it('retail: three purchases in 180 days = owning; two, or three spread wider, = contributing', () => {
    expect(levelOf('retail', [did('a', 'purchase', 10), did('b', 'purchase', 90), did('c', 'purchase', 179)])).toBe(
      'owning',
    );
    expect(levelOf('retail', [did('a', 'purchase', 10), did('b', 'purchase', 90)])).toBe('contributing');
    // 10, 200 and 300 days ago: no 180-day window holds three.
    expect(levelOf('retail', [did('a', 'purchase', 10), did('b', 'purchase', 200), did('c', 'purchase', 300)])).toBe(
      'contributing',
    );
    expect(levelOf('retail', [did('q', 'question', 3)])).toBe('observing');
  });

  it('support: every writer observing; five answers in 180 days = owning', () => {
    for (const type of ['question', 'message', 'complaint', 'request', 'mention']) {
      expect(levelOf('support', [did('q', type, 3)])).toBe('observing');
    }
    const answers = [1, 20, 40, 60, 80].map((days, k) => did(`a${k}`, 'answer', days));
    expect(levelOf('support', answers)).toBe('owning');
    expect(levelOf('support', answers.slice(1))).toBe('contributing');
  });

  it('nonprofit: monthly giving (three gifts within 100 days) = owning; one gift = contributing', () => {
    expect(levelOf('nonprofit', [did('g1', 'donate', 5), did('g2', 'donate', 35), did('g3', 'donate', 65)])).toBe(
      'owning',
    );
    expect(levelOf('nonprofit', [did('g1', 'donate', 5)])).toBe('contributing');
  });
});
