import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { roleOf } from '../../history/roles.js';
import { firstAfter, firstAtOrAfter } from '../../history/window.js';
import type { Interaction } from '../../model/interaction.js';

/**
 * What the trust components read, gathered in one pass over the look-back window.
 * @internal
 */
export interface TrustScan {
  /** Outbound promises (role `commitment`), in time order. */
  readonly promises: Interaction[];
  /** The latest `fulfilled` / `broken` outcome recorded on an interaction answering a promise, by promise id. */
  readonly promiseOutcomes: Map<string, Interaction>;
  /** Inbound complaints (`config.trust.complaintTypes`), in time order. */
  readonly complaints: Interaction[];
  /** Interactions that resolve (`outcome: 'resolved'`, or a `resolve` without outcome) or leave unresolved a thread. */
  readonly resolutionMarks: Interaction[];
  /** Inbound endorsements (like, share, review, recommend, refer, testimonial), in time order. */
  readonly endorsements: Interaction[];
  /** Inbound interactions that carry a sentiment, in time order. */
  readonly sentiments: Interaction[];
}

/**
 * One pass over `[asOf − window, asOf]` collecting what {@link promiseKeeping},
 * {@link complaintResolution}, {@link advocacy} and {@link sentiment} need. O(n) in the window.
 * @internal
 */
export function scanTrust(history: CustomerHistory, asOf: number, config: ScoringConfig): TrustScan {
  const all = history.interactions;
  const end = firstAfter(all, asOf);
  const complaintTypes = config.trust.complaintTypes;
  const scan: TrustScan = {
    promises: [],
    promiseOutcomes: new Map(),
    complaints: [],
    resolutionMarks: [],
    endorsements: [],
    sentiments: [],
  };
  for (let i = firstAtOrAfter(all, asOf - config.window); i < end; i++) {
    const interaction = all[i] as Interaction;
    const { outcome, direction } = interaction;
    const role = roleOf(interaction.type, config.typeRoles);
    if (
      outcome === 'resolved' ||
      outcome === 'unresolved' ||
      (outcome === undefined && interaction.type === 'resolve')
    ) {
      scan.resolutionMarks.push(interaction);
    }
    if (direction === 'inbound') {
      if (interaction.sentiment !== undefined) scan.sentiments.push(interaction);
      if (complaintTypes.includes(interaction.type)) scan.complaints.push(interaction);
      else if (role === 'endorsement') scan.endorsements.push(interaction);
    } else if (role === 'commitment') {
      scan.promises.push(interaction);
      continue; // a promise's own outcome is its own, even when it answers an earlier promise
    }
    if ((outcome === 'fulfilled' || outcome === 'broken') && interaction.inReplyTo !== undefined) {
      scan.promiseOutcomes.set(interaction.inReplyTo, interaction); // in time order: the latest wins
    }
  }
  return scan;
}
