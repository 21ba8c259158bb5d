import { describe, expect, it } from 'vitest';
import {
  CHANNEL_KINDS,
  INTERACTION_ROLES,
  PYRAMID_LEVELS,
  STANDARD_TYPE_ROLES,
  STANDARD_VOCABULARY,
} from './vocabulary.js';

describe('vocabulary', () => {
  it('lists the pyramid levels lowest first', () => {
    expect(PYRAMID_LEVELS).toEqual(['observing', 'following', 'endorsing', 'contributing', 'owning', 'leading']);
  });

  it('has one entry per role, each role once', () => {
    expect(STANDARD_VOCABULARY.map((entry) => entry.role)).toEqual([...INTERACTION_ROLES]);
  });

  it('gives every standard type exactly one role (the vocabulary table)', () => {
    const all = STANDARD_VOCABULARY.flatMap((entry) => entry.types);
    expect(new Set(all).size).toBe(all.length);
    expect(STANDARD_TYPE_ROLES.size).toBe(all.length);
    // Spot checks straight from the table.
    expect(STANDARD_TYPE_ROLES.get('click')).toBe('attention');
    expect(STANDARD_TYPE_ROLES.get('opt-in')).toBe('permission');
    expect(STANDARD_TYPE_ROLES.get('testimonial')).toBe('endorsement');
    expect(STANDARD_TYPE_ROLES.get('sponsor')).toBe('contribution');
    expect(STANDARD_TYPE_ROLES.get('membership')).toBe('ownership');
    expect(STANDARD_TYPE_ROLES.get('mentor')).toBe('leadership');
    expect(STANDARD_TYPE_ROLES.get('mention')).toBe('dialogue');
    expect(STANDARD_TYPE_ROLES.get('unsubscribe')).toBe('withdrawal');
    expect(STANDARD_TYPE_ROLES.get('resolve')).toBe('reply');
    expect(STANDARD_TYPE_ROLES.get('notification')).toBe('broadcast');
    expect(STANDARD_TYPE_ROLES.get('thank')).toBe('recognition');
    expect(STANDARD_TYPE_ROLES.get('promise')).toBe('commitment');
    expect(STANDARD_TYPE_ROLES.get('__proto__')).toBeUndefined();
  });

  it('maps the six pyramid roles to the six levels in order, and only those', () => {
    const levels = STANDARD_VOCABULARY.flatMap((entry) => (entry.level === undefined ? [] : [entry.level]));
    expect(levels).toEqual([...PYRAMID_LEVELS]);
  });

  it('puts customer roles inbound and business roles outbound', () => {
    const outbound = STANDARD_VOCABULARY.filter((e) => e.direction === 'outbound').map((e) => e.role);
    expect(outbound).toEqual(['reply', 'broadcast', 'recognition', 'commitment']);
  });

  it('has no duplicate channel kinds', () => {
    expect(new Set(CHANNEL_KINDS).size).toBe(CHANNEL_KINDS.length);
  });
});
