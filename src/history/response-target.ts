import type { Channel } from '../model/channel.js';

/**
 * The response target of a channel in ms.
 *
 * @remarks
 * Most specific first: `config.responseTargets[channel.id]`, then `config.responseTargets[channel.kind]`,
 * then the channel's own `responseTarget` (which defaults by kind). Configuration wins
 * over records, so a scorer can try other targets without editing the data. O(1).
 *
 * @param channel - A normalised channel.
 * @param responseTargets - `config.responseTargets` in ms, keyed by channel id or kind.
 * @returns The target in milliseconds.
 * @internal
 */
export function responseTargetMs(
  channel: Pick<Channel, 'id' | 'kind' | 'responseTargetMs'>,
  responseTargets: Readonly<Record<string, number>>,
): number {
  if (Object.hasOwn(responseTargets, channel.id)) return responseTargets[channel.id] as number;
  if (Object.hasOwn(responseTargets, channel.kind)) return responseTargets[channel.kind] as number;
  return channel.responseTargetMs;
}
