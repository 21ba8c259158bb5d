import { describe, expect, it } from 'vitest';
import { responseTargetMs } from './response-target.js';

const chat = { id: 'web-chat', kind: 'chat', responseTargetMs: 300_000 } as const;

describe('responseTargetMs', () => {
  it("falls back to the channel's own target", () => {
    expect(responseTargetMs(chat, {})).toBe(300_000);
  });

  it('prefers the kind entry over the channel, and the id entry over both', () => {
    expect(responseTargetMs(chat, { chat: 600_000 })).toBe(600_000);
    expect(responseTargetMs(chat, { chat: 600_000, 'web-chat': 60_000 })).toBe(60_000);
    expect(responseTargetMs(chat, { email: 1 })).toBe(300_000);
  });

  it('honours a zero target', () => {
    expect(responseTargetMs(chat, { 'web-chat': 0 })).toBe(0);
  });

  it('does not read Object.prototype for ids like constructor', () => {
    const odd = { id: 'constructor', kind: 'chat', responseTargetMs: 300_000 } as const;
    expect(responseTargetMs(odd, {})).toBe(300_000);
    const proto = { id: '__proto__', kind: 'chat', responseTargetMs: 300_000 } as const;
    expect(responseTargetMs(proto, {})).toBe(300_000);
  });
});
