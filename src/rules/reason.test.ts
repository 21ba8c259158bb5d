import { describe, expect, it } from 'vitest';
import { type BareReasonCode, bareReason, REASON_PARAMS, type ReasonCode } from './reason.js';

describe('bareReason', () => {
  const bare = (Object.keys(REASON_PARAMS) as ReasonCode[]).filter((code) => REASON_PARAMS[code].length === 0);

  it('gives each code without parameters as one frozen value with empty params', () => {
    expect(bare.length).toBeGreaterThan(10);
    for (const code of bare as BareReasonCode[]) {
      const reason = bareReason(code);
      expect(reason).toEqual({ code, params: {} });
      expect(Object.isFrozen(reason)).toBe(true);
      expect(Object.isFrozen(reason.params)).toBe(true);
      expect(bareReason(code)).toBe(reason);
      expect(JSON.stringify(reason)).toBe(`{"code":"${code}","params":{}}`);
    }
  });

  it('has no value for a code that takes parameters', () => {
    expect(bareReason('messages-pending' as BareReasonCode)).toBeUndefined();
  });
});
