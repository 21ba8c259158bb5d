import { describe, expect, it } from 'vitest';
import { type BareReasonCode, bareReason } from './bare-reason.js';
import { REASON_PARAMS, type ReasonCode } from './reason.js';

describe('bareReason', () => {
  const bare = (Object.keys(REASON_PARAMS) as ReasonCode[]).filter((code) => REASON_PARAMS[code].length === 0);

  it('gives a code without parameters as a frozen value with empty params, serialised like any reason', () => {
    expect(bare.length).toBeGreaterThan(10);
    for (const code of bare as BareReasonCode[]) {
      const reason = bareReason(code);
      expect(reason).toEqual({ code, params: {} });
      expect(Object.isFrozen(reason)).toBe(true);
      expect(Object.isFrozen(reason.params)).toBe(true);
      expect(JSON.stringify(reason)).toBe(`{"code":"${code}","params":{}}`);
    }
  });

  it('takes only codes without parameters', () => {
    // @ts-expect-error messages-pending has a parameter
    bareReason('messages-pending');
    expect(true).toBe(true);
  });
});
