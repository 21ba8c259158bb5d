import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/scoring-config.js';
import { createHistory } from '../model/create-history.js';
import { HistoryView } from './view.js';

const DAY = 86_400_000;
const T = Date.parse('2026-05-01T00:00:00Z');
const config = resolveConfig();

function history(length: number) {
  const interactions = [];
  for (let i = 0; i < length; i++) {
    const at = new Date(T + i * 60_000).toISOString();
    interactions.push(
      i % 2 === 0
        ? { id: `q${i}`, customerId: 'c', channel: 'mail', at, direction: 'inbound' as const, type: 'question' }
        : {
            id: `r${i}`,
            customerId: 'c',
            channel: 'mail',
            at,
            direction: 'outbound' as const,
            type: 'reply',
            inReplyTo: `q${i - 1}`,
          },
    );
  }
  return createHistory({ customer: { id: 'c' }, channels: [{ id: 'mail', kind: 'email' }], interactions });
}

describe('HistoryView', () => {
  it('finds reply links by scanning short histories and through the id map in long ones, alike', () => {
    for (const length of [6, 60]) {
      const view = new HistoryView(history(length), T + DAY, config);
      expect(view.threaded).toBe(true);
      for (let i = 0; i < length; i++) expect(view.parent[i]).toBe(i % 2 === 0 ? -1 : i - 1);
    }
  });

  it('bounds the window by asOf and config.window', () => {
    const view = new HistoryView(history(10), T + 4 * 60_000, config); // positions 0..4 at or before asOf
    expect([view.start, view.end]).toEqual([0, 5]);
    const later = new HistoryView(history(10), T + 400 * DAY, config); // everything older than a year
    expect([later.start, later.end]).toEqual([10, 10]);
  });

  it('derives messages, cases and the consent timeline once, the same whoever reads first', () => {
    const h = history(8);
    const a = new HistoryView(h, T + DAY, config);
    const b = new HistoryView(h, T + DAY, config);
    const casesFirst = a.cases;
    expect(a.messages).toBe(a.messages);
    expect(a.cases).toBe(casesFirst);
    expect(a.consentTimeline).toBe(a.consentTimeline);
    // Reading in another order gives equal values.
    expect(b.consentTimeline).toEqual(a.consentTimeline);
    expect(b.messages.messages.map((m) => m.status)).toEqual(a.messages.messages.map((m) => m.status));
    expect(b.cases.summaries.length).toBe(a.cases.summaries.length);
  });

  it('is not threaded when no interaction replies to another', () => {
    const h = createHistory({
      customer: { id: 'c' },
      channels: [{ id: 'mail', kind: 'email' }],
      interactions: [{ id: 'x', customerId: 'c', channel: 'mail', at: T, direction: 'inbound', type: 'question' }],
    });
    const view = new HistoryView(h, T + DAY, config);
    expect([view.threaded, view.parent]).toEqual([false, [-1]]);
  });
});
