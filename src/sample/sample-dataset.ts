import type { ChannelInput } from '../model/channel.js';
import type { CustomerInput } from '../model/customer.js';
import type { InteractionInput } from '../model/interaction.js';
import { type CustomerPlan, generateDataset } from './generate.js';

/**
 * The moment the sample data is meant to be scored at: the demo, the examples and the tests
 * all use it, so their results never depend on the clock.
 *
 * @example
 * import { SAMPLE_AS_OF, sampleDataset } from 'engagement-scoring';
 * SAMPLE_AS_OF //=> '2026-06-30T00:00:00Z'
 * sampleDataset().interactions.every((i) => Date.parse(i.at) <= Date.parse(SAMPLE_AS_OF)) //=> true
 * @category Sample
 */
export const SAMPLE_AS_OF = '2026-06-30T00:00:00Z';

const SEED = 20_260_653;

/**
 * Who the fifty sample customers are: an archetype each, how their pyramid level moved over the
 * last 90 days, and the planted problems (marketing after an opt-out; a channel nobody answers).
 */
const PLAN: readonly CustomerPlan[] = [
  { archetype: 'buyer' }, // c001
  { archetype: 'lurker' },
  { archetype: 'advocate' },
  { archetype: 'unhappy', violation: 'mail' }, // c004: newsletter after unsubscribing
  { archetype: 'subscriber' },
  { archetype: 'lurker' },
  { archetype: 'member' },
  { archetype: 'subscriber', trajectory: 'rising' },
  { archetype: 'advocate', trajectory: 'rising' },
  { archetype: 'buyer' }, // c010
  { archetype: 'lurker' },
  { archetype: 'ignored', ignoredChannel: 'social' }, // c012: social messages never answered
  { archetype: 'contributor' },
  { archetype: 'advocate', trajectory: 'falling' },
  { archetype: 'subscriber', violation: 'texts' }, // c015: text offer after opting out
  { archetype: 'leader' },
  { archetype: 'lurker', trajectory: 'new' },
  { archetype: 'buyer', trajectory: 'rising' },
  { archetype: 'advocate' },
  { archetype: 'subscriber', trajectory: 'lapsed' }, // c020
  { archetype: 'unhappy' },
  { archetype: 'lurker' },
  { archetype: 'member', trajectory: 'rising' },
  { archetype: 'advocate' }, // c024: manual override to owning
  { archetype: 'buyer', trajectory: 'falling' },
  { archetype: 'subscriber' },
  { archetype: 'contributor' }, // c027: manual override to leading, expired
  { archetype: 'lurker' },
  { archetype: 'advocate', trajectory: 'rising' },
  { archetype: 'buyer' }, // c030
  { archetype: 'ignored', ignoredChannel: 'community' }, // c031: forum questions never answered
  { archetype: 'subscriber', trajectory: 'rising' },
  { archetype: 'member', trajectory: 'falling' },
  { archetype: 'advocate', trajectory: 'lapsed' },
  { archetype: 'lurker' },
  { archetype: 'unhappy' },
  { archetype: 'buyer' },
  { archetype: 'subscriber' },
  { archetype: 'advocate' },
  { archetype: 'leader' }, // c040
  { archetype: 'contributor' },
  { archetype: 'lurker' },
  { archetype: 'buyer', trajectory: 'lapsed' },
  { archetype: 'unhappy' },
  { archetype: 'advocate' },
  { archetype: 'member' },
  { archetype: 'subscriber' },
  { archetype: 'buyer' },
  { archetype: 'lurker' },
  { archetype: 'advocate' }, // c050
];

/**
 * The embedded sample data: fifty customers of a small cooperative bike and outdoor shop, eight
 * channels and about a thousand interactions, as raw JSON input.
 *
 * @remarks
 * The data is generated from a fixed seed, so every call returns the same data — as a fresh
 * object that the caller may change. Timestamps are ISO-8601 strings with `Z`, all at or before
 * {@link SAMPLE_AS_OF}; the records are plain and JSON-serialisable, exactly what
 * {@link parseDataset} takes.
 *
 * What is in it: every role of the standard vocabulary; customers who only look, subscribers,
 * advocates, buyers, community contributors, members and two leaders; unhappy customers whose
 * complaints bounce between channels; customers whose questions on one channel are never
 * answered (c012 on `social`, c031 on `community`); marketing after an opt-out (c004 on `mail`,
 * c015 on `texts`); promises kept, broken and overdue; consents by channel id, channel kind and
 * `'*'`, for marketing, service and profiling; a reason on most inbound interactions. Most
 * customers stand below the fourth level of the Engagement Pyramid, as the pyramid's authors
 * observed; several moved up in the last 90 days, a few moved down or lapsed. Two carry a manual
 * level override (c024 in force, c027 expired).
 *
 * @returns `{ customers, channels, interactions }` in the raw input form.
 * @example
 * import { parseDataset, SAMPLE_AS_OF, sampleDataset } from 'engagement-scoring';
 * const input = sampleDataset();
 * input.customers.length //=> 50
 * input.channels.map((c) => c.id) //=> ['mail', 'hotline', 'webshop', 'texts', 'social', 'community', 'reviews', 'events']
 * input.interactions[0].at //=> '2024-09-05T15:37:38Z'
 * const dataset = parseDataset(input, { mode: 'strict' });
 * dataset.interactions.length === input.interactions.length //=> true
 * JSON.stringify(sampleDataset()) === JSON.stringify(input) //=> true
 * @category Sample
 */
export function sampleDataset(): {
  customers: CustomerInput[];
  channels: ChannelInput[];
  interactions: InteractionInput[];
} {
  const data = generateDataset({
    customers: PLAN.length,
    interactionsPerCustomer: 18,
    seed: SEED,
    asOf: SAMPLE_AS_OF,
    plan: PLAN,
  });
  const byId = new Map(data.customers.map((customer) => [customer.id, customer]));
  const patch = (id: string, change: (customer: CustomerInput) => void): void => {
    const customer = byId.get(id);
    if (customer !== undefined) change(customer);
  };
  // Signed up as brand ambassador offline: a person set the level, for the rest of the year.
  patch('c024', (c) => {
    c.levelOverride = { level: 'owning', until: '2026-12-31T00:00:00Z' };
  });
  // Ran the spring rides as a stand-in; the override has expired.
  patch('c027', (c) => {
    c.levelOverride = { level: 'leading', until: '2026-03-31T00:00:00Z' };
  });
  patch('c022', (c) => {
    c.segment = 'café-racers ☕';
  });
  // Automatic acknowledgements: a purchase receipt, an auto-reply to a complaint and a ticket
  // acknowledgement before the agent's call. None answers a message or counts as personal.
  const automatic = (id: string, customerId: string, channel: string, at: string, type: string, inReplyTo: string) =>
    data.interactions.push({ id, customerId, channel, at, direction: 'outbound', type, inReplyTo });
  automatic('i8001', 'c007', 'mail', '2025-10-13T07:01:10Z', 'receipt', 'i0106');
  automatic('i8002', 'c007', 'social', '2026-01-12T00:10:57Z', 'auto-reply', 'i0111');
  automatic('i8003', 'c008', 'hotline', '2026-01-04T02:50:00Z', 'acknowledgement', 'i0130');
  return data;
}
