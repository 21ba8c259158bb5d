import type * as z from 'zod';
import { type Channel, ChannelSchema, normalizeChannel } from './channel.js';
import { type Customer, CustomerSchema } from './customer.js';
import type { CollectedDataset, Dataset, DatasetCollection, RejectedRecord } from './dataset.js';
import { EngagementInputError, type InputIssue, type IssueCode } from './errors.js';
import { fastInteraction } from './fast-interaction.js';
import { type Interaction, InteractionSchema } from './interaction.js';
import { CHANNEL_KINDS } from './vocabulary.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Options of {@link parseDataset}.
 *
 * @category Model
 */
export interface ParseDatasetOptions {
  /**
   * `'strict'` (default) throws one {@link EngagementInputError} listing every problem;
   * `'collect'` returns the valid records and every rejected one with its reasons.
   */
  readonly mode?: 'strict' | 'collect' | undefined;
}

const FN = 'parseDataset';
const KINDS: ReadonlySet<string> = new Set(CHANNEL_KINDS);

/**
 * Validates and normalises a whole dataset: schemas, duplicate ids and every reference.
 *
 * @remarks
 * Each record is checked against {@link CustomerSchema}, {@link ChannelSchema} or
 * {@link InteractionSchema}; timestamps become epoch ms and channels get their kind defaults.
 * Then references: an interaction's `customerId` and `channel` must exist, `inReplyTo` must name
 * an interaction of the same customer and must not loop; a customer's `preferredChannels` and
 * consent channels must be channel ids (consents may also name a kind or `'*'`). The first record
 * with an id wins; later ones are `duplicate-id`. A record that depends on a rejected record is
 * rejected too, so nothing in the result points nowhere. Interactions after any `asOf` are not
 * errors (scoring ignores them). O(n) in the number of records.
 *
 * @param input - `{ customers, channels, interactions }`, e.g. parsed JSON.
 * @param options - `mode`: `'strict'` (default) or `'collect'`.
 * @returns The {@link Dataset}; in collect mode `{ dataset, rejected }`.
 * @throws {@link EngagementInputError} in strict mode when anything is wrong, and in either mode when
 *   `input` is not an object with the three lists.
 * @example
 * import { parseDataset } from 'engagement-scoring';
 * const input = {
 *   customers: [{ id: 'c1' }],
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'i2', customerId: 'c9', channel: 'mail', at: '2026-03-01T10:00:00Z', direction: 'outbound', type: 'reply' },
 *   ],
 * };
 * const { dataset, rejected } = parseDataset(input, { mode: 'collect' });
 * dataset.interactions[0].at //=> 1772355600000
 * rejected[0].issues[0].code //=> 'unknown-customer'
 * @category Model
 */
export function parseDataset(input: unknown, options?: { readonly mode?: 'strict' | undefined }): Dataset;
export function parseDataset(input: unknown, options: { readonly mode: 'collect' }): CollectedDataset;
export function parseDataset(input: unknown, options?: ParseDatasetOptions): Dataset | CollectedDataset;
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset | CollectedDataset {
  const mode = options?.mode ?? 'strict'; // `null` from plain JavaScript callers means no options
  if (mode !== 'strict' && mode !== 'collect') {
    throw new EngagementInputError(FN, [
      { path: ['mode'], code: 'invalid-option', message: `${FN}: mode must be 'strict' or 'collect'` },
    ]);
  }
  const lists = readLists(input, FN);
  const result = validateDataset(lists, FN);
  if (mode === 'collect') return result;
  if (result.rejected.length > 0) {
    throw new EngagementInputError(
      FN,
      result.rejected.flatMap((r) => r.issues),
    );
  }
  return result.dataset;
}

interface Lists {
  readonly customers: readonly unknown[];
  readonly channels: readonly unknown[];
  readonly interactions: readonly unknown[];
}

/** Checks the root shape; throws when the three lists are not there. @internal */
export function readLists(input: unknown, fn: string): Lists {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new EngagementInputError(fn, [
      { path: [], code: 'invalid-type', message: `${fn}: expected an object { customers, channels, interactions }` },
    ]);
  }
  const issues: InputIssue[] = [];
  const read = (key: DatasetCollection): unknown[] => {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(value)) return value;
    issues.push({
      path: [key],
      code: value === undefined ? 'missing-field' : 'invalid-type',
      message: `${fn}: ${key} must be an array`,
    });
    return [];
  };
  const lists = { customers: read('customers'), channels: read('channels'), interactions: read('interactions') };
  if (issues.length > 0) throw new EngagementInputError(fn, issues);
  return lists;
}

/** Validates the three lists; never throws. @internal */
export function validateDataset(lists: Lists, fn: string): CollectedDataset {
  const rejected: RejectedRecord[] = [];
  const reject = (collection: DatasetCollection, index: number, record: unknown, issues: InputIssue[]): void => {
    rejected.push({ collection, index, record, issues });
  };

  // Channels.
  const channelById = new Map<string, Channel>();
  const channels: Channel[] = [];
  for (let index = 0; index < lists.channels.length; index++) {
    const record = lists.channels[index];
    const parsed = parseRecord(ChannelSchema, record, ['channels', index], fn);
    if (!parsed.ok) {
      reject('channels', index, record, parsed.issues);
      continue;
    }
    if (channelById.has(parsed.value.id)) {
      reject('channels', index, record, [duplicate(fn, ['channels', index, 'id'], 'channel', parsed.value.id)]);
      continue;
    }
    const channel = normalizeChannel(parsed.value);
    channelById.set(channel.id, channel);
    channels.push(channel);
  }

  // Customers.
  const customerIds = new Set<string>();
  const customers: Customer[] = [];
  for (let index = 0; index < lists.customers.length; index++) {
    const record = lists.customers[index];
    const parsed = parseRecord(CustomerSchema, record, ['customers', index], fn);
    if (!parsed.ok) {
      reject('customers', index, record, parsed.issues);
      continue;
    }
    const customer = parsed.value;
    const issues: InputIssue[] = [];
    if (customerIds.has(customer.id)) issues.push(duplicate(fn, ['customers', index, 'id'], 'customer', customer.id));
    customer.preferredChannels?.forEach((channel, j) => {
      if (!channelById.has(channel)) {
        issues.push(unknownChannel(fn, ['customers', index, 'preferredChannels', j], channel));
      }
    });
    customer.consents?.forEach((consent, j) => {
      const target = consent.channel;
      if (target !== '*' && !channelById.has(target) && !KINDS.has(target)) {
        issues.push(unknownChannel(fn, ['customers', index, 'consents', j, 'channel'], target, true));
      }
    });
    if (issues.length > 0) {
      reject('customers', index, record, issues);
      continue;
    }
    customerIds.add(customer.id);
    customers.push(customer);
  }

  // Interactions: shape, duplicates, customer and channel.
  const accepted = new Map<string, ReplyEntry>();
  const pending: ReplyEntry[] = [];
  for (let index = 0; index < lists.interactions.length; index++) {
    const record = lists.interactions[index];
    // Plainly valid records take the fast path; anything else gets the schema's full report.
    let interaction = fastInteraction(record);
    if (interaction === undefined) {
      const parsed = parseRecord(InteractionSchema, record, ['interactions', index], fn);
      if (!parsed.ok) {
        reject('interactions', index, record, parsed.issues);
        continue;
      }
      interaction = parsed.value;
    }
    const known =
      !accepted.has(interaction.id) && customerIds.has(interaction.customerId) && channelById.has(interaction.channel);
    if (known) {
      const entry: ReplyEntry = { interaction, index, state: undefined, issue: undefined };
      accepted.set(interaction.id, entry);
      pending.push(entry);
      continue;
    }
    const issues: InputIssue[] = [];
    if (accepted.has(interaction.id)) {
      issues.push(duplicate(fn, ['interactions', index, 'id'], 'interaction', interaction.id));
    }
    if (!customerIds.has(interaction.customerId)) {
      issues.push({
        path: ['interactions', index, 'customerId'],
        code: 'unknown-customer',
        message: `${fn}: customer "${interaction.customerId}" is not among the valid customers`,
      });
    }
    if (!channelById.has(interaction.channel)) {
      issues.push(unknownChannel(fn, ['interactions', index, 'channel'], interaction.channel));
    }
    reject('interactions', index, record, issues);
  }

  // Replies: the target must be an accepted interaction of the same customer, with no loop.
  // Rejections cascade to replies of rejected interactions, so nothing left points nowhere.
  checkReplies(accepted, fn);
  const interactions: Interaction[] = [];
  for (const entry of pending) {
    if (entry.issue === undefined) interactions.push(entry.interaction);
    else reject('interactions', entry.index, lists.interactions[entry.index], [entry.issue]);
  }

  rejected.sort(byCollectionThenIndex);
  return { dataset: { customers, channels, interactions }, rejected };
}

interface ReplyEntry {
  readonly interaction: Interaction;
  readonly index: number;
  /** Verdict of the reply check; undefined until visited. */
  state: 'ok' | 'bad' | undefined;
  /** Why the entry fails the reply check. */
  issue: InputIssue | undefined;
}

/**
 * Marks each accepted interaction ok or bad by its `inReplyTo` chain: the target must be accepted,
 * of the same customer, and the chain must not loop. Verdicts live on the entries (no second map of
 * a million ids); roots and replies to vetted interactions take an allocation-free fast path.
 */
function checkReplies(accepted: ReadonlyMap<string, ReplyEntry>, fn: string): void {
  const fail = (entry: ReplyEntry, code: IssueCode, message: string): void => {
    entry.state = 'bad';
    entry.issue = { path: ['interactions', entry.index, 'inReplyTo'], code, message: `${fn}: ${message}` };
  };
  const visit = (self: ReplyEntry): void => {
    if (self.state !== undefined) return;
    const target = self.interaction.inReplyTo;
    if (target === undefined) {
      self.state = 'ok';
      return;
    }
    const parent = accepted.get(target);
    if (parent !== undefined && parent !== self && parent.state === 'ok') {
      if (parent.interaction.customerId === self.interaction.customerId) self.state = 'ok';
      else fail(self, 'cross-customer-reply', crossCustomer(target, parent, self));
      return;
    }
    // Walk up the chain iteratively; stop at a decided entry, a root, a bad link or a loop.
    const chain: ReplyEntry[] = [];
    let current: ReplyEntry | undefined = self;
    let verdict: 'ok' | 'bad' = 'ok';
    while (current !== undefined) {
      if (current.state !== undefined) {
        verdict = current.state;
        break;
      }
      const loopAt = chain.indexOf(current);
      if (loopAt >= 0) {
        for (const looped of chain.slice(loopAt)) {
          fail(looped, 'reply-cycle', `inReplyTo links loop back to interaction "${looped.interaction.id}"`);
        }
        verdict = 'bad';
        break;
      }
      chain.push(current);
      const link: string | undefined = current.interaction.inReplyTo;
      if (link === undefined) break;
      const next = accepted.get(link);
      if (next === undefined) {
        fail(current, 'unknown-reply-target', `inReplyTo "${link}" is not among the valid interactions`);
        verdict = 'bad';
        break;
      }
      if (next.interaction.customerId !== current.interaction.customerId) {
        fail(current, 'cross-customer-reply', crossCustomer(link, next, current));
        verdict = 'bad';
        break;
      }
      current = next;
    }
    // Everything still undecided on the chain inherits the verdict of what it answers.
    for (let k = chain.length - 1; k >= 0; k--) {
      const entry = chain[k] as ReplyEntry;
      if (entry.state !== undefined) continue;
      if (verdict === 'ok') entry.state = 'ok';
      else
        fail(
          entry,
          'unknown-reply-target',
          `inReplyTo "${entry.interaction.inReplyTo ?? ''}" answers a rejected interaction`,
        );
    }
  };
  for (const entry of accepted.values()) visit(entry);
}

function crossCustomer(target: string, parent: ReplyEntry, self: ReplyEntry): string {
  return `inReplyTo "${target}" belongs to customer "${parent.interaction.customerId}", not "${self.interaction.customerId}"`;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

function parseRecord<S extends z.ZodType>(
  schema: S,
  record: unknown,
  prefix: (string | number)[],
  fn: string,
): Parsed<z.output<S>> {
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: fromZodIssues(fn, result.error.issues, prefix, record) };
}

function duplicate(fn: string, path: (string | number)[], noun: string, id: string): InputIssue {
  return {
    path,
    code: 'duplicate-id',
    message: `${fn}: ${noun} id "${id}" appears more than once; the first one is kept`,
  };
}

function unknownChannel(fn: string, path: (string | number)[], id: string, kindAllowed = false): InputIssue {
  const also = kindAllowed ? ', a channel kind or "*"' : '';
  return { path, code: 'unknown-channel', message: `${fn}: "${id}" is not a known channel id${also}` };
}

const ORDER: Record<DatasetCollection, number> = { channels: 0, customers: 1, interactions: 2 };
function byCollectionThenIndex(a: RejectedRecord, b: RejectedRecord): number {
  return ORDER[a.collection] - ORDER[b.collection] || a.index - b.index;
}
