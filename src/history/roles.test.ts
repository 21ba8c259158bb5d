import { describe, expect, it } from 'vitest';
import { STANDARD_VOCABULARY } from '../model/vocabulary.js';
import { isOutboundMarketing, purposeOf, roleOf } from './roles.js';

describe('roleOf', () => {
  it('knows every standard type', () => {
    for (const entry of STANDARD_VOCABULARY) {
      for (const type of entry.types) expect(roleOf(type, {})).toBe(entry.role);
    }
  });

  it('lets typeRoles name custom types and override standard ones', () => {
    expect(roleOf('tweet-reply', { 'tweet-reply': 'reply' })).toBe('reply');
    expect(roleOf('mention', { mention: 'endorsement' })).toBe('endorsement');
  });

  it('gives unknown types no role', () => {
    expect(roleOf('tweet-reply', {})).toBeUndefined();
    expect(roleOf('Complaint', {})).toBeUndefined(); // case matters
  });

  it('does not read Object.prototype', () => {
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(roleOf(type, {})).toBeUndefined();
    }
    const roles = Object.create(null) as Record<string, 'reply'>;
    roles['constructor'] = 'reply';
    expect(roleOf('constructor', roles)).toBe('reply');
  });
});

describe('purposeOf', () => {
  it('uses the interaction purpose when given', () => {
    expect(purposeOf({ purpose: 'service' }, 'broadcast')).toBe('service');
    expect(purposeOf({ purpose: 'marketing' }, 'reply')).toBe('marketing');
  });

  it('defaults by role: broadcast → marketing; reply, recognition, commitment → service; else transactional', () => {
    expect(purposeOf({}, 'broadcast')).toBe('marketing');
    expect(purposeOf({}, 'reply')).toBe('service');
    expect(purposeOf({}, 'recognition')).toBe('service');
    expect(purposeOf({}, 'commitment')).toBe('service');
    expect(purposeOf({}, 'contribution')).toBe('transactional');
    expect(purposeOf({}, undefined)).toBe('transactional');
  });
});

describe('isOutboundMarketing', () => {
  it('is true for outbound interactions whose purpose is marketing', () => {
    expect(isOutboundMarketing({ direction: 'outbound', type: 'newsletter' }, {})).toBe(true);
    expect(isOutboundMarketing({ direction: 'outbound', type: 'reply', purpose: 'marketing' }, {})).toBe(true);
    expect(isOutboundMarketing({ direction: 'outbound', type: 'blast' }, { blast: 'broadcast' })).toBe(true);
  });

  it('is false for inbound, service and transactional interactions', () => {
    expect(isOutboundMarketing({ direction: 'inbound', type: 'newsletter' }, {})).toBe(false);
    expect(isOutboundMarketing({ direction: 'outbound', type: 'offer', purpose: 'service' }, {})).toBe(false);
    expect(isOutboundMarketing({ direction: 'outbound', type: 'thank' }, {})).toBe(false);
    expect(isOutboundMarketing({ direction: 'outbound', type: 'blast' }, {})).toBe(false);
  });
});
