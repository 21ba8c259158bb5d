import { describe, expect, it } from 'vitest';
import { InteractionSchema } from './interaction.js';

const MARCH_1 = 1_772_323_200_000; // 2026-03-01T00:00:00Z
const base = {
  id: 'i1',
  customerId: 'c1',
  channel: 'mail',
  at: '2026-03-01T00:00:00Z',
  direction: 'inbound',
  type: 'question',
} as const;

describe('InteractionSchema', () => {
  it('normalises at and dueAt to epoch ms', () => {
    const parsed = InteractionSchema.parse({ ...base, dueAt: '2026-03-02T00:00:00Z' });
    expect(parsed.at).toBe(MARCH_1);
    expect(parsed.dueAt).toBe(MARCH_1 + 86_400_000);
  });

  it('allows any non-empty type string', () => {
    expect(InteractionSchema.parse({ ...base, type: 'tweet-reply' }).type).toBe('tweet-reply');
    expect(InteractionSchema.safeParse({ ...base, type: '' }).success).toBe(false);
  });

  it('keeps every optional field', () => {
    const full = {
      ...base,
      at: MARCH_1,
      inReplyTo: 'i0',
      personalized: true,
      topics: ['billing'],
      amount: 0,
      sentiment: -1,
      outcome: 'resolved',
      dueAt: MARCH_1,
      reason: 'get-discounts',
      purpose: 'service',
    } as const;
    expect(InteractionSchema.parse(full)).toEqual(full);
  });

  it('bounds amount and sentiment', () => {
    expect(InteractionSchema.safeParse({ ...base, amount: -0.01 }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, amount: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, sentiment: 1 }).success).toBe(true);
    expect(InteractionSchema.safeParse({ ...base, sentiment: 1.0001 }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, sentiment: -1.0001 }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, sentiment: Number.NaN }).success).toBe(false);
  });

  it('refuses unknown enum values', () => {
    expect(InteractionSchema.safeParse({ ...base, direction: 'sideways' }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, outcome: 'meh' }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, purpose: 'fun' }).success).toBe(false);
  });

  it('refuses an empty reason and an empty inReplyTo', () => {
    expect(InteractionSchema.safeParse({ ...base, reason: '' }).success).toBe(false);
    expect(InteractionSchema.safeParse({ ...base, inReplyTo: '' }).success).toBe(false);
  });
});
