import type { Interaction } from '../model/interaction.js';
import { type InteractionRole, type Purpose, STANDARD_TYPE_ROLES } from '../model/vocabulary.js';

/**
 * The role of an interaction type: the configured `typeRoles` first, then the standard vocabulary.
 *
 * @param type - An interaction type, standard or custom.
 * @param typeRoles - `config.typeRoles` (custom type → role).
 * @returns The role, or `undefined` for a type with no meaning to the rules.
 * @internal
 */
export function roleOf(
  type: string,
  typeRoles: Readonly<Record<string, InteractionRole>>,
): InteractionRole | undefined {
  if (Object.hasOwn(typeRoles, type)) return typeRoles[type];
  return STANDARD_TYPE_ROLES.get(type);
}

/**
 * Why the business sent an interaction: its own `purpose`, else a default by role —
 * broadcast is marketing; reply, recognition and commitment are service; anything else transactional.
 *
 * @param interaction - The interaction.
 * @param role - Its role from {@link roleOf}.
 * @returns The purpose.
 * @internal
 */
export function purposeOf(interaction: Pick<Interaction, 'purpose'>, role: InteractionRole | undefined): Purpose {
  if (interaction.purpose !== undefined) return interaction.purpose;
  if (role === 'broadcast') return 'marketing';
  if (role === 'reply' || role === 'recognition' || role === 'commitment') return 'service';
  return 'transactional';
}

/**
 * True for outbound marketing: an outbound interaction whose purpose is marketing.
 *
 * @param interaction - The interaction.
 * @param typeRoles - `config.typeRoles`.
 * @returns Whether consent and relevancy rules treat it as marketing.
 * @internal
 */
export function isOutboundMarketing(
  interaction: Pick<Interaction, 'direction' | 'type' | 'purpose'>,
  typeRoles: Readonly<Record<string, InteractionRole>>,
): boolean {
  return (
    interaction.direction === 'outbound' && purposeOf(interaction, roleOf(interaction.type, typeRoles)) === 'marketing'
  );
}
