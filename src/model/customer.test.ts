import { describe, expect, it } from 'vitest';
import { ConsentSchema, CustomerSchema, LevelOverrideSchema } from './customer.js';

const MARCH_1 = 1_772_323_200_000; // 2026-03-01T00:00:00Z

describe('CustomerSchema', () => {
  it('needs only an id', () => {
    expect(CustomerSchema.parse({ id: 'c1' })).toEqual({ id: 'c1' });
  });

  it('normalises every timestamp to epoch ms', () => {
    const customer = CustomerSchema.parse({
      id: 'c1',
      since: '2026-03-01T00:00:00Z',
      consents: [{ channel: '*', granted: true, at: new Date(MARCH_1) }],
      levelOverride: { level: 'owning', until: '2026-03-01T01:00:00+01:00' },
    });
    expect(customer.since).toBe(MARCH_1);
    expect(customer.consents?.[0]?.at).toBe(MARCH_1);
    expect(customer.levelOverride).toEqual({ level: 'owning', until: MARCH_1 });
  });

  it('keeps interests, preferred channels and segment as given', () => {
    const input = { id: 'c1', interests: ['shoes'], preferredChannels: ['mail'], segment: 'gold' };
    expect(CustomerSchema.parse(input)).toEqual(input);
  });

  it('drops unknown fields', () => {
    expect(CustomerSchema.parse({ id: 'c1', name: 'Ada' })).toEqual({ id: 'c1' });
  });

  it('refuses wrong shapes', () => {
    expect(CustomerSchema.safeParse({ id: 'c1', interests: 'shoes' }).success).toBe(false);
    expect(CustomerSchema.safeParse({ id: 'c1', preferredChannels: [''] }).success).toBe(false);
    expect(CustomerSchema.safeParse({ id: 'c1', since: '2026-03-01' }).success).toBe(false);
    expect(CustomerSchema.safeParse({ id: 'c1', consents: {} }).success).toBe(false);
  });
});

describe('ConsentSchema', () => {
  it("defaults the purpose to 'marketing'", () => {
    expect(ConsentSchema.parse({ channel: 'sms', granted: false, at: 1772323200000 })).toEqual({
      channel: 'sms',
      purpose: 'marketing',
      granted: false,
      at: 1772323200000,
    });
  });

  it('accepts the three purposes and refuses others', () => {
    for (const purpose of ['marketing', 'service', 'profiling']) {
      expect(ConsentSchema.parse({ channel: '*', purpose, granted: true, at: 1772323200000 }).purpose).toBe(purpose);
    }
    expect(
      ConsentSchema.safeParse({ channel: '*', purpose: 'transactional', granted: true, at: 1772323200000 }).success,
    ).toBe(false);
  });

  it('needs granted as a boolean and a timestamp', () => {
    expect(ConsentSchema.safeParse({ channel: '*', granted: 'yes', at: 1772323200000 }).success).toBe(false);
    expect(ConsentSchema.safeParse({ channel: '*', granted: true }).success).toBe(false);
    expect(ConsentSchema.safeParse({ channel: '', granted: true, at: 1772323200000 }).success).toBe(false);
  });
});

describe('LevelOverrideSchema', () => {
  it('accepts the six levels, with or without an end', () => {
    expect(LevelOverrideSchema.parse({ level: 'leading' })).toEqual({ level: 'leading' });
    expect(LevelOverrideSchema.safeParse({ level: 'champion' }).success).toBe(false);
    expect(LevelOverrideSchema.safeParse({ level: 'owning', until: 'later' }).success).toBe(false);
  });
});
