import type { Interaction } from '../../model/interaction.js';

/**
 * The customer's message an outbound interaction answers: its nearest inbound ancestor along the
 * `inReplyTo` chain, or `undefined` for proactive outbound (no inbound ancestor).
 *
 * @remarks
 * Validation rules out reply cycles; the walk is bounded by the history's size all the same.
 * O(depth of the thread).
 * @internal
 */
export function customerMessageOf(
  interaction: Interaction,
  byId: ReadonlyMap<string, Interaction>,
): Interaction | undefined {
  let parentId = interaction.inReplyTo;
  for (let steps = 0; parentId !== undefined && steps <= byId.size; steps++) {
    const parent = byId.get(parentId);
    if (parent === undefined) return undefined;
    if (parent.direction === 'inbound') return parent;
    parentId = parent.inReplyTo;
  }
  return undefined;
}

/**
 * Whether the customer lists a channel id among their `preferredChannels`. O(preferences).
 * @internal
 */
export function isPreferred(preferred: readonly string[] | undefined, channelId: string): boolean {
  return preferred?.includes(channelId) === true;
}
