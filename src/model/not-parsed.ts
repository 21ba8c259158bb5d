import { EngagementInputError, type InputIssue } from './errors.js';
import { quote } from './warnings.js';

/** At most this many `not-parsed` issues are listed: the first ones say enough. */
const MAX_ISSUES = 20;

type Path = (string | number)[];

/**
 * What a normalised field holds: a string, a boolean, a number that is not NaN (a channel's target
 * may be `Infinity`), epoch milliseconds (a finite number), or anything; `?` also allows it to be
 * absent.
 */
type Kind = 'string' | 'boolean' | 'number' | 'time' | 'time?' | 'any';

/** A field's kind, a record's fields, or a list (`list?`: or absent) or `Map` of one spec. */
type Spec = Kind | { readonly [key: string]: Spec } | readonly ['list' | 'list?' | 'map', Spec];

const CUSTOMER: Spec = { id: 'string', since: 'time?', consents: ['list?', { at: 'time' }] };
/** A channel's target and flags are the kind defaults that parsing applies. */
const CHANNEL: Spec = { id: 'string', responseTargetMs: 'number', realTime: 'boolean', public: 'boolean' };
const INTERACTION: Spec = {
  at: 'time',
  dueAt: 'time?',
  id: 'string',
  customerId: 'string',
  channel: 'string',
  type: 'string',
  direction: 'string',
};

/** What {@link parseDataset} returns, as far as scoring relies on it being normalised. */
const DATASET = {
  channels: ['list', CHANNEL],
  customers: ['list', CUSTOMER],
  interactions: ['list', INTERACTION],
} as const satisfies Spec;

/** What {@link createHistory} returns, as far as scoring relies on it being normalised. */
const HISTORY: Spec = {
  customer: CUSTOMER,
  channels: ['map', CHANNEL],
  byId: ['map', 'any'],
  interactions: ['list', INTERACTION],
};

/**
 * Throws `not-parsed` when `dataset` does not have the shape {@link parseDataset} produces: a
 * JavaScript caller handing raw records to `scoreAll` gets an error naming the first offending
 * fields, instead of profiles full of nulls. A cheap structural check, O(n), reading only the
 * fields that scoring relies on being normalised (timestamps as finite numbers, channels with their
 * defaults applied); it does not repeat validation.
 * @internal
 */
export function assertParsedDataset(fn: string, dataset: unknown): void {
  if (looksParsed(dataset)) return;
  assertShape(fn, dataset, DATASET, 'the dataset');
}

/**
 * The common case of {@link assertParsedDataset} in one pass without a path: whether `dataset`
 * fits {@link DATASET}, its customers and interactions checked by hand-written tests of
 * {@link CUSTOMER} and {@link INTERACTION} (a tenth of the walk's cost on a million records). Only
 * when it does not fit does the walk run, to name the fields.
 */
function looksParsed(dataset: unknown): boolean {
  if (!isRecord(dataset)) return false;
  const { channels, customers, interactions } = dataset;
  if (!Array.isArray(channels) || !Array.isArray(customers) || !Array.isArray(interactions)) return false;
  if (!check(channels, DATASET.channels, [], () => false)) return false;
  for (let i = 0; i < customers.length; i++) if (!isParsedCustomer(customers[i])) return false;
  for (let i = 0; i < interactions.length; i++) if (!isParsedInteraction(interactions[i])) return false;
  return true;
}

/** {@link CUSTOMER} by hand. */
function isParsedCustomer(value: unknown): boolean {
  if (!isRecord(value) || typeof value.id !== 'string' || !fits('time?', value.since)) return false;
  const consents = value.consents;
  if (consents === undefined) return true;
  if (!Array.isArray(consents)) return false;
  for (let i = 0; i < consents.length; i++) {
    const consent: unknown = consents[i];
    if (!isRecord(consent) || !fits('time', consent.at)) return false;
  }
  return true;
}

/** {@link INTERACTION} by hand. */
function isParsedInteraction(value: unknown): boolean {
  return (
    isRecord(value) &&
    fits('time', value.at) &&
    fits('time?', value.dueAt) &&
    typeof value.id === 'string' &&
    typeof value.customerId === 'string' &&
    typeof value.channel === 'string' &&
    typeof value.type === 'string' &&
    typeof value.direction === 'string'
  );
}

/** The fields the hand-written tests read, each of unknown type. */
interface Fields {
  readonly id?: unknown;
  readonly since?: unknown;
  readonly consents?: unknown;
  readonly at?: unknown;
  readonly dueAt?: unknown;
  readonly customerId?: unknown;
  readonly channel?: unknown;
  readonly type?: unknown;
  readonly direction?: unknown;
  readonly channels?: unknown;
  readonly customers?: unknown;
  readonly interactions?: unknown;
}

function isRecord(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Throws `not-parsed` when `history` is not what {@link createHistory} builds: a customer, sorted
 * interactions with epoch-ms timestamps, and channels in a `Map` with their defaults applied.
 * @internal
 */
export function assertParsedHistory(fn: string, history: unknown): void {
  assertShape(fn, history, HISTORY, 'the history');
}

function assertShape(fn: string, value: unknown, spec: Spec, what: string): void {
  const issues: InputIssue[] = [];
  check(value, spec, [], (path, found, expected) => {
    const last = path[path.length - 1];
    const name = last === undefined ? what : typeof last === 'number' ? `${path[path.length - 2]}[${last}]` : last;
    issues.push({
      path: [...path],
      code: 'not-parsed',
      message: `${fn}: ${name} is ${describe(found)}, not ${expected}; pass the records through parseDataset (or createHistory) first, which validates and normalises them`,
    });
    return issues.length < MAX_ISSUES;
  });
  if (issues.length > 0) throw new EngagementInputError(fn, issues);
}

/** Reports one field that does not fit (its path is copied if kept); returns whether to go on. */
type Report = (path: Path, found: unknown, expected: string) => boolean;

/**
 * Walks `value` along `spec`, depth first in the spec's key order, with `path` as a stack (pushed
 * and popped, so a valid record allocates nothing); returns whether to go on.
 */
function check(value: unknown, spec: Spec, path: Path, report: Report): boolean {
  if (typeof spec === 'string') {
    return fits(spec, value) || report(path, value, spec.startsWith('time') ? 'epoch milliseconds' : `a ${spec}`);
  }
  if (isList(spec)) {
    const [container, item] = spec;
    if (container === 'map') {
      if (!(value instanceof Map)) return report(path, value, 'a Map');
      if (item === 'any') return true;
      for (const [key, inner] of value) if (!inside(inner, item, path, String(key), report)) return false;
      return true;
    }
    if (container === 'list?' && value === undefined) return true;
    if (!Array.isArray(value)) return report(path, value, 'an array');
    for (let i = 0; i < value.length; i++) if (!inside(value[i], item, path, i, report)) return false;
    return true;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return report(path, value, 'an object');
  for (const key in spec) {
    const field = (value as Record<string, unknown>)[key];
    const inner = spec[key] as Spec;
    // A field that fits needs no path: the common case allocates and pushes nothing.
    if (!(typeof inner === 'string' && fits(inner, field)) && !inside(field, inner, path, key, report)) return false;
  }
  return true;
}

/** {@link check} of the field `key` of the value at `path`. */
function inside(value: unknown, spec: Spec, path: Path, key: string | number, report: Report): boolean {
  path.push(key);
  const goOn = check(value, spec, path, report);
  path.pop();
  return goOn;
}

function isList(spec: Spec): spec is readonly ['list' | 'list?' | 'map', Spec] {
  return Array.isArray(spec);
}

function fits(kind: Kind, value: unknown): boolean {
  if (kind === 'any' || (kind === 'time?' && value === undefined)) return true;
  if (kind === 'time' || kind === 'time?') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === kind && !Number.isNaN(value);
}

/** A value as an issue names it: `missing`, `null`, `the string "…"`, the number, or its type. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
