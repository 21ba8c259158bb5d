import { EngagementInputError, type InputIssue } from './errors.js';
import { quote } from './warnings.js';

/** At most this many `not-parsed` issues are listed: the first ones say enough. */
const MAX_ISSUES = 20;

type Path = (string | number)[];

/**
 * Throws `not-parsed` when `dataset` does not have the shape {@link parseDataset} produces: a
 * JavaScript caller handing raw records to `scoreAll` gets an error naming the first offending
 * fields, instead of profiles full of nulls. A cheap structural check, O(n), reading only the
 * fields that scoring relies on being normalised (timestamps as finite numbers, channels with their
 * defaults applied); it does not repeat validation.
 * @internal
 */
export function assertParsedDataset(fn: string, dataset: unknown): void {
  const issues: InputIssue[] = [];
  const add = (path: Path, what: string): void => {
    if (issues.length < MAX_ISSUES) issues.push(notParsed(fn, path, what));
  };
  if (dataset === null || typeof dataset !== 'object') {
    add([], 'expected a dataset { customers, channels, interactions }');
    throw new EngagementInputError(fn, issues);
  }
  const data = dataset as Record<string, unknown>;
  const lists = ['customers', 'channels', 'interactions'] as const;
  for (const key of lists) if (!Array.isArray(data[key])) add([key], `${key} is not an array`);
  if (issues.length > 0) throw new EngagementInputError(fn, issues);
  const channels = data['channels'] as unknown[];
  for (let i = 0; i < channels.length && issues.length < MAX_ISSUES; i++)
    checkChannel(channels[i], ['channels', i], add);
  const customers = data['customers'] as unknown[];
  for (let i = 0; i < customers.length && issues.length < MAX_ISSUES; i++) {
    checkCustomer(customers[i], ['customers', i], add);
  }
  const interactions = data['interactions'] as unknown[];
  for (let i = 0; i < interactions.length && issues.length < MAX_ISSUES; i++) {
    // The common case, a parsed interaction, is answered without building a path.
    if (!looksParsed(interactions[i])) checkInteraction(interactions[i], ['interactions', i], add);
  }
  if (issues.length > 0) throw new EngagementInputError(fn, issues);
}

/** The fields of an interaction that are strings both before and after parsing. */
const STRING_FIELDS = ['id', 'customerId', 'channel', 'type', 'direction'] as const;

/** Whether {@link checkInteraction} would find nothing to report: the same checks, allocating nothing. */
function looksParsed(interaction: unknown): boolean {
  if (!isRecord(interaction)) return false;
  const { at, dueAt } = interaction;
  if (!Number.isFinite(at) || (dueAt !== undefined && !Number.isFinite(dueAt))) return false;
  for (const key of STRING_FIELDS) if (typeof interaction[key] !== 'string') return false;
  return true;
}

/**
 * Throws `not-parsed` when `history` is not what {@link createHistory} builds: a customer, sorted
 * interactions with epoch-ms timestamps, and channels in a `Map` with their defaults applied.
 * @internal
 */
export function assertParsedHistory(fn: string, history: unknown): void {
  const issues: InputIssue[] = [];
  const add = (path: Path, what: string): void => {
    if (issues.length < MAX_ISSUES) issues.push(notParsed(fn, path, what));
  };
  if (history === null || typeof history !== 'object') {
    add([], 'expected a history from createHistory');
    throw new EngagementInputError(fn, issues);
  }
  const h = history as Record<string, unknown>;
  checkCustomer(h['customer'], ['customer'], add);
  if (!(h['channels'] instanceof Map)) add(['channels'], 'channels is not a Map of normalised channels');
  else for (const [id, channel] of h['channels']) checkChannel(channel, ['channels', String(id)], add);
  if (!(h['byId'] instanceof Map)) add(['byId'], 'byId is not a Map');
  const interactions = h['interactions'];
  if (!Array.isArray(interactions)) add(['interactions'], 'interactions is not an array');
  else {
    for (let i = 0; i < interactions.length && issues.length < MAX_ISSUES; i++) {
      if (!looksParsed(interactions[i])) checkInteraction(interactions[i], ['interactions', i], add);
    }
  }
  if (issues.length > 0) throw new EngagementInputError(fn, issues);
}

function notParsed(fn: string, path: Path, what: string): InputIssue {
  return {
    path,
    code: 'not-parsed',
    message: `${fn}: ${what}; pass the records through parseDataset (or createHistory) first, which validates and normalises them`,
  };
}

type Add = (path: Path, what: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkTime(record: Record<string, unknown>, key: string, path: Path, add: Add, required: boolean): void {
  const value = record[key];
  if (value === undefined && !required) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    add([...path, key], `${key} is ${describe(value)}, not epoch milliseconds`);
  }
}

function checkChannel(channel: unknown, path: Path, add: Add): void {
  if (!isRecord(channel)) {
    add(path, 'a channel is not an object');
    return;
  }
  if (typeof channel['id'] !== 'string') add([...path, 'id'], 'a channel has no string id');
  const target = channel['responseTargetMs'];
  if (typeof target !== 'number' || Number.isNaN(target)) {
    add([...path, 'responseTargetMs'], 'the channel has no responseTargetMs (kind defaults not applied)');
  }
  if (typeof channel['realTime'] !== 'boolean' || typeof channel['public'] !== 'boolean') {
    add(path, 'the channel has no realTime/public flags (kind defaults not applied)');
  }
}

function checkCustomer(customer: unknown, path: Path, add: Add): void {
  if (!isRecord(customer)) {
    add(path, 'a customer is not an object');
    return;
  }
  if (typeof customer['id'] !== 'string') add([...path, 'id'], 'a customer has no string id');
  checkTime(customer, 'since', path, add, false);
  const consents = customer['consents'];
  if (Array.isArray(consents)) {
    consents.forEach((consent, j) => {
      if (isRecord(consent)) checkTime(consent, 'at', [...path, 'consents', j], add, true);
      else add([...path, 'consents', j], 'a consent is not an object');
    });
  }
}

function checkInteraction(interaction: unknown, path: Path, add: Add): void {
  if (!isRecord(interaction)) {
    add(path, 'an interaction is not an object');
    return;
  }
  checkTime(interaction, 'at', path, add, true);
  checkTime(interaction, 'dueAt', path, add, false);
  for (const key of STRING_FIELDS) {
    if (typeof interaction[key] !== 'string') add([...path, key], `${key} is ${describe(interaction[key])}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return `a ${typeof value}`;
}
