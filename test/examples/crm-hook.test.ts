/**
 * The CRM hook example (examples/crm-hook.ts): the decisions it takes for the three arriving
 * interactions, and the rule that marketing never goes out while a consent flag is open.
 */
import { describe, expect, it, vi } from 'vitest';
import { decide, main, memoryStore, onInteractionCreated } from '../../examples/crm-hook.js';
import { EngagementInputError, sampleDataset } from '../../src/index.js';

const kinds = (actions: readonly { kind: string }[]) => actions.map((action) => action.kind);

describe('examples/crm-hook', () => {
  it('alerts, escalates and offers the next step for the three sample interactions', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const [complaint, ignored, review] = main();
    log.mockRestore();

    expect(kinds(complaint?.actions ?? [])).toContain('alert-privacy-team');
    expect(kinds(complaint?.actions ?? [])).toContain('hold-marketing');
    expect(kinds(ignored?.actions ?? [])).toContain('escalate');
    expect(review?.actions).toContainEqual(
      expect.objectContaining({ kind: 'offer-next-step', action: review?.profile.nextStep.action }),
    );
    for (const decision of [complaint, ignored, review]) {
      expect(decision?.explanation[0]).toMatch(/^Activity/);
    }
  });

  it('never offers marketing while a consent flag is open, even where consent allows it', () => {
    const { profile } = onInteractionCreated(memoryStore(sampleDataset()), {
      id: 'n',
      customerId: 'c004',
      channel: 'mail',
      at: '2026-06-30T09:00:00Z',
      direction: 'inbound',
      type: 'visit',
    });
    expect(profile.flags.length).toBeGreaterThan(0);
    const actions = decide(profile, { id: 'mail', allowed: true }, []);
    expect(kinds(actions)).not.toContain('offer-next-step');
    expect(kinds(actions)).toContain('hold-marketing');
  });

  it('refuses an invalid new interaction with EngagementInputError', () => {
    const store = memoryStore(sampleDataset());
    const bad = {
      id: 'n',
      customerId: 'c003',
      channel: 'mail',
      at: '2026-06-30T09:00:00',
      direction: 'inbound',
      type: 'visit',
    } as const;
    expect(() => onInteractionCreated(store, bad)).toThrow(EngagementInputError);
  });
});
