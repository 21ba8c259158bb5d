/**
 * Episodes: the small stories a generated customer history is made of (a newsletter and the
 * click it earned, a question and its late reply, a purchase, its delivery promise and a thank
 * you). Each writes drafts into the customer's context; ids are given later, in time order.
 */
import type { Direction, Outcome, Purpose } from '../model/vocabulary.js';
import { type ChannelId, TARGET_MS, TOPICS } from './catalogue.js';
import { pick, pickWeighted, type Random, uniform, type Weighted, weighted } from './prng.js';

/** An interaction being written; `id` is filled in once the history is sorted. @internal */
export interface Draft {
  at: number;
  seq: number;
  id: string;
  parent: Draft | undefined;
  channel: ChannelId;
  direction: Direction;
  type: string;
  personalized?: boolean;
  topics?: string[];
  amount?: number;
  sentiment?: number;
  outcome?: Outcome;
  dueAt?: number;
  reason?: string;
  purpose?: Purpose;
}

/** One customer's generation state. @internal */
export interface Ctx {
  readonly rng: Random;
  readonly asOf: number;
  /** How well the business serves this customer, 0–1: reply speed, recognition, promises kept. */
  readonly quality: number;
  readonly unhappy: boolean;
  readonly interests: readonly string[];
  readonly preferred: readonly ChannelId[];
  /** A channel on which this customer's messages are never answered. */
  readonly ignoredChannel: ChannelId | undefined;
  /** When the customer withdrew marketing consent on a channel. */
  readonly optOutAt: Map<ChannelId, number>;
  /** When the customer opted in to text messages (`Infinity`: never). */
  smsOptInAt: number;
  /** Latest moment an inbound interaction of the customer's top level may have (falling customers). */
  topLimit: number;
  readonly drafts: Draft[];
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Whole seconds, so ISO strings stay short. @internal */
export function seconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Two decimals, never `-0` (which JSON would not keep). @internal */
export function round2(x: number): number {
  return Math.round(x * 100) / 100 + 0;
}

/** Adds a draft unless it would fall after `asOf`. @internal */
export function add(
  ctx: Ctx,
  at: number,
  channel: ChannelId,
  direction: Direction,
  type: string,
  parent?: Draft,
): Draft | undefined {
  const t = seconds(parent !== undefined && at <= parent.at ? parent.at + 1000 : at);
  if (t > ctx.asOf) return undefined;
  const draft: Draft = { at: t, seq: ctx.drafts.length, id: '', parent, channel, direction, type };
  ctx.drafts.push(draft);
  return draft;
}

function later(ctx: Ctx, t: number, lo: number, hi: number): number {
  return t + uniform(ctx.rng, lo, hi);
}

function maybe(ctx: Ctx, p: number): boolean {
  return ctx.rng() < p;
}

/** A topic the customer cares about (mostly) or any topic. */
function topicFor(ctx: Ctx, relevant: boolean): string {
  return relevant && ctx.interests.length > 0 ? pick(ctx.rng, ctx.interests) : pick(ctx.rng, TOPICS);
}

function setReason(ctx: Ctx, draft: Draft, p: number, reasons: readonly string[]): void {
  if (reasons.length > 0 && maybe(ctx, p)) draft.reason = pick(ctx.rng, reasons);
}

function sentiment(ctx: Ctx, lo: number, hi: number): number {
  return round2(uniform(ctx.rng, lo, hi));
}

/** Whether marketing on `channel` at `t` is allowed by what the customer said. @internal */
export function marketingAllowed(ctx: Ctx, channel: ChannelId, t: number): boolean {
  const out = ctx.optOutAt.get(channel);
  if (out !== undefined && out <= t) return false;
  return channel !== 'texts' || ctx.smsOptInAt <= t;
}

/** Thanks or rewards a contribution, soon (mostly) or late, when the business cares enough. */
function recognise(ctx: Ctx, what: Draft, p: number): void {
  if (!maybe(ctx, p)) return;
  const publicChannel = what.channel === 'social' || what.channel === 'reviews' || what.channel === 'community';
  const channel: ChannelId = publicChannel && maybe(ctx, 0.7) ? what.channel : 'mail';
  const type = maybe(ctx, 0.75) ? 'thank' : 'reward';
  const delay = maybe(ctx, 0.85) ? uniform(ctx.rng, HOUR, 20 * DAY) : uniform(ctx.rng, 31 * DAY, 60 * DAY);
  const draft = add(ctx, what.at + delay, channel, 'outbound', type, what);
  if (draft !== undefined) draft.personalized = true;
}

const ATTENTION = weighted<[string, ChannelId, readonly string[]]>([
  [['view', 'webshop', ['general-information', 'learn-about-new-products', 'purchase']], 3],
  [['view', 'social', ['learn-about-new-products', 'feel-connected']], 1.5],
  [['view', 'reviews', ['read-reviews']], 1.5],
  [['visit', 'webshop', ['general-information', 'get-discounts']], 2],
  [['visit', 'events', ['event-participation']], 0.5],
  [['read', 'reviews', ['read-reviews']], 2],
  [['read', 'community', ['general-information', 'feel-connected']], 1.5],
  [['open', 'mail', ['exclusive-information', 'learn-about-new-products']], 1.5],
  [['click', 'mail', ['get-discounts']], 1],
]);

/** The customer looks: views, visits, reads, opens, clicks. @internal */
export function attention(ctx: Ctx, t: number): void {
  const [type, channel, reasons] = pickWeighted(ctx.rng, ATTENTION);
  const draft = add(ctx, t, channel, 'inbound', type);
  if (draft === undefined) return;
  setReason(ctx, draft, 0.45, reasons);
  if (maybe(ctx, 0.2)) draft.topics = [topicFor(ctx, true)];
}

const MARKETING = weighted<string>([
  ['newsletter', 0.35],
  ['offer', 0.3],
  ['campaign', 0.2],
  ['notification', 0.15],
]);

/** The business broadcasts, perhaps on the wrong topic; sometimes the customer responds. @internal */
export function marketing(ctx: Ctx, t: number, forced?: { channel: ChannelId; type: string }): Draft | undefined {
  const type = forced?.type ?? pickWeighted(ctx.rng, MARKETING);
  const forcedChannel = forced?.channel;
  let channel: ChannelId = forcedChannel ?? marketingChannel(ctx, type, t);
  if (forcedChannel === undefined && !marketingAllowed(ctx, channel, t)) {
    if (!marketingAllowed(ctx, 'mail', t)) return undefined;
    channel = 'mail';
  }
  const draft = add(ctx, t, channel, 'outbound', type);
  if (draft === undefined) return undefined;
  const relevant = maybe(ctx, 0.25 + 0.55 * ctx.quality);
  draft.topics = maybe(ctx, 0.3) ? [topicFor(ctx, relevant), pick(ctx.rng, TOPICS)] : [topicFor(ctx, relevant)];
  if (type === 'offer') draft.personalized = maybe(ctx, 0.6 * ctx.quality);
  else if (type !== 'notification') draft.personalized = false;
  if (type === 'notification' && maybe(ctx, 0.5)) draft.purpose = 'marketing';
  // The customer's response, more likely when the message was about their interests.
  if (maybe(ctx, relevant ? 0.45 : 0.12)) {
    const responseType =
      channel === 'mail' ? (maybe(ctx, 0.6) ? 'open' : 'click') : channel === 'social' ? 'view' : 'click';
    const response = add(ctx, later(ctx, draft.at, 10 * MINUTE, 6 * DAY), channel, 'inbound', responseType);
    if (response !== undefined) {
      setReason(
        ctx,
        response,
        0.5,
        type === 'offer' ? ['get-discounts'] : ['exclusive-information', 'learn-about-new-products'],
      );
      if (maybe(ctx, 0.5)) response.topics = draft.topics.slice(0, 1);
    }
  }
  return draft;
}

function marketingChannel(ctx: Ctx, type: string, t: number): ChannelId {
  if (ctx.preferred.length > 0 && maybe(ctx, ctx.quality)) {
    const preferred = pick(ctx.rng, ctx.preferred);
    if (preferred !== 'hotline' && marketingAllowed(ctx, preferred, t)) return preferred;
  }
  switch (type) {
    case 'newsletter':
      return 'mail';
    case 'offer':
      return ctx.smsOptInAt <= t && maybe(ctx, 0.5) ? 'texts' : 'mail';
    case 'campaign':
      return maybe(ctx, 0.6) ? 'social' : 'mail';
    default:
      return ctx.smsOptInAt <= t ? 'texts' : 'webshop';
  }
}

const PERMISSION = weighted<[string, ChannelId, readonly string[]]>([
  [['follow', 'social', ['feel-connected', 'learn-about-new-products', 'get-discounts']], 3],
  [['register', 'community', ['be-part-of-community', 'general-information']], 1.5],
  [['register', 'events', ['event-participation']], 1],
  [['register', 'webshop', ['get-discounts', 'purchase']], 1.5],
  [['subscribe', 'mail', ['get-discounts', 'exclusive-information']], 1],
]);

/** The customer gives permission: follows, registers, subscribes. @internal */
export function permission(ctx: Ctx, t: number, type?: 'subscribe'): void {
  const [chosenType, channel, reasons] =
    type === 'subscribe'
      ? (['subscribe', 'mail', ['get-discounts', 'exclusive-information']] as const)
      : pickWeighted(ctx.rng, PERMISSION);
  const draft = add(ctx, t, channel, 'inbound', chosenType);
  if (draft !== undefined) setReason(ctx, draft, 0.6, reasons);
}

const ENDORSE = weighted<[string, ChannelId, readonly string[]]>([
  [['like', 'social', ['feel-connected']], 2.5],
  [['share', 'social', ['feel-connected', 'get-discounts']], 1.5],
  [['review', 'reviews', ['submit-opinion']], 3],
  [['recommend', 'reviews', ['submit-opinion']], 0.8],
  [['recommend', 'social', ['feel-connected']], 0.4],
  [['refer', 'webshop', ['get-discounts']], 1],
  [['testimonial', 'mail', ['submit-opinion']], 0.8],
]);

/** The customer endorses: likes, shares, reviews, recommends, refers. @internal */
export function endorse(ctx: Ctx, t: number): void {
  const [type, channel, reasons] = pickWeighted(ctx.rng, ENDORSE);
  const draft = add(ctx, t, channel, 'inbound', type);
  if (draft === undefined) return;
  setReason(ctx, draft, 0.6, reasons);
  if (type === 'review') {
    draft.sentiment = ctx.unhappy ? sentiment(ctx, -1, -0.2) : sentiment(ctx, -0.3, 1);
    draft.topics = [topicFor(ctx, true)];
  }
  recognise(ctx, draft, 0.15 + 0.6 * ctx.quality);
}

/** The customer buys; a delivery promise, a thank you and feedback may follow. @internal */
export function purchase(ctx: Ctx, t: number): void {
  const draft = add(ctx, t, 'webshop', 'inbound', 'purchase');
  if (draft === undefined) return;
  draft.amount = round2(12 + 380 * ctx.rng() ** 2);
  draft.topics = [topicFor(ctx, true)];
  setReason(ctx, draft, 0.75, ['purchase', 'purchase', 'get-discounts']);
  if (maybe(ctx, 0.4)) {
    const note = add(
      ctx,
      later(ctx, draft.at, MINUTE, 20 * MINUTE),
      maybe(ctx, 0.5) ? 'mail' : 'texts',
      'outbound',
      'notification',
    );
    if (note !== undefined) note.purpose = 'transactional';
  }
  if (maybe(ctx, 0.35)) promise(ctx, draft, 'mail', uniform(ctx.rng, 2 * DAY, 8 * DAY));
  recognise(ctx, draft, 0.1 + 0.4 * ctx.quality);
  const feedbackAt = later(ctx, draft.at, 3 * DAY, 30 * DAY);
  if (feedbackAt <= ctx.topLimit && maybe(ctx, 0.18)) {
    const feedback = add(ctx, feedbackAt, maybe(ctx, 0.5) ? 'mail' : 'webshop', 'inbound', 'feedback', draft);
    if (feedback === undefined) return;
    feedback.sentiment = ctx.unhappy ? sentiment(ctx, -1, 0) : sentiment(ctx, -0.4, 1);
    setReason(ctx, feedback, 0.7, ['submit-opinion', 'submit-ideas']);
    recognise(ctx, feedback, 0.2 + 0.5 * ctx.quality);
  }
}

/** The business promises something by a due date; kept, broken or still open. @internal */
export function promise(ctx: Ctx, parent: Draft, channel: ChannelId, dueIn: number): Draft | undefined {
  const draft = add(ctx, later(ctx, parent.at, 5 * MINUTE, 3 * HOUR), channel, 'outbound', 'promise', parent);
  if (draft === undefined) return undefined;
  draft.dueAt = seconds(draft.at + dueIn);
  if (draft.dueAt < ctx.asOf) {
    const r = ctx.rng();
    if (r < 0.15 + 0.8 * ctx.quality) draft.outcome = 'fulfilled';
    else if (r < 0.15 + 0.8 * ctx.quality + 0.6 * (1 - ctx.quality)) draft.outcome = 'broken';
    // else: overdue and never marked, which counts against the business too
  }
  return draft;
}

const COMMUNITY = weighted<[string, ChannelId, readonly string[]]>([
  [['post', 'community', ['be-part-of-community', 'feel-connected', 'general-information']], 3],
  [['answer', 'community', ['be-part-of-community']], 2],
  [['idea', 'community', ['submit-ideas']], 1.2],
  [['attend', 'events', ['event-participation']], 2.5],
  [['volunteer', 'events', ['event-participation', 'be-part-of-community']], 0.6],
  [['sponsor', 'events', ['feel-connected']], 0.4],
  [['donate', 'webshop', ['feel-connected']], 0.3],
]);

/** The customer contributes time or money to the community. @internal */
export function community(ctx: Ctx, t: number): void {
  const [type, channel, reasons] = pickWeighted(ctx.rng, COMMUNITY);
  const draft = add(ctx, t, channel, 'inbound', type);
  if (draft === undefined) return;
  setReason(ctx, draft, 0.6, reasons);
  if (type === 'sponsor' || type === 'donate') draft.amount = round2(25 + 475 * ctx.rng() ** 2);
  if (type === 'post' || type === 'idea') {
    draft.topics = [topicFor(ctx, true)];
    if (maybe(ctx, 0.5)) draft.sentiment = sentiment(ctx, -0.2, 0.9);
  }
  recognise(ctx, draft, 0.15 + 0.5 * ctx.quality);
}

const OWNERSHIP = weighted<[string, ChannelId, readonly string[]]>([
  [['membership', 'webshop', ['get-discounts', 'exclusive-information', 'be-part-of-community']], 4],
  [['invest', 'mail', ['be-part-of-community', 'feel-connected']], 1.5],
  [['ambassador', 'social', ['feel-connected', 'be-part-of-community']], 3],
  [['board', 'events', ['be-part-of-community']], 1.5],
]);

/** The customer takes a share: membership, investment, ambassadorship, a board seat. @internal */
export function ownership(ctx: Ctx, t: number): void {
  const [type, channel, reasons] = pickWeighted(ctx.rng, OWNERSHIP);
  const draft = add(ctx, t, channel, 'inbound', type);
  if (draft === undefined) return;
  setReason(ctx, draft, 0.5, reasons);
  if (type === 'membership') draft.amount = round2(uniform(ctx.rng, 40, 150));
  if (type === 'invest') draft.amount = round2(uniform(ctx.rng, 500, 5000));
  recognise(ctx, draft, 0.3 + 0.6 * ctx.quality);
}

const LEADERSHIP = weighted<[string, ChannelId]>([
  [['host', 'events'], 3],
  [['organize', 'events'], 3],
  [['lead', 'community'], 2],
  [['mentor', 'community'], 2],
]);

/** The customer leads: hosts, organises, leads a group, mentors. @internal */
export function leadership(ctx: Ctx, t: number): void {
  const [type, channel] = pickWeighted(ctx.rng, LEADERSHIP);
  const draft = add(ctx, t, channel, 'inbound', type);
  if (draft === undefined) return;
  setReason(ctx, draft, 0.5, ['be-part-of-community', 'event-participation']);
  draft.topics = [topicFor(ctx, true)];
  recognise(ctx, draft, 0.4 + 0.5 * ctx.quality);
}

const DIALOGUE_CHANNELS = weighted<ChannelId>([
  ['mail', 3],
  ['hotline', 2],
  ['webshop', 1.5],
  ['social', 1.5],
  ['community', 1],
  ['texts', 0.5],
  ['reviews', 0.4],
]);

const DIALOGUE_TYPES: Weighted<string> = weighted([
  ['question', 0.35],
  ['request', 0.3],
  ['message', 0.15],
  ['complaint', 0.12],
  ['mention', 0.08],
]);

const UNHAPPY_TYPES: Weighted<string> = weighted([
  ['complaint', 0.55],
  ['request', 0.2],
  ['question', 0.15],
  ['mention', 0.1],
]);

/**
 * The customer asks, requests, complains or mentions; the business answers (or not), on time
 * (or not), on the same channel (or not), and the case ends resolved, unresolved or open.
 * @internal
 */
export function dialogue(ctx: Ctx, t: number, onChannel?: ChannelId): void {
  const { rng, quality } = ctx;
  const type = pickWeighted(rng, ctx.unhappy ? UNHAPPY_TYPES : DIALOGUE_TYPES);
  const channel: ChannelId =
    onChannel ??
    (ctx.ignoredChannel !== undefined && maybe(ctx, 0.4)
      ? ctx.ignoredChannel
      : type === 'mention'
        ? 'social'
        : pickWeighted(rng, DIALOGUE_CHANNELS));
  const message = add(ctx, t, channel, 'inbound', type);
  if (message === undefined) return;
  setReason(
    ctx,
    message,
    0.7,
    type === 'question'
      ? ['general-information', 'customer-service']
      : type === 'mention'
        ? ['submit-opinion']
        : ['customer-service'],
  );
  if (type === 'complaint') message.sentiment = sentiment(ctx, -1, -0.3);
  else if (maybe(ctx, 0.3)) message.sentiment = sentiment(ctx, -0.5, 0.8);
  if (maybe(ctx, 0.4)) message.topics = [topicFor(ctx, true)];
  if (channel === ctx.ignoredChannel) return;
  const pAnswer = ctx.unhappy ? 0.45 + 0.3 * quality : 0.5 + 0.45 * quality;
  if (!maybe(ctx, pAnswer)) {
    if (type === 'complaint' && maybe(ctx, 0.3)) message.outcome = 'unresolved';
    return;
  }
  const target = TARGET_MS[channel];
  if (channel === 'mail' && maybe(ctx, 0.3 * (1 - quality))) {
    // An automatic acknowledgement: fast, but nobody read the message yet.
    const ack = add(ctx, later(ctx, message.at, 5000, 2 * MINUTE), 'mail', 'outbound', 'reply', message);
    if (ack !== undefined) ack.personalized = false;
  }
  const delay = maybe(ctx, 0.05 + 0.9 * quality) ? target * uniform(rng, 0.05, 0.95) : target * (1.1 + 4 * rng() ** 2);
  const replyChannel: ChannelId = maybe(ctx, 0.7 + 0.25 * quality) ? channel : maybe(ctx, 0.5) ? 'mail' : 'hotline';
  const replyAt = message.at + delay;
  let last: Draft | undefined;
  if (type === 'request' && maybe(ctx, 0.35)) {
    last = add(ctx, replyAt, replyChannel, 'outbound', 'promise', message);
    if (last !== undefined) {
      last.dueAt = seconds(last.at + uniform(rng, DAY, 10 * DAY));
      if (last.dueAt < ctx.asOf) {
        const r = rng();
        if (r < 0.2 + 0.75 * quality) last.outcome = 'fulfilled';
        else if (r < 0.9) last.outcome = 'broken';
      }
    }
  } else {
    last = add(ctx, replyAt, replyChannel, 'outbound', replyChannel === 'hotline' ? 'call' : 'reply', message);
  }
  if (last === undefined || (type !== 'request' && type !== 'complaint')) return;
  // The call-centre jungle: the unhappy customer is sent to another channel and follows up there.
  if (ctx.unhappy && maybe(ctx, 0.6)) {
    const elsewhere: ChannelId = last.channel === 'hotline' ? 'mail' : 'hotline';
    const followUp = add(ctx, later(ctx, last.at, 30 * MINUTE, 3 * DAY), elsewhere, 'inbound', 'message', last);
    if (followUp === undefined) return;
    followUp.sentiment = sentiment(ctx, -1, -0.2);
    followUp.reason = 'customer-service';
    const answer = add(
      ctx,
      later(ctx, followUp.at, 0.1 * TARGET_MS[elsewhere], 3 * TARGET_MS[elsewhere]),
      elsewhere,
      'outbound',
      elsewhere === 'hotline' ? 'call' : 'reply',
      followUp,
    );
    if (answer === undefined) return;
    last = answer;
  }
  const r = rng();
  if (r < 0.35 + 0.55 * quality) {
    const resolved = add(ctx, later(ctx, last.at, HOUR, 10 * DAY), last.channel, 'outbound', 'resolve', last);
    if (resolved !== undefined && maybe(ctx, 0.5)) resolved.outcome = 'resolved';
  } else if (r < 0.35 + 0.55 * quality + 0.5 * (1 - quality)) {
    const closed = add(ctx, later(ctx, last.at, HOUR, 14 * DAY), last.channel, 'outbound', 'reply', last);
    if (closed !== undefined) closed.outcome = 'unresolved';
  }
}

/** A withdrawal interaction: `unsubscribe` on mail, `opt-out` elsewhere. @internal */
export function withdraw(ctx: Ctx, t: number, channel: ChannelId): void {
  const draft = add(ctx, t, channel, 'inbound', channel === 'mail' ? 'unsubscribe' : 'opt-out');
  if (draft !== undefined) ctx.optOutAt.set(channel, draft.at);
}

/** An `opt-in` to text messages. @internal */
export function optInSms(ctx: Ctx, t: number): void {
  const draft = add(ctx, t, 'texts', 'inbound', 'opt-in');
  if (draft === undefined) return;
  setReason(ctx, draft, 0.5, ['get-discounts', 'exclusive-information']);
  ctx.smsOptInAt = draft.at;
}
