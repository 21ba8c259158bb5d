import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, DAY, historyInputArb, shuffled, withTimeZone } from '../../../test/support/arbitraries.js';
import type { CreateHistoryInput } from '../../model/create-history.js';
import { createHistory } from '../../model/create-history.js';
import type { InteractionInput } from '../../model/interaction.js';
import { advocacy } from './advocacy.js';
import { complaintResolution } from './complaint-resolution.js';
import { promiseKeeping } from './promise-keeping.js';
import { sentiment } from './sentiment.js';
import { scoreTrust } from './trust.js';

const RUNS = { numRuns: 150 };
const options = { asOf: AS_OF };
const EPS = 1e-12;

const configArb = fc.record({
  halfLife: fc.constantFrom({ seconds: 1 }, { days: 90 }, { years: 10 }),
  window: fc.constantFrom({ days: 30 }, { days: 365 }, { years: 5 }),
});

/** Adds one interaction for the history's customer on its first channel. */
function withAdded(
  input: CreateHistoryInput,
  extra: Omit<InteractionInput, 'customerId' | 'channel'>,
): CreateHistoryInput {
  const channel = input.channels[0]?.id as string;
  return { ...input, interactions: [...input.interactions, { customerId: input.customer.id, channel, ...extra }] };
}
const atArb = fc.integer({ min: 0, max: 400 * DAY }).map((age) => AS_OF - age);

describe('scoreTrust properties', () => {
  it('scores in [0, 100] or null, never NaN, for any half-life and window', () => {
    fc.assert(
      fc.property(historyInputArb(), configArb, (input, config) => {
        const result = scoreTrust(createHistory(input), { asOf: AS_OF, config });
        if (result.score === null) expect(result.status).toBe('insufficient-data');
        else expect(result.score >= 0 && result.score <= 100).toBe(true);
        for (const c of result.components) {
          if (c.value !== null) expect(c.value >= 0 && c.value <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the rule is made of the component functions', () => {
    fc.assert(
      fc.property(historyInputArb(), (input) => {
        const history = createHistory(input);
        const parts = [promiseKeeping, complaintResolution, advocacy, sentiment].map((f) => f(history, options));
        expect(scoreTrust(history, options).components.map((c) => [c.value, c.evidence, c.facts])).toEqual(
          parts.map((p) => [p.value, p.evidence, p.facts]),
        );
      }),
      RUNS,
    );
  });

  it('does not depend on input order, the time zone, or mutate its input', () => {
    fc.assert(
      fc.property(historyInputArb(), fc.nat(), (input, seed) => {
        const before = structuredClone(input);
        const india = withTimeZone('Asia/Kolkata', () => scoreTrust(createHistory(input), options));
        expect(input).toEqual(before);
        const reordered = { ...input, interactions: shuffled(input.interactions, seed) };
        const california = withTimeZone('America/Los_Angeles', () => scoreTrust(createHistory(reordered), options));
        expect(california).toEqual(india);
      }),
      RUNS,
    );
  });

  it('a broken promise never raises promiseKeeping', () => {
    const firstArb = fc.constantFrom<InteractionInput['outcome']>('fulfilled', 'broken', undefined);
    fc.assert(
      fc.property(historyInputArb(), atArb, firstArb, atArb, (input, firstAt, outcome, at) => {
        // a first promise (kept, broken or overdue) so that there is something to compare with
        const base = withAdded(input, {
          id: 'first',
          at: firstAt,
          direction: 'outbound',
          type: 'promise',
          dueAt: firstAt,
          ...(outcome !== undefined ? { outcome } : {}),
        });
        const before = promiseKeeping(createHistory(base), options).value;
        const broken = withAdded(base, { id: 'added', at, direction: 'outbound', type: 'promise', outcome: 'broken' });
        const after = promiseKeeping(createHistory(broken), options).value;
        if (at >= AS_OF - 365 * DAY) expect(after).not.toBeNull();
        if (before !== null) expect(after as number).toBeLessThanOrEqual(before + EPS);
      }),
      RUNS,
    );
  });

  it('a resolved complaint never lowers complaintResolution', () => {
    const delayArb = fc.integer({ min: 0, max: 60 * DAY });
    fc.assert(
      fc.property(historyInputArb(), atArb, fc.nat(), delayArb, (input, at, pick, delay) => {
        // resolve either a complaint of the generated history or one added at `at`
        const base = withAdded(input, { id: 'complaint', at, direction: 'inbound', type: 'complaint' });
        const complaints = base.interactions.filter((i) => i.direction === 'inbound' && i.type === 'complaint');
        const complaint = complaints[pick % complaints.length] as InteractionInput;
        const resolvedAt = Math.min(AS_OF, (complaint.at as number) + delay);
        const before = complaintResolution(createHistory(base), options).value;
        const resolved = withAdded(base, {
          id: 'added',
          at: resolvedAt,
          direction: 'outbound',
          type: 'resolve',
          inReplyTo: complaint.id,
        });
        const after = complaintResolution(createHistory(resolved), options).value;
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before - EPS);
      }),
      RUNS,
    );
  });

  it('a new complaint that was resolved never lowers complaintResolution', () => {
    fc.assert(
      fc.property(historyInputArb(), atArb, atArb, (input, firstAt, at) => {
        const base = withAdded(input, { id: 'first', at: firstAt, direction: 'inbound', type: 'complaint' });
        const before = complaintResolution(createHistory(base), options).value;
        const added = withAdded(base, {
          id: 'added',
          at,
          direction: 'inbound',
          type: 'complaint',
          outcome: 'resolved',
        });
        const after = complaintResolution(createHistory(added), options).value;
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before - EPS);
      }),
      RUNS,
    );
  });

  it('one more endorsement never lowers advocacy', () => {
    fc.assert(
      fc.property(
        historyInputArb(),
        atArb,
        fc.constantFrom('like', 'share', 'recommend', 'refer'),
        (input, at, type) => {
          const before = advocacy(createHistory(input), options).value ?? 0;
          const after = advocacy(
            createHistory(withAdded(input, { id: 'added', at, direction: 'inbound', type })),
            options,
          ).value;
          if (at >= AS_OF - 365 * DAY) expect(after as number).toBeGreaterThanOrEqual(before);
          else expect(after ?? 0).toBe(before);
        },
      ),
      RUNS,
    );
  });
});
