import type { Interaction } from '../../model/interaction.js';
import type { InteractionRole } from '../../model/vocabulary.js';

/**
 * Whether an outbound interaction is a personal, one-to-one touch rather than a broadcast.
 *
 * @remarks
 * An explicit `personalized` flag wins (so an automatic acknowledgement marked
 * `personalized: false` is not personal even though it answers a message). Without one, a reply to
 * something (`inReplyTo`) is personal, and so is an interaction whose role is `reply`
 * (`reply`, `call`, `resolve`: a call to a customer is personal by nature). Everything else —
 * broadcasts, notifications, unflagged rewards — is not. O(1).
 * @internal
 */
export function isPersonal(interaction: Interaction, role: InteractionRole | undefined): boolean {
  return interaction.personalized ?? (interaction.inReplyTo !== undefined || role === 'reply');
}
