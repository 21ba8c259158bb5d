/**
 * Small hand-written histories for worked examples: interactions drafted with an epoch-ms time and
 * an optional channel (default `mail`), on customer `c1`.
 */
import type { ChannelInput } from '../../src/model/channel.js';
import { createHistory } from '../../src/model/create-history.js';
import type { CustomerInput } from '../../src/model/customer.js';
import type { InteractionInput } from '../../src/model/interaction.js';

/** An interaction without its customer; `channel` defaults to `mail`. */
export type Draft = Omit<InteractionInput, 'customerId' | 'channel' | 'at'> & { at: number; channel?: string };

/** The channels a draft history has by default: `mail` (email, response target 24 h). */
export const MAIL_ONLY: readonly ChannelInput[] = [{ id: 'mail', kind: 'email' }];

/**
 * The history of customer `c1` (with `customer`'s other fields) made of `drafts`, on `channels`
 * (default: {@link MAIL_ONLY}).
 */
export function draftHistory(
  drafts: readonly Draft[],
  channels: readonly ChannelInput[] = MAIL_ONLY,
  customer: Omit<CustomerInput, 'id'> = {},
) {
  return createHistory({
    customer: { id: 'c1', ...customer },
    channels: [...channels],
    interactions: drafts.map((d) => ({ channel: 'mail', ...d, customerId: 'c1' })),
  });
}

/** A customer's interaction of `type` at `at`. */
export const inbound = (id: string, at: number, type: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'inbound',
  type,
  ...extra,
});

/** The business's interaction of `type` at `at`. */
export const outbound = (id: string, at: number, type: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  at,
  direction: 'outbound',
  type,
  ...extra,
});
