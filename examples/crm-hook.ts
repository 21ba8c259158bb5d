/**
 * Scoring inside CRM application code: a new interaction arrives, the customer is scored again on
 * the spot, and the application decides what to do from the profile.
 *
 *   npx tsx examples/crm-hook.ts
 *
 * `onInteractionCreated` is what a CRM would call from its "interaction created" hook: it loads the
 * customer's records, builds the history with the new interaction (`createHistory` validates it),
 * scores it at the moment the interaction happened (`scoreCustomer`) and turns the profile into
 * actions:
 *   - a consent flag (marketing sent after the customer said no) alerts the privacy team, and then no
 *     marketing goes out at all until a person has looked;
 *   - a red efficiency band escalates to the service lead, with the sentence that explains it;
 *   - a customer moving down the pyramid, or lapsing, gets a personal check-in;
 *   - otherwise the pyramid's next step is offered, on the customer's preferred channel, only where
 *     the consent timeline allows marketing there.
 * `explain(profile)` gives the sentences shown to the agent next to the decision.
 * The records come from an in-memory store over the sample data; a CRM would read its database.
 * In your own project, import from 'engagement-scoring' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import {
  type ChannelInput,
  type CustomerInput,
  consentTimeline,
  createHistory,
  type EngagementProfile,
  explain,
  type InteractionInput,
  isContactAllowed,
  resolveConfig,
  type ScoringConfig,
  sampleDataset,
  scoreCustomer,
} from '../src/index.js';

/** What the hook needs from the CRM: one customer's records and the channels. */
export interface CrmStore {
  customer(id: string): CustomerInput | undefined;
  interactionsOf(customerId: string): readonly InteractionInput[];
  channels(): readonly ChannelInput[];
}

/** Something the application should do now. */
export type Action =
  | { readonly kind: 'alert-privacy-team'; readonly reason: string }
  | { readonly kind: 'hold-marketing'; readonly reason: string }
  | { readonly kind: 'escalate'; readonly to: 'service-lead'; readonly reason: string }
  | { readonly kind: 'check-in'; readonly reason: string }
  | { readonly kind: 'offer-next-step'; readonly action: string; readonly text: string; readonly channel: string };

/** The hook's answer: the profile, what to do, and the sentences for the agent. */
export interface Decision {
  readonly profile: EngagementProfile;
  readonly actions: readonly Action[];
  readonly explanation: readonly string[];
}

/** Decides what to do from a freshly scored profile (see the file comment for the rules). */
export function decide(
  profile: EngagementProfile,
  marketingChannel: { readonly id: string; readonly allowed: boolean } | undefined,
  sentences: readonly string[],
): Action[] {
  const actions: Action[] = [];
  const consentFlags = profile.flags.filter((flag) => flag.code === 'consent-violation');
  if (consentFlags.length > 0) {
    const channels = [...new Set(consentFlags.map((flag) => flag.channel))].join(', ');
    actions.push({
      kind: 'alert-privacy-team',
      reason: `${consentFlags.length} marketing contact(s) after consent was withdrawn (${channels})`,
    });
  }
  if (profile.rules.efficiency.band === 'red') {
    const sentence = sentences.find((s) => s.startsWith('Efficiency')) ?? 'efficiency is red';
    actions.push({ kind: 'escalate', to: 'service-lead', reason: sentence });
  }
  const { direction, from, to } = profile.movement;
  if (direction === 'down' || direction === 'lapsed') {
    actions.push({
      kind: 'check-in',
      reason: `moved ${direction} on the pyramid (${from ?? 'none'} → ${to ?? 'none'})`,
    });
  }

  if (consentFlags.length > 0) {
    actions.push({ kind: 'hold-marketing', reason: 'a consent flag is open: no marketing until it is reviewed' });
  } else if (actions.some((action) => action.kind === 'escalate')) {
    actions.push({ kind: 'hold-marketing', reason: 'an escalation is open: fix the service first' });
  } else if (marketingChannel === undefined || !marketingChannel.allowed) {
    const where = marketingChannel === undefined ? 'any channel' : marketingChannel.id;
    actions.push({ kind: 'hold-marketing', reason: `no marketing consent on ${where}` });
  } else {
    const { action, text } = profile.nextStep;
    actions.push({ kind: 'offer-next-step', action, text, channel: marketingChannel.id });
  }
  return actions;
}

/**
 * The CRM hook: scores the customer again with the new interaction and decides what to do.
 *
 * @throws {@link EngagementInputError} when the new interaction (or a stored record) is invalid.
 */
export function onInteractionCreated(
  store: CrmStore,
  interaction: InteractionInput,
  config: ScoringConfig = resolveConfig(),
): Decision {
  const customer = store.customer(interaction.customerId);
  if (customer === undefined) throw new Error(`crm-hook: unknown customer ${interaction.customerId}`);
  const history = createHistory({
    customer,
    interactions: [...store.interactionsOf(customer.id), interaction],
    channels: store.channels(),
  });
  // Score at the moment the interaction happened: the hook never reads the clock.
  const asOf = (history.byId.get(interaction.id) as { at: number }).at;
  const profile = scoreCustomer(history, { asOf, config });
  const explanation = explain(profile);

  // Where marketing would go: the customer's first preferred channel, else the channel they just used.
  const channel = history.channels.get(history.customer.preferredChannels?.[0] ?? interaction.channel);
  const marketingChannel =
    channel === undefined
      ? undefined
      : {
          id: channel.id,
          allowed: isContactAllowed(
            consentTimeline(history, { asOf, config }),
            { channel, purpose: 'marketing', at: asOf },
            { policy: config.control.consentPolicy },
          ),
        };
  return { profile, actions: decide(profile, marketingChannel, explanation), explanation };
}

/** An in-memory store over a `{ customers, channels, interactions }` export. */
export function memoryStore(data: {
  readonly customers: readonly CustomerInput[];
  readonly channels: readonly ChannelInput[];
  readonly interactions: readonly InteractionInput[];
}): CrmStore {
  const customers = new Map(data.customers.map((customer) => [customer.id, customer]));
  const byCustomer = new Map<string, InteractionInput[]>();
  for (const interaction of data.interactions) {
    const list = byCustomer.get(interaction.customerId) ?? [];
    list.push(interaction);
    byCustomer.set(interaction.customerId, list);
  }
  return {
    customer: (id) => customers.get(id),
    interactionsOf: (id) => byCustomer.get(id) ?? [],
    channels: () => data.channels,
  };
}

/** Three interactions arriving in the sample CRM, and what the hook decides for each. */
export function main(): Decision[] {
  const store = memoryStore(sampleDataset());
  const arriving: InteractionInput[] = [
    // c004 was sent a newsletter after unsubscribing; now they complain.
    {
      id: 'new-1',
      customerId: 'c004',
      channel: 'mail',
      at: '2026-06-30T09:00:00Z',
      direction: 'inbound',
      type: 'complaint',
      sentiment: -0.8,
    },
    // c012's social messages are never answered; another question arrives there.
    {
      id: 'new-2',
      customerId: 'c012',
      channel: 'social',
      at: '2026-06-30T09:05:00Z',
      direction: 'inbound',
      type: 'question',
    },
    // c003, an advocate, writes a review.
    {
      id: 'new-3',
      customerId: 'c003',
      channel: 'reviews',
      at: '2026-06-30T09:10:00Z',
      direction: 'inbound',
      type: 'review',
      sentiment: 0.9,
    },
  ];
  const decisions: Decision[] = [];
  for (const interaction of arriving) {
    const decision = onInteractionCreated(store, interaction);
    decisions.push(decision);
    const { profile } = decision;
    console.log(
      `\n${interaction.customerId} ${interaction.type} on ${interaction.channel} → composite ${profile.composite.score?.toFixed(0) ?? '–'}` +
        ` (${profile.composite.band ?? 'no band'}), level ${profile.level.level ?? 'none'}`,
    );
    for (const action of decision.actions) {
      const { kind, ...details } = action;
      console.log(`  ▸ ${kind}: ${Object.values(details).join(' · ')}`);
    }
    for (const sentence of decision.explanation.slice(0, 3)) console.log(`    ${sentence}`);
  }
  return decisions;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
