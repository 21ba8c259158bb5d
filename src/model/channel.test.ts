import { describe, expect, it } from 'vitest';
import { ChannelSchema, channelKindDefaults, DEFAULT_RESPONSE_TARGETS, normalizeChannel } from './channel.js';
import { CHANNEL_KINDS, type ChannelKind } from './vocabulary.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// The data model: realTime for chat, phone, social, sms, in-person; public for social, forum, review-site;
// targets chat 5 min, phone and in-person 15 min, social and sms 1 h, email, web, mobile-app,
// forum and other 24 h, review-site and event 48 h, postal 7 days.
const EXPECTED: Record<ChannelKind, { realTime: boolean; public: boolean; targetMs: number }> = {
  chat: { realTime: true, public: false, targetMs: 5 * MIN },
  phone: { realTime: true, public: false, targetMs: 15 * MIN },
  'in-person': { realTime: true, public: false, targetMs: 15 * MIN },
  social: { realTime: true, public: true, targetMs: HOUR },
  sms: { realTime: true, public: false, targetMs: HOUR },
  email: { realTime: false, public: false, targetMs: DAY },
  web: { realTime: false, public: false, targetMs: DAY },
  'mobile-app': { realTime: false, public: false, targetMs: DAY },
  forum: { realTime: false, public: true, targetMs: DAY },
  'review-site': { realTime: false, public: true, targetMs: 2 * DAY },
  event: { realTime: false, public: false, targetMs: 2 * DAY },
  other: { realTime: false, public: false, targetMs: DAY },
  postal: { realTime: false, public: false, targetMs: 7 * DAY },
};

describe('channelKindDefaults', () => {
  it('covers all 13 kinds', () => {
    expect(CHANNEL_KINDS).toHaveLength(13);
    expect(Object.keys(DEFAULT_RESPONSE_TARGETS).sort()).toEqual([...CHANNEL_KINDS].sort());
  });

  it.each(CHANNEL_KINDS)('%s', (kind) => {
    const defaults = channelKindDefaults(kind);
    const expected = EXPECTED[kind];
    expect(defaults.realTime).toBe(expected.realTime);
    expect(defaults.public).toBe(expected.public);
    const channel = normalizeChannel(ChannelSchema.parse({ id: `x-${kind}`, kind }));
    expect(channel.responseTargetMs).toBe(expected.targetMs);
    expect(channel.responseTarget).toEqual(DEFAULT_RESPONSE_TARGETS[kind]);
    expect(channel).toMatchObject({ id: `x-${kind}`, kind, realTime: expected.realTime, public: expected.public });
  });
});

describe('normalizeChannel', () => {
  it('lets explicit fields win over the kind defaults', () => {
    // A chat channel that is not live, an email channel that is public, a 2 h target.
    const chat = normalizeChannel(ChannelSchema.parse({ id: 'bot', kind: 'chat', realTime: false }));
    expect(chat.realTime).toBe(false);
    expect(chat.responseTargetMs).toBe(5 * MIN);
    const mail = normalizeChannel(
      ChannelSchema.parse({ id: 'list', kind: 'email', public: true, responseTarget: { hours: 2 } }),
    );
    expect(mail).toEqual({
      id: 'list',
      kind: 'email',
      realTime: false,
      public: true,
      responseTarget: { hours: 2 },
      responseTargetMs: 2 * HOUR,
    });
  });

  it('adds the parts of a combined duration', () => {
    // 1 day + 12 hours + 30 minutes = 86 400 000 + 43 200 000 + 1 800 000 = 131 400 000 ms.
    const channel = normalizeChannel(
      ChannelSchema.parse({ id: 'p', kind: 'postal', responseTarget: { days: 1, hours: 12, minutes: 30 } }),
    );
    expect(channel.responseTargetMs).toBe(131_400_000);
  });
});

describe('ChannelSchema', () => {
  it('refuses an unknown kind and a missing id', () => {
    expect(ChannelSchema.safeParse({ id: 'x', kind: 'pigeon' }).success).toBe(false);
    expect(ChannelSchema.safeParse({ kind: 'email' }).success).toBe(false);
    expect(ChannelSchema.safeParse({ id: '', kind: 'email' }).success).toBe(false);
    expect(ChannelSchema.safeParse({ id: 'x', kind: 'email', realTime: 'yes' }).success).toBe(false);
  });

  it('accepts ids that are Object.prototype keys', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect(normalizeChannel(ChannelSchema.parse({ id, kind: 'chat' })).id).toBe(id);
    }
  });
});
