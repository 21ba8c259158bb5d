import type { ScoringConfig } from '../../config/scoring-config.js';
import type { HistoryView } from '../../history/view.js';
import type { Interaction } from '../../model/interaction.js';

/**
 * What the trust components read, gathered in one pass over the look-back window. Interactions are
 * given by position in the history.
 * @internal
 */
export interface TrustScan {
  readonly view: HistoryView;
  /** Outbound promises (role `commitment`), in time order. */
  readonly promises: number[];
  /**
   * Per position, 1 + the position of the latest interaction answering it with a `fulfilled` /
   * `broken` outcome; 0 for none (`undefined`: no such outcome at all).
   */
  readonly promiseOutcome: Int32Array | undefined;
  /** Inbound complaints (`config.trust.complaintTypes`), in time order. */
  readonly complaints: number[];
  /** Interactions that resolve (`outcome: 'resolved'`, or a `resolve` without outcome) or leave unresolved a thread. */
  readonly resolutionMarks: number[];
  /** Inbound endorsements (like, share, review, recommend, refer, testimonial), in time order. */
  readonly endorsements: number[];
  /** Inbound interactions that carry a sentiment, in time order. */
  readonly sentiments: number[];
}

/**
 * One pass over `[asOf − window, asOf]` collecting what {@link promiseKeeping},
 * {@link complaintResolution}, {@link advocacy} and {@link sentiment} need. O(n) in the window.
 * @internal
 */
export function scanTrust(view: HistoryView, config: ScoringConfig): TrustScan {
  const { interactions: all, roles, parent, start, end } = view;
  const complaintTypes = config.trust.complaintTypes;
  const promises: number[] = [];
  const complaints: number[] = [];
  const resolutionMarks: number[] = [];
  const endorsements: number[] = [];
  const sentiments: number[] = [];
  let promiseOutcome: Int32Array | undefined;
  for (let i = start; i < end; i++) {
    const interaction = all[i] as Interaction;
    const { outcome, direction } = interaction;
    const role = roles[i];
    if (
      outcome === 'resolved' ||
      outcome === 'unresolved' ||
      (outcome === undefined && interaction.type === 'resolve')
    ) {
      resolutionMarks.push(i);
    }
    if (direction === 'inbound') {
      if (interaction.sentiment !== undefined) sentiments.push(i);
      if (complaintTypes.includes(interaction.type)) complaints.push(i);
      else if (role === 'endorsement') endorsements.push(i);
    } else if (role === 'commitment') {
      promises.push(i);
      continue; // a promise's own outcome is its own, even when it answers an earlier promise
    }
    const target = parent[i] as number;
    if ((outcome === 'fulfilled' || outcome === 'broken') && target >= 0) {
      promiseOutcome ??= new Int32Array(all.length);
      promiseOutcome[target] = i + 1; // in time order: the latest wins
    }
  }
  return { view, promises, promiseOutcome, complaints, resolutionMarks, endorsements, sentiments };
}
