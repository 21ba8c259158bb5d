import type { ScoringConfig } from '../../config/scoring-config.js';
import type { CustomerHistory } from '../../history/customer-history.js';
import { roleOf } from '../../history/roles.js';
import { firstAfter, firstAtOrAfter } from '../../history/window.js';
import type { Interaction } from '../../model/interaction.js';
import { isPersonal } from './personal.js';

/**
 * What the value components read, gathered in one pass over the look-back window.
 * @internal
 */
export interface ValueScan {
  /** Inbound dialogue messages (request, question, complaint, …), in time order. */
  readonly messages: Interaction[];
  /** Outbound interactions, in time order, with whether each was personal. */
  readonly outbound: Interaction[];
  readonly outboundPersonal: boolean[];
  /** Inbound endorsements and contributions, in time order. */
  readonly contributions: Interaction[];
  /** Outbound recognitions (reward, thank) that answer nothing in particular, in time order. */
  readonly recognitions: Interaction[];
  /** Earliest personal outbound reply per id it answers. */
  readonly personalReplies: Map<string, Interaction>;
  /** Earliest outbound recognition per id it answers (a thank-you for one contribution). */
  readonly targetedRecognitions: Map<string, Interaction>;
}

/**
 * One pass over `[asOf − window, asOf]` collecting what {@link personalResponse},
 * {@link personalTouch} and {@link acknowledgedContributions} need. O(n) in the window.
 * @internal
 */
export function scanValue(history: CustomerHistory, asOf: number, config: ScoringConfig): ValueScan {
  const all = history.interactions;
  const end = firstAfter(all, asOf);
  const scan: ValueScan = {
    messages: [],
    outbound: [],
    outboundPersonal: [],
    contributions: [],
    recognitions: [],
    personalReplies: new Map(),
    targetedRecognitions: new Map(),
  };
  for (let i = firstAtOrAfter(all, asOf - config.window); i < end; i++) {
    const interaction = all[i] as Interaction;
    const role = roleOf(interaction.type, config.typeRoles);
    if (interaction.direction === 'inbound') {
      if (role === 'dialogue') scan.messages.push(interaction);
      else if (role === 'endorsement' || role === 'contribution') scan.contributions.push(interaction);
      continue;
    }
    const personal = isPersonal(interaction, role);
    scan.outbound.push(interaction);
    scan.outboundPersonal.push(personal);
    const target = interaction.inReplyTo;
    if (target === undefined) {
      if (role === 'recognition') scan.recognitions.push(interaction);
      continue;
    }
    if (personal && !scan.personalReplies.has(target)) scan.personalReplies.set(target, interaction);
    if (role === 'recognition' && !scan.targetedRecognitions.has(target)) {
      scan.targetedRecognitions.set(target, interaction);
    }
  }
  return scan;
}
