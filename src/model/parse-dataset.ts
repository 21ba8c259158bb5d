import * as z from 'zod';
import { type Channel, ChannelSchema, normalizeChannel } from './channel.js';
import { ConsentSchema, type Customer, CustomerSchema, LevelOverrideSchema } from './customer.js';
import type { CollectedDataset, Dataset, DatasetCollection, RejectedRecord } from './dataset.js';
import { EngagementInputError, type InputIssue, type InputWarning, type IssueCode } from './errors.js';
import { fastInteraction, INTERACTION_FIELDS } from './fast-interaction.js';
import { type Interaction, InteractionSchema } from './interaction.js';
import { timestampSchema } from './schema-helpers.js';
import { DEFAULT_TIMESTAMP_RANGE, type TimestampRange } from './timestamp.js';
import { CHANNEL_KINDS, PYRAMID_LEVELS, STANDARD_TYPE_ROLES } from './vocabulary.js';
import { closest, normalForm, quote, WarningSink } from './warnings.js';
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
  /**
   * What to do with a reply whose `inReplyTo` names no valid interaction (an export cut off by
   * date) or an interaction of another customer: `'reject'` (default) rejects the reply with
   * `unknown-reply-target` or `cross-customer-reply`; `'unlink'` keeps it without `inReplyTo` and
   * warns once per cause with the count (`unlinked-reply`).
   */
  readonly danglingReplies?: 'reject' | 'unlink' | undefined;
  /**
   * The custom types the scoring configuration gives a role (`config.typeRoles`): they are not
   * reported as `unmapped-type`, and are matched case- and separator-insensitively like the
   * standard vocabulary.
   */
  readonly typeRoles?: Readonly<Record<string, string>> | undefined;
  /**
   * Where numeric timestamps (and `Date`s) are plausible epoch milliseconds; outside it they are
   * `implausible-timestamp`. Default {@link DEFAULT_TIMESTAMP_RANGE} (1990-01-01 to 2100-01-01).
   */
  readonly timestampRange?: TimestampRange | undefined;
  /**
   * Called once, before `parseDataset` returns or throws, with every warning (possibly none): how
   * strict mode tells what it accepted but changed or ignored. Warnings never throw. In collect mode
   * the same list is also in the result.
   */
  readonly onWarnings?: ((warnings: readonly InputWarning[]) => void) | undefined;
}

/** The settings {@link validateDataset} works with. @internal */
export interface ValidateSettings {
  readonly danglingReplies: 'reject' | 'unlink';
  readonly typeRoles: Readonly<Record<string, string>>;
  readonly timestampRange: TimestampRange;
}

const DEFAULT_SETTINGS: ValidateSettings = {
  danglingReplies: 'reject',
  typeRoles: {},
  timestampRange: DEFAULT_TIMESTAMP_RANGE,
};

const FN = 'parseDataset';
const KINDS: ReadonlySet<string> = new Set(CHANNEL_KINDS);

/**
 * Validates and normalises a whole dataset: schemas, duplicate ids and every reference.
 *
 * @remarks
 * Each record is checked against {@link CustomerSchema}, {@link ChannelSchema} or
 * {@link InteractionSchema}, reading its own properties only; timestamps become epoch ms and
 * channels get their kind defaults. Then references: an interaction's `customerId` and `channel`
 * must exist, `inReplyTo` must name an interaction of the same customer and must not loop (or, with
 * `danglingReplies: 'unlink'`, a dangling link is removed); a customer's `preferredChannels` and
 * consent channels must be channel ids (consents may also name a kind or `'*'`). The first record
 * with an id wins; later ones are `duplicate-id`. A record that depends on a rejected record is
 * rejected too, so nothing in the result points nowhere. A record that throws while being read
 * (a getter, a Proxy) is rejected as `unreadable-record`. Interactions after any `asOf` are not
 * errors (scoring ignores them). Warnings (unknown fields, values read case-insensitively, types
 * with no role, removed reply links) are aggregated per cause. O(n) in the number of records.
 *
 * @param input - `{ customers, channels, interactions }`, e.g. parsed JSON.
 * @param options - `mode`: `'strict'` (default) or `'collect'`; `danglingReplies`, `typeRoles`,
 *   `timestampRange`: see {@link ParseDatasetOptions}.
 * @returns The {@link Dataset}; in collect mode `{ dataset, rejected, warnings }` (strict mode passes
 *   its warnings to `onWarnings`).
 * @throws {@link EngagementInputError} in strict mode when anything is wrong, and in either mode when
 *   `input` is not an object with the three lists or an option is invalid. Warnings never throw.
 * @example
 * import { parseDataset } from 'engagement-scoring';
 * const input = {
 *   customers: [{ id: 'c1' }],
 *   channels: [{ id: 'mail', kind: 'email' }],
 *   interactions: [
 *     { id: 'i1', customerId: 'c1', channel: 'mail', at: '2026-03-01T09:00:00Z', direction: 'inbound', type: 'question' },
 *     { id: 'i2', customerId: 'c9', channel: 'mail', at: '2026-03-01T10:00:00Z', direction: 'outbound', type: 'reply' },
 *     { id: 'i3', customerId: 'c1', channel: 'mail', at: '2026-03-01 11:00:00+00:00', direction: 'inbound', type: 'Purchase', Amount: 5 },
 *   ],
 * };
 * const { dataset, rejected, warnings } = parseDataset(input, { mode: 'collect' });
 * dataset.interactions[0].at //=> 1772355600000
 * dataset.interactions[1].type //=> 'purchase'
 * rejected[0].issues[0].code //=> 'unknown-customer'
 * warnings.map((w) => w.code) //=> ['unknown-field', 'normalized-value']
 * @category Model
 */
export function parseDataset(
  input: unknown,
  options?: ParseDatasetOptions & { readonly mode?: 'strict' | undefined },
): Dataset;
export function parseDataset(
  input: unknown,
  options: ParseDatasetOptions & { readonly mode: 'collect' },
): CollectedDataset;
export function parseDataset(input: unknown, options?: ParseDatasetOptions): Dataset | CollectedDataset;
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset | CollectedDataset {
  const mode = options?.mode ?? 'strict'; // `null` from plain JavaScript callers means no options
  const settings = readSettings(options ?? {});
  if (mode !== 'strict' && mode !== 'collect') {
    throw new EngagementInputError(FN, [
      { path: ['mode'], code: 'invalid-option', message: `${FN}: mode must be 'strict' or 'collect'` },
    ]);
  }
  const lists = readLists(input, FN);
  const result = validateDataset(lists, FN, settings);
  options?.onWarnings?.(result.warnings);
  if (mode === 'collect') return result;
  if (result.rejected.length > 0) {
    throw new EngagementInputError(
      FN,
      result.rejected.flatMap((r) => r.issues),
    );
  }
  return result.dataset;
}

function readSettings(options: ParseDatasetOptions): ValidateSettings {
  const issues: InputIssue[] = [];
  const danglingReplies = options.danglingReplies ?? 'reject';
  if (danglingReplies !== 'reject' && danglingReplies !== 'unlink') {
    issues.push({
      path: ['danglingReplies'],
      code: 'invalid-option',
      message: `${FN}: danglingReplies must be 'reject' or 'unlink'`,
    });
  }
  const typeRoles = options.typeRoles ?? {};
  if (typeRoles === null || typeof typeRoles !== 'object') {
    issues.push({ path: ['typeRoles'], code: 'invalid-option', message: `${FN}: typeRoles must be an object` });
  }
  if (options.onWarnings !== undefined && typeof options.onWarnings !== 'function') {
    issues.push({ path: ['onWarnings'], code: 'invalid-option', message: `${FN}: onWarnings must be a function` });
  }
  const range = options.timestampRange ?? DEFAULT_TIMESTAMP_RANGE;
  if (
    range === null ||
    typeof range !== 'object' ||
    !Number.isFinite(range.from) ||
    !Number.isFinite(range.to) ||
    !(range.from < range.to)
  ) {
    issues.push({
      path: ['timestampRange'],
      code: 'invalid-option',
      message: `${FN}: timestampRange must be { from, to } in epoch ms with from < to`,
    });
  }
  if (issues.length > 0) throw new EngagementInputError(FN, issues);
  return { danglingReplies, typeRoles, timestampRange: range };
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
    let value: unknown;
    try {
      value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(value)) return value;
    } catch (error) {
      issues.push({
        path: [key],
        code: 'unreadable-record',
        message: `${fn}: reading ${key} threw: ${describe(error)}`,
      });
      return [];
    }
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

/** The zod schemas for one timestamp range (the exported schemas are the default range's). */
interface RecordSchemas {
  readonly customer: z.ZodType<Customer>;
  readonly interaction: z.ZodType<Interaction>;
}

const DEFAULT_SCHEMAS: RecordSchemas = {
  customer: CustomerSchema as unknown as z.ZodType<Customer>,
  interaction: InteractionSchema as unknown as z.ZodType<Interaction>,
};

function schemasFor(range: TimestampRange): RecordSchemas {
  if (range.from === DEFAULT_TIMESTAMP_RANGE.from && range.to === DEFAULT_TIMESTAMP_RANGE.to) return DEFAULT_SCHEMAS;
  const time = timestampSchema(range);
  return {
    customer: CustomerSchema.extend({
      since: time.optional(),
      consents: z.array(ConsentSchema.extend({ at: time })).optional(),
      levelOverride: LevelOverrideSchema.extend({ until: time.optional() }).optional(),
    }) as unknown as z.ZodType<Customer>,
    interaction: InteractionSchema.extend({ at: time, dueAt: time.optional() }) as unknown as z.ZodType<Interaction>,
  };
}

const CUSTOMER_FIELDS = Object.keys(CustomerSchema.shape);
const CHANNEL_FIELDS = Object.keys(ChannelSchema.shape);
const STANDARD_TYPES: readonly string[] = [...STANDARD_TYPE_ROLES.keys()];

/** The enumerations read case- and separator-insensitively, by collection and field. */
const ENUMS: Readonly<Record<DatasetCollection, Readonly<Record<string, readonly string[]>>>> = {
  interactions: {
    direction: ['inbound', 'outbound'],
    outcome: ['resolved', 'unresolved', 'fulfilled', 'broken'],
    purpose: ['marketing', 'service', 'transactional'],
  },
  channels: { kind: CHANNEL_KINDS },
  customers: {},
};
const CONSENT_PURPOSES: readonly string[] = ['marketing', 'service', 'profiling'];

/** Validates the three lists; never throws. @internal */
export function validateDataset(
  lists: Lists,
  fn: string,
  settings: ValidateSettings = DEFAULT_SETTINGS,
): CollectedDataset {
  const rejected: RejectedRecord[] = [];
  const reject = (collection: DatasetCollection, index: number, record: unknown, issues: InputIssue[]): void => {
    rejected.push({ collection, index, record, issues });
  };
  const warnings = new WarningSink();
  const schemas = schemasFor(settings.timestampRange);
  const unreadable = (collection: DatasetCollection, index: number, record: unknown, error: unknown): void => {
    reject(collection, index, record, [
      {
        path: [collection, index],
        code: 'unreadable-record',
        message: `${fn}: reading the record threw: ${describe(error)}`,
      },
    ]);
  };
  const unknownField = (collection: DatasetCollection, index: number, key: string, fields: readonly string[]) => {
    warnings.add(`unknown-field ${collection}`, key, 'unknown-field', [collection, index, key], () => {
      const near = closest(key, fields);
      const hint = near === undefined ? '' : ` (did you mean ${quote(near)}?)`;
      return `${collection} have a field ${quote(key)} outside the model${hint}; it is ignored`;
    });
  };
  /** A record's own data, copied, with enumerations normalised (slow path only). */
  const ownRecord = (collection: DatasetCollection, index: number, record: unknown, fields: readonly string[]) => {
    const copy = ownData(record, 0);
    if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) return copy;
    const data = copy as Record<string, unknown>;
    for (const key of Object.keys(data)) if (!fields.includes(key)) unknownField(collection, index, key, fields);
    for (const [field, values] of Object.entries(ENUMS[collection])) {
      normalizeEnum(data, field, values, [collection, index, field]);
    }
    if (collection === 'customers') {
      const consents = data['consents'];
      if (Array.isArray(consents)) {
        consents.forEach((consent, j) => {
          if (consent !== null && typeof consent === 'object') {
            normalizeEnum(consent as Record<string, unknown>, 'purpose', CONSENT_PURPOSES, [
              collection,
              index,
              'consents',
              j,
              'purpose',
            ]);
          }
        });
      }
      const override = data['levelOverride'];
      if (override !== null && typeof override === 'object') {
        normalizeEnum(override as Record<string, unknown>, 'level', PYRAMID_LEVELS, [
          collection,
          index,
          'levelOverride',
          'level',
        ]);
      }
    }
    return data;
  };
  const normalizeEnum = (
    data: Record<string, unknown>,
    field: string,
    values: readonly string[],
    path: (string | number)[],
  ): void => {
    const value = data[field];
    if (typeof value !== 'string' || values.includes(value) || value.length > 40) return;
    const normal = normalForm(value);
    if (!values.includes(normal)) return;
    data[field] = normal;
    warnings.add(`normalized-value ${field}`, value, 'normalized-value', path, () => {
      return `${field} ${quote(value)} was read as ${quote(normal)}`;
    });
  };

  // A customer or channel record of plain objects (no inherited fields can reach the schema) is
  // parsed as given; anything else, and any record that fails, is parsed from an own-data copy with
  // its enumerations normalised, which also gives the full report.
  const polluted = FIELD_NAMES.some((name) => name in Object.prototype);
  const parseSmall = <T>(
    schema: z.ZodType<T>,
    collection: 'customers' | 'channels',
    index: number,
    record: unknown,
    fields: readonly string[],
  ): Parsed<T> => {
    if (!polluted && isPlain(record, 0)) {
      const parsed = parseRecord(schema, record, [collection, index], fn);
      if (parsed.ok) {
        for (const key in record as object) if (!fields.includes(key)) unknownField(collection, index, key, fields);
        return parsed;
      }
    }
    return parseRecord(schema, ownRecord(collection, index, record, fields), [collection, index], fn);
  };

  // Channels.
  const channelById = new Map<string, Channel>();
  const channels: Channel[] = [];
  for (let index = 0; index < lists.channels.length; index++) {
    let record: unknown;
    try {
      record = lists.channels[index];
      const parsed = parseSmall(ChannelSchema, 'channels', index, record, CHANNEL_FIELDS);
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
    } catch (error) {
      unreadable('channels', index, record, error);
    }
  }

  // Customers.
  const customerIds = new Set<string>();
  const customers: Customer[] = [];
  for (let index = 0; index < lists.customers.length; index++) {
    let record: unknown;
    try {
      record = lists.customers[index];
      const parsed = parseSmall(schemas.customer, 'customers', index, record, CUSTOMER_FIELDS);
      if (!parsed.ok) {
        reject('customers', index, record, parsed.issues);
        continue;
      }
      const customer = parsed.value;
      const issues: InputIssue[] = [];
      if (customerIds.has(customer.id)) {
        issues.push(duplicate(fn, ['customers', index, 'id'], 'customer', customer.id));
      }
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
    } catch (error) {
      unreadable('customers', index, record, error);
    }
  }

  // Types: the standard vocabulary and the configured custom types, exactly or by normal form.
  const typeRoles = settings.typeRoles;
  const knownTypes = new Set<string>(STANDARD_TYPES);
  for (const type of Object.keys(typeRoles)) knownTypes.add(type);
  const byNormalForm = new Map<string, string>();
  for (const type of knownTypes) if (!byNormalForm.has(normalForm(type))) byNormalForm.set(normalForm(type), type);
  const typeOf = (interaction: Interaction, index: number): Interaction => {
    const type = interaction.type;
    if (knownTypes.has(type)) return interaction;
    const canonical = type.length > 40 ? undefined : byNormalForm.get(normalForm(type));
    if (canonical !== undefined) {
      warnings.add('normalized-value type', type, 'normalized-value', ['interactions', index, 'type'], () => {
        return `type ${quote(type)} was read as ${quote(canonical)}`;
      });
      return { ...interaction, type: canonical };
    }
    warnings.add('unmapped-type', type, 'unmapped-type', ['interactions', index, 'type'], () => {
      return `type ${quote(type)} is neither in the standard vocabulary nor in typeRoles: these interactions carry no role (no pyramid level, no dialogue, no consent)`;
    });
    return interaction;
  };

  // Interactions: shape, duplicates, customer and channel.
  const accepted = new Map<string, ReplyEntry>();
  const pending: ReplyEntry[] = [];
  const range = settings.timestampRange;
  let unknownIndex = 0;
  const unknownOnFastPath = (key: string): void => unknownField('interactions', unknownIndex, key, INTERACTION_FIELDS);
  for (let index = 0; index < lists.interactions.length; index++) {
    let record: unknown;
    try {
      record = lists.interactions[index];
      // Plainly valid records take the fast path; anything else gets the schema's full report.
      unknownIndex = index;
      let interaction = fastInteraction(record, range, unknownOnFastPath);
      if (interaction === undefined) {
        const parsed = parseRecord(
          schemas.interaction,
          ownRecord('interactions', index, record, INTERACTION_FIELDS),
          ['interactions', index],
          fn,
        );
        if (!parsed.ok) {
          reject('interactions', index, record, parsed.issues);
          continue;
        }
        interaction = parsed.value;
      }
      interaction = typeOf(interaction, index);
      const known =
        !accepted.has(interaction.id) &&
        customerIds.has(interaction.customerId) &&
        channelById.has(interaction.channel);
      if (known) {
        const entry: ReplyEntry = { interaction, index, state: UNSEEN, depth: 0, issue: undefined };
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
          message: `${fn}: customer ${quote(interaction.customerId)} is not among the valid customers`,
        });
      }
      if (!channelById.has(interaction.channel)) {
        issues.push(unknownChannel(fn, ['interactions', index, 'channel'], interaction.channel));
      }
      reject('interactions', index, record, issues);
    } catch (error) {
      unreadable('interactions', index, record, error);
    }
  }

  // Replies: the target must be an accepted interaction of the same customer, with no loop.
  // Rejections cascade to replies of rejected interactions, so nothing left points nowhere;
  // with `danglingReplies: 'unlink'` such links are removed instead.
  checkReplies(accepted, fn, settings.danglingReplies === 'unlink' ? warnings : undefined);
  const interactions: Interaction[] = [];
  for (const entry of pending) {
    if (entry.issue === undefined) interactions.push(entry.interaction);
    else reject('interactions', entry.index, lists.interactions[entry.index], [entry.issue]);
  }

  rejected.sort(byCollectionThenIndex);
  return { dataset: { customers, channels, interactions }, rejected, warnings: warnings.list(fn) };
}

const UNSEEN = 0;
const VISITING = 1;
const OK = 2;
const BAD = 3;
type ReplyState = typeof UNSEEN | typeof VISITING | typeof OK | typeof BAD;

interface ReplyEntry {
  /** The interaction; replaced by a copy without `inReplyTo` when its link is removed. */
  interaction: Interaction;
  readonly index: number;
  /** Verdict of the reply check: unseen, on the chain being walked, ok or bad. */
  state: ReplyState;
  /** Position on the chain being walked (meaningful while `state` is VISITING). */
  depth: number;
  /** Why the entry fails the reply check. */
  issue: InputIssue | undefined;
}

/**
 * Marks each accepted interaction ok or bad by its `inReplyTo` chain: the target must be accepted,
 * of the same customer, and the chain must not loop. Linear: every entry joins a walked chain at
 * most once, is marked `VISITING` while on it (a loop is a link to a `VISITING` entry, found by its
 * `depth` without searching the chain) and is decided when the walk ends. With `unlink` (a warning
 * sink), dangling and cross-customer links are removed instead of rejecting the reply.
 */
function checkReplies(accepted: ReadonlyMap<string, ReplyEntry>, fn: string, unlink: WarningSink | undefined): void {
  const fail = (entry: ReplyEntry, code: IssueCode, message: string): void => {
    entry.state = BAD;
    entry.issue = { path: ['interactions', entry.index, 'inReplyTo'], code, message: `${fn}: ${message}` };
  };
  /** Removes the entry's link (unlink mode), counting the cause; the entry becomes a root. */
  const cut = (entry: ReplyEntry, cause: 'dangling' | 'cross-customer' | 'rejected-target'): void => {
    const { inReplyTo: _removed, ...rest } = entry.interaction;
    entry.interaction = rest;
    entry.state = OK;
    const path = ['interactions', entry.index, 'inReplyTo'];
    (unlink as WarningSink).add('unlinked-reply', cause, 'unlinked-reply', path, () => {
      const what =
        cause === 'dangling'
          ? 'named no interaction in the input'
          : cause === 'cross-customer'
            ? "named another customer's interaction"
            : 'answered a rejected interaction';
      return `inReplyTo removed from replies whose target ${what}; the replies are kept`;
    });
  };
  const chain: ReplyEntry[] = [];
  for (const self of accepted.values()) {
    if (self.state !== UNSEEN) continue;
    const target = replyTarget(self.interaction);
    if (target === undefined) {
      self.state = OK;
      continue;
    }
    const parent = accepted.get(target);
    if (parent !== undefined && parent !== self && parent.state === OK) {
      if (parent.interaction.customerId === self.interaction.customerId) self.state = OK;
      else if (unlink !== undefined) cut(self, 'cross-customer');
      else fail(self, 'cross-customer-reply', crossCustomer(target, parent, self));
      continue;
    }
    // Walk up the chain; stop at a decided entry, a root, a bad link or a loop.
    chain.length = 0;
    let current: ReplyEntry = self;
    let verdict: typeof OK | typeof BAD = OK;
    for (;;) {
      if (current.state === OK || current.state === BAD) {
        verdict = current.state;
        break;
      }
      if (current.state === VISITING) {
        for (let k = current.depth; k < chain.length; k++) {
          const looped = chain[k] as ReplyEntry;
          fail(looped, 'reply-cycle', `inReplyTo links loop back to interaction ${quote(looped.interaction.id)}`);
        }
        chain.length = current.depth;
        verdict = BAD;
        break;
      }
      current.state = VISITING;
      current.depth = chain.length;
      chain.push(current);
      const link = replyTarget(current.interaction);
      if (link === undefined) {
        verdict = OK;
        break;
      }
      const next = accepted.get(link);
      if (next === undefined || next.interaction.customerId !== current.interaction.customerId) {
        chain.pop();
        if (unlink !== undefined) {
          cut(current, next === undefined ? 'dangling' : 'cross-customer');
          verdict = OK;
        } else {
          if (next === undefined) {
            fail(current, 'unknown-reply-target', `inReplyTo ${quote(link)} is not among the valid interactions`);
          } else {
            fail(current, 'cross-customer-reply', crossCustomer(link, next, current));
          }
          verdict = BAD;
        }
        break;
      }
      current = next;
    }
    // Everything still undecided on the chain inherits the verdict of what it answers.
    for (let k = chain.length - 1; k >= 0; k--) {
      const entry = chain[k] as ReplyEntry;
      if (entry.state !== VISITING) continue;
      if (verdict === OK) entry.state = OK;
      else if (unlink !== undefined) {
        cut(entry, 'rejected-target');
        verdict = OK;
      } else {
        fail(
          entry,
          'unknown-reply-target',
          `inReplyTo ${quote(replyTarget(entry.interaction) ?? '')} answers a rejected interaction`,
        );
      }
    }
  }
}

/** The interaction's own `inReplyTo` (never one inherited from a polluted `Object.prototype`). */
function replyTarget(interaction: Interaction): string | undefined {
  return Object.hasOwn(interaction, 'inReplyTo') ? interaction.inReplyTo : undefined;
}

function crossCustomer(target: string, parent: ReplyEntry, self: ReplyEntry): string {
  return `inReplyTo ${quote(target)} belongs to customer ${quote(parent.interaction.customerId)}, not ${quote(self.interaction.customerId)}`;
}

/** Every field name of customers and channels, nested ones included (checked for a polluted prototype). */
const FIELD_NAMES: readonly string[] = [
  ...CUSTOMER_FIELDS,
  ...CHANNEL_FIELDS,
  ...Object.keys(ConsentSchema.shape),
  ...Object.keys(LevelOverrideSchema.shape),
  ...['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'],
];

/**
 * Whether a value is built of plain objects and arrays (prototype `Object.prototype`,
 * `Array.prototype` or `null`) and `Date`s only, so that the schema reads nothing inherited.
 */
function isPlain(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > 8) return false;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!isPlain(value[i], depth + 1)) return false;
    return true;
  }
  if (value instanceof Date) return proto === Date.prototype;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!isPlain((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/**
 * A copy of a record's own enumerable data (plain objects as null-prototype objects, arrays as
 * arrays, anything else as is), so that the schema never reads inherited properties and reads a
 * getter or Proxy only once, inside the caller's `try`.
 */
function ownData(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date || depth > 8) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = ownData(value[i], depth + 1);
    return out;
  }
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[key] = ownData((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

/** What an exception says, without trusting it (its `message` may itself be a getter that throws). */
function describe(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    return quote(String(text)).slice(1, -1);
  } catch {
    return 'an exception that cannot be described';
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

function parseRecord<T>(schema: z.ZodType<T>, record: unknown, prefix: (string | number)[], fn: string): Parsed<T> {
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: fromZodIssues(fn, result.error.issues, prefix, record) };
}

function duplicate(fn: string, path: (string | number)[], noun: string, id: string): InputIssue {
  return {
    path,
    code: 'duplicate-id',
    message: `${fn}: ${noun} id ${quote(id)} appears more than once; the first one is kept`,
  };
}

function unknownChannel(fn: string, path: (string | number)[], id: string, kindAllowed = false): InputIssue {
  const also = kindAllowed ? ', a channel kind or "*"' : '';
  return { path, code: 'unknown-channel', message: `${fn}: ${quote(id)} is not a known channel id${also}` };
}

const ORDER: Record<DatasetCollection, number> = { channels: 0, customers: 1, interactions: 2 };
function byCollectionThenIndex(a: RejectedRecord, b: RejectedRecord): number {
  return ORDER[a.collection] - ORDER[b.collection] || a.index - b.index;
}
