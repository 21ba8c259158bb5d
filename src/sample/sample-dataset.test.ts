import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/scoring-config.js';
import { consentTimeline, isContactAllowed } from '../history/consent.js';
import type { CustomerHistory } from '../history/customer-history.js';
import { isOutboundMarketing, roleOf } from '../history/roles.js';
import { dialogueCases, dialogueMessages } from '../history/threads.js';
import { createHistory } from '../model/create-history.js';
import type { CustomerInput } from '../model/customer.js';
import type { InteractionInput } from '../model/interaction.js';
import { parseDataset } from '../model/parse-dataset.js';
import { INTERACTION_ROLES, STANDARD_TYPE_ROLES, STANDARD_VOCABULARY } from '../model/vocabulary.js';
import { SAMPLE_AS_OF, sampleDataset } from './sample-dataset.js';

const AS_OF = Date.parse(SAMPLE_AS_OF);
const DAY = 86_400_000;
const config = resolveConfig();
const input = sampleDataset();
const dataset = parseDataset(sampleDataset(), { mode: 'strict' });

/** Every customer's history, built through the public, validating constructor. */
const histories: CustomerHistory[] = input.customers.map((customer) =>
  createHistory({
    customer,
    channels: input.channels,
    interactions: input.interactions.filter((i) => i.customerId === customer.id),
  }),
);
const historyOf = (id: string): CustomerHistory => {
  const history = histories.find((h) => h.customer.id === id);
  if (history === undefined) throw new Error(`no customer ${id}`);
  return history;
};

const REASONS = [
  'get-discounts',
  'purchase',
  'read-reviews',
  'general-information',
  'exclusive-information',
  'learn-about-new-products',
  'submit-opinion',
  'customer-service',
  'event-participation',
  'feel-connected',
  'submit-ideas',
  'be-part-of-community',
];

describe('sampleDataset', () => {
  it('passes strict validation with nothing rejected', () => {
    expect(() => parseDataset(sampleDataset(), { mode: 'strict' })).not.toThrow();
    expect(parseDataset(sampleDataset(), { mode: 'collect' }).rejected).toEqual([]);
    expect(dataset.interactions).toHaveLength(input.interactions.length);
    expect(dataset.customers).toHaveLength(input.customers.length);
  });

  it('has about 50 customers, about 1,000 interactions and 8 channels of at least 6 kinds', () => {
    expect(input.customers).toHaveLength(50);
    expect(input.interactions.length).toBeGreaterThanOrEqual(850);
    expect(input.interactions.length).toBeLessThanOrEqual(1150);
    expect(input.channels).toHaveLength(8);
    expect(new Set(input.channels.map((c) => c.kind)).size).toBeGreaterThanOrEqual(6);
    expect(input.channels.filter((c) => c.responseTarget !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(input.channels.filter((c) => c.responseTarget === undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('uses plain, unique ids and ISO timestamps with Z, none after SAMPLE_AS_OF', () => {
    expect(new Set(input.customers.map((c) => c.id)).size).toBe(input.customers.length);
    expect(new Set(input.interactions.map((i) => i.id)).size).toBe(input.interactions.length);
    for (const c of input.customers) expect(c.id).toMatch(/^c\d{3}$/);
    for (const i of input.interactions) {
      expect(i.id).toMatch(/^i\d{4}$/);
      expect(i.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(Date.parse(i.at as string)).toBeLessThanOrEqual(AS_OF);
      if (i.dueAt !== undefined) expect(i.dueAt).toMatch(/Z$/);
    }
    for (const c of input.customers) {
      expect(c.since).toMatch(/Z$/);
      for (const consent of c.consents ?? []) expect(consent.at).toMatch(/Z$/);
    }
  });

  it('threads replies backwards in time, to interactions of the same customer', () => {
    const byId = new Map(dataset.interactions.map((i) => [i.id, i]));
    let replies = 0;
    for (const i of dataset.interactions) {
      if (i.inReplyTo === undefined) continue;
      const parent = byId.get(i.inReplyTo);
      expect(parent?.customerId).toBe(i.customerId);
      expect(parent?.at).toBeLessThan(i.at);
      replies++;
    }
    expect(replies).toBeGreaterThan(100);
  });

  it('contains every role and every type of the standard vocabulary', () => {
    const roles = new Set(dataset.interactions.map((i) => roleOf(i.type, {})));
    for (const role of INTERACTION_ROLES) expect(roles, role).toContain(role);
    const types = new Set(dataset.interactions.map((i) => i.type));
    for (const type of STANDARD_TYPE_ROLES.keys()) expect(types, type).toContain(type);
    // Each type with its usual direction.
    for (const i of dataset.interactions) {
      const entry = STANDARD_VOCABULARY.find((e) => e.types.includes(i.type));
      expect(i.direction, i.id).toBe(entry?.direction);
    }
  });

  it('is deterministic, and each call returns a fresh object', () => {
    const a = sampleDataset();
    const b = sampleDataset();
    expect(a).toStrictEqual(b);
    expect(a).not.toBe(b);
    a.customers.pop();
    (a.interactions[0] as InteractionInput).type = 'changed';
    (a.customers[0] as CustomerInput).interests?.push('changed');
    a.channels.length = 0;
    expect(sampleDataset()).toStrictEqual(b);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(input))).toStrictEqual(input);
  });

  it('contains marketing sent after an opt-out (c004 on mail, c015 on texts), by the consent timeline', () => {
    const violations: string[] = [];
    for (const history of histories) {
      const timeline = consentTimeline(history, { asOf: AS_OF, config });
      for (const i of history.interactions) {
        if (!isOutboundMarketing(i, {})) continue;
        const channel = history.channels.get(i.channel);
        if (channel === undefined) throw new Error(i.channel);
        if (!isContactAllowed(timeline, { channel, purpose: 'marketing', at: i.at })) {
          violations.push(`${history.customer.id}:${i.channel}`);
        }
      }
    }
    expect(violations).toContain('c004:mail');
    expect(violations).toContain('c015:texts');
    // Planted, not rampant: the business mostly respects what customers said.
    expect(violations.length).toBeLessThanOrEqual(5);
  });

  it('contains channels on which a customer wrote and nobody ever answered (c012 social, c031 community)', () => {
    const silent: string[] = [];
    for (const history of histories) {
      const byChannel = new Map<string, string[]>();
      for (const m of dialogueMessages(history, { asOf: AS_OF, config })) {
        const statuses = byChannel.get(m.message.channel) ?? [];
        statuses.push(m.firstReply === undefined ? m.status : 'answered');
        byChannel.set(m.message.channel, statuses);
      }
      for (const [channel, statuses] of byChannel) {
        if (statuses.every((s) => s === 'unanswered')) silent.push(`${history.customer.id}:${channel}`);
      }
    }
    expect(silent).toContain('c012:social');
    expect(silent).toContain('c031:community');
    expect(dialogueMessages(historyOf('c031'), { asOf: AS_OF, config }).length).toBeGreaterThanOrEqual(2);
  });

  it('has dialogue answered on time, late and not at all; cases resolved and unresolved; channel switches', () => {
    const statuses = histories.flatMap((h) => dialogueMessages(h, { asOf: AS_OF, config }).map((m) => m.status));
    expect(statuses.filter((s) => s === 'on-time').length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s === 'late').length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s === 'unanswered').length).toBeGreaterThanOrEqual(5);
    const cases = histories.flatMap((h) => dialogueCases(h, { asOf: AS_OF, config }));
    expect(cases.some((c) => c.outcome === 'resolved')).toBe(true);
    expect(cases.some((c) => c.outcome === 'unresolved')).toBe(true);
    expect(cases.some((c) => c.channelSwitches > 0)).toBe(true);
    const complaints = cases.filter((c) => c.root.type === 'complaint');
    expect(complaints.some((c) => c.outcome === 'resolved')).toBe(true);
    expect(complaints.some((c) => c.outcome !== 'resolved')).toBe(true);
  });

  it('has promises kept, broken and overdue, and recognition of contributions', () => {
    const promises = dataset.interactions.filter((i) => i.type === 'promise');
    for (const p of promises) expect(p.dueAt).toBeGreaterThan(p.at);
    expect(promises.some((p) => p.outcome === 'fulfilled')).toBe(true);
    expect(promises.some((p) => p.outcome === 'broken')).toBe(true);
    expect(promises.some((p) => p.outcome === undefined && (p.dueAt as number) < AS_OF)).toBe(true);
    const byId = new Map(dataset.interactions.map((i) => [i.id, i]));
    const recognised = dataset.interactions.filter((i) => {
      const parent = i.inReplyTo === undefined ? undefined : byId.get(i.inReplyTo);
      const role = parent === undefined ? undefined : roleOf(parent.type, {});
      return roleOf(i.type, {}) === 'recognition' && (role === 'contribution' || role === 'endorsement');
    });
    expect(recognised.length).toBeGreaterThanOrEqual(20);
  });

  it('carries the optional fields the rules read', () => {
    const outbound = dataset.interactions.filter((i) => i.direction === 'outbound');
    const inbound = dataset.interactions.filter((i) => i.direction === 'inbound');
    expect(outbound.some((i) => i.personalized === true)).toBe(true);
    expect(outbound.some((i) => i.personalized === false)).toBe(true);
    expect(outbound.filter((i) => isOutboundMarketing(i, {})).every((i) => (i.topics?.length ?? 0) > 0)).toBe(true);
    expect(inbound.filter((i) => i.topics !== undefined).length).toBeGreaterThanOrEqual(50);
    expect(inbound.filter((i) => i.sentiment !== undefined).length).toBeGreaterThanOrEqual(30);
    expect(dataset.interactions.filter((i) => i.type === 'purchase').every((i) => (i.amount ?? 0) > 0)).toBe(true);
    expect(dataset.interactions.some((i) => i.type === 'donate' && i.amount !== undefined)).toBe(true);
    expect(dataset.interactions.some((i) => i.purpose === 'transactional')).toBe(true);
    expect(dataset.customers.filter((c) => (c.interests?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(20);
    expect(dataset.customers.filter((c) => (c.preferredChannels?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(10);
    const text = [...dataset.customers.flatMap((c) => [c.segment ?? '', ...(c.interests ?? [])])];
    expect(text.some((s) => /[^\u0020-\u007e]/.test(s))).toBe(true);
  });

  it('gives reasons on many inbound interactions, from every perception-gap reason', () => {
    const inbound = dataset.interactions.filter((i) => i.direction === 'inbound');
    const withReason = inbound.filter((i) => i.reason !== undefined);
    expect(withReason.length / inbound.length).toBeGreaterThan(0.3);
    const reasons = new Set(withReason.map((i) => i.reason));
    for (const reason of REASONS) expect(reasons, reason).toContain(reason);
    for (const reason of reasons) expect(REASONS).toContain(reason);
  });

  it('has consents by channel id, kind and "*", for every purpose, and changes of consent over time', () => {
    const consents = dataset.customers.flatMap((c) => c.consents ?? []);
    const channels = new Set(consents.map((c) => c.channel));
    expect(channels).toContain('*');
    expect(channels).toContain('mail'); // a channel id
    expect(channels).toContain('email'); // a channel kind
    expect(new Set(consents.map((c) => c.purpose))).toEqual(new Set(['marketing', 'service', 'profiling']));
    expect(consents.some((c) => !c.granted)).toBe(true);
    const types = new Set(dataset.interactions.map((i) => i.type));
    for (const type of ['opt-in', 'opt-out', 'unsubscribe']) expect(types).toContain(type);
    // Some customers never gave any consent: they can only be observing.
    expect(dataset.customers.some((c) => c.consents === undefined)).toBe(true);
  });

  it('has one manual level override in force and one expired', () => {
    const overrides = dataset.customers.filter((c) => c.levelOverride !== undefined);
    expect(overrides.map((c) => c.id)).toEqual(['c024', 'c027']);
    expect(overrides.map((c) => (c.levelOverride?.until ?? 0) > AS_OF)).toEqual([true, false]);
  });

  describe('Engagement Pyramid mix (checked with the default level rules, from first principles)', () => {
    // Pyramid defaults: the highest level with one qualifying inbound interaction inside its window
    // (365 days; owning and leading 730), and `following` also by a consent granted and not withdrawn.
    const levelTypes = STANDARD_VOCABULARY.filter((e) => e.level !== undefined).map((e) => e.types);
    const rankAt = (history: CustomerHistory, at: number): number => {
      let rank = 0;
      levelTypes.forEach((types, k) => {
        const window = (k >= 4 ? 730 : 365) * DAY;
        const hit = history.interactions.some(
          (i) => i.direction === 'inbound' && i.at <= at && i.at > at - window && types.includes(i.type),
        );
        if (hit) rank = k + 1;
      });
      if (rank < 2 && hasActiveGrant(history, at)) rank = 2;
      return rank;
    };
    const hasActiveGrant = (history: CustomerHistory, at: number): boolean => {
      const timeline = consentTimeline(history, { asOf: at, config });
      return timeline.some((grant, k) => {
        if (!grant.granted) return false;
        const kind = history.channels.get(grant.channel)?.kind;
        return !timeline
          .slice(k + 1)
          .some(
            (later) =>
              !later.granted &&
              later.purpose === grant.purpose &&
              (later.channel === '*' || later.channel === grant.channel || later.channel === kind),
          );
      });
    };
    const now = new Map(histories.map((h) => [h.customer.id, rankAt(h, AS_OF)]));
    const before = new Map(histories.map((h) => [h.customer.id, rankAt(h, AS_OF - 90 * DAY)]));
    const ids = histories.map((h) => h.customer.id);
    const count = (rank: number): number => [...now.values()].filter((r) => r === rank).length;

    it('puts most customers below contributing, and a few at owning and leading', () => {
      expect(ids.filter((id) => (now.get(id) ?? 0) < 4).length).toBeGreaterThan(25);
      for (let rank = 1; rank <= 6; rank++) expect(count(rank), `rank ${rank}`).toBeGreaterThanOrEqual(2);
      expect(count(5) + count(6)).toBeLessThanOrEqual(8);
    });

    it('has customers who moved up, down and lapsed in the last 90 days', () => {
      const up = ids.filter((id) => (before.get(id) ?? 0) > 0 && (now.get(id) ?? 0) > (before.get(id) ?? 0));
      const down = ids.filter((id) => (now.get(id) ?? 0) > 0 && (now.get(id) ?? 0) < (before.get(id) ?? 0));
      const lapsed = ids.filter((id) => (before.get(id) ?? 0) > 0 && now.get(id) === 0);
      expect(up).toEqual(['c008', 'c009', 'c018', 'c023', 'c029', 'c032']);
      expect(down).toEqual(['c014', 'c025', 'c033']);
      expect(lapsed).toEqual(['c020', 'c034', 'c043']);
    });
  });
});
