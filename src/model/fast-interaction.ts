import type { Interaction } from './interaction.js';
import { DEFAULT_TIMESTAMP_RANGE, readTimestamp, type TimestampRange } from './timestamp.js';

const DIRECTIONS: ReadonlySet<unknown> = new Set(['inbound', 'outbound']);
const OUTCOMES: ReadonlySet<unknown> = new Set(['resolved', 'unresolved', 'fulfilled', 'broken']);
const PURPOSES: ReadonlySet<unknown> = new Set(['marketing', 'service', 'transactional']);

/** The fields of an interaction, in {@link InteractionSchema} order. @internal */
export const INTERACTION_FIELDS: readonly string[] = [
  'id',
  'customerId',
  'channel',
  'at',
  'direction',
  'type',
  'inReplyTo',
  'personalized',
  'topics',
  'amount',
  'sentiment',
  'outcome',
  'dueAt',
  'reason',
  'purpose',
];

/**
 * The fast path of interaction validation: accepts exactly what {@link InteractionSchema} accepts
 * and builds the same output, without zod's per-field machinery. Reads own enumerable properties
 * only (never inherited ones). Returns `undefined` when the record is not plainly valid, so the
 * caller falls back to the schema, which reports every issue. Keys outside the model are passed to
 * `unknown` (when given) and otherwise ignored. May throw when reading the record throws (a getter,
 * a Proxy); the caller turns that into a rejection. A property test holds the two paths to the same
 * verdict and output.
 * @internal
 */
export function fastInteraction(
  record: unknown,
  range: TimestampRange = DEFAULT_TIMESTAMP_RANGE,
  unknown?: (key: string) => void,
): Interaction | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  let id: unknown;
  let customerId: unknown;
  let channel: unknown;
  let at: unknown;
  let direction: unknown;
  let type: unknown;
  let inReplyTo: unknown;
  let personalized: unknown;
  let topics: unknown;
  let amount: unknown;
  let sentiment: unknown;
  let outcome: unknown;
  let dueAt: unknown;
  let reason: unknown;
  let purpose: unknown;
  const keys = Object.keys(r);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    switch (key) {
      case 'id':
        id = r[key];
        break;
      case 'customerId':
        customerId = r[key];
        break;
      case 'channel':
        channel = r[key];
        break;
      case 'at':
        at = r[key];
        break;
      case 'direction':
        direction = r[key];
        break;
      case 'type':
        type = r[key];
        break;
      case 'inReplyTo':
        inReplyTo = r[key];
        break;
      case 'personalized':
        personalized = r[key];
        break;
      case 'topics':
        topics = r[key];
        break;
      case 'amount':
        amount = r[key];
        break;
      case 'sentiment':
        sentiment = r[key];
        break;
      case 'outcome':
        outcome = r[key];
        break;
      case 'dueAt':
        dueAt = r[key];
        break;
      case 'reason':
        reason = r[key];
        break;
      case 'purpose':
        purpose = r[key];
        break;
      default:
        unknown?.(key);
    }
  }
  if (!isId(id) || !isId(customerId) || !isId(channel) || !isId(type) || !DIRECTIONS.has(direction)) return undefined;
  const time = timeIn(at, range);
  if (time === undefined) return undefined;
  const out: { -readonly [K in keyof Interaction]: Interaction[K] } = {
    id,
    customerId,
    channel,
    at: time,
    direction: direction as Interaction['direction'],
    type,
  };
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
    const copy = topics.slice();
    for (let i = 0; i < copy.length; i++) if (typeof copy[i] !== 'string') return undefined;
    out.topics = copy as string[];
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
    const due = timeIn(dueAt, range);
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
  return out;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function timeIn(value: unknown, range: TimestampRange): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= range.from && value < range.to ? value : undefined;
  }
  const result = readTimestamp(value, range);
  return result.ok ? result.ms : undefined;
}
