import type { Interaction } from './interaction.js';
import { readTimestamp } from './timestamp.js';

const DIRECTIONS: ReadonlySet<unknown> = new Set(['inbound', 'outbound']);
const OUTCOMES: ReadonlySet<unknown> = new Set(['resolved', 'unresolved', 'fulfilled', 'broken']);
const PURPOSES: ReadonlySet<unknown> = new Set(['marketing', 'service', 'transactional']);

/**
 * The fast path of interaction validation: accepts exactly what {@link InteractionSchema} accepts
 * and builds the same output, without zod's per-field machinery. Returns `undefined` when the record
 * is not plainly valid, so the caller falls back to the schema, which reports every issue.
 * A property test holds the two to the same verdict and output.
 * @internal
 */
export function fastInteraction(record: unknown): Interaction | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  const { id, customerId, channel, type, direction } = r;
  if (!isId(id) || !isId(customerId) || !isId(channel) || !isId(type) || !DIRECTIONS.has(direction)) return undefined;
  const at = time(r['at']);
  if (at === undefined) return undefined;
  const out: { -readonly [K in keyof Interaction]: Interaction[K] } = {
    id,
    customerId,
    channel,
    at,
    direction: direction as Interaction['direction'],
    type,
  };
  const { inReplyTo, personalized, topics, amount, sentiment, outcome, dueAt, reason, purpose, appliesTo } = r;
  if (inReplyTo !== undefined) {
    if (!isId(inReplyTo)) return undefined;
    out.inReplyTo = inReplyTo;
  }
  if (personalized !== undefined) {
    if (typeof personalized !== 'boolean') return undefined;
    out.personalized = personalized;
  }
  if (topics !== undefined) {
    if (!Array.isArray(topics)) return undefined;
    for (let i = 0; i < topics.length; i++) if (typeof topics[i] !== 'string') return undefined;
    out.topics = topics.slice() as string[];
  }
  if (amount !== undefined) {
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return undefined;
    out.amount = amount;
  }
  if (sentiment !== undefined) {
    if (typeof sentiment !== 'number' || !(sentiment >= -1 && sentiment <= 1)) return undefined;
    out.sentiment = sentiment;
  }
  if (outcome !== undefined) {
    if (!OUTCOMES.has(outcome)) return undefined;
    out.outcome = outcome as Interaction['outcome'];
  }
  if (dueAt !== undefined) {
    const due = time(dueAt);
    if (due === undefined) return undefined;
    out.dueAt = due;
  }
  if (reason !== undefined) {
    if (!isId(reason)) return undefined;
    out.reason = reason;
  }
  if (purpose !== undefined) {
    if (!PURPOSES.has(purpose)) return undefined;
    out.purpose = purpose as Interaction['purpose'];
  }
  if (appliesTo !== undefined) {
    if (!isId(appliesTo)) return undefined;
    out.appliesTo = appliesTo;
  }
  return out;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function time(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const result = readTimestamp(value);
  return result.ok ? result.ms : undefined;
}
