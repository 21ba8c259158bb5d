/**
 * Reads an export, validates it and scores it, handing profiles and rejections to a sink. Two modes
 * with the same output, byte for byte: streaming (interactions grouped by customer, scored customer by
 * customer, memory bounded by the largest customer) and in memory (any order).
 *
 * Output order, in both modes: customers in the order their interactions first appear, then the
 * customers without interactions in file order. Rejections: customers (and consents), channels, then
 * interactions, each by line.
 */

import { basename } from 'node:path';
import {
  type Dataset,
  type EngagementProfile,
  type InputIssue,
  PERCEPTION_REASONS,
  parseDataset,
  type RejectedRecord,
  reasonShares,
  scoreAll,
} from '../index.js';
import { assembleCustomers, byFileThenRow, problemLine, type RejectionLine, rejectionLine } from './assemble.js';
import { type BusinessSide, businessSideOf, recordsBusinessSide } from './business-side.js';
import type { FileKind } from './columns.js';
import { CliError, EXIT } from './errors.js';
import { type Input, type LoadedExport, loadExport } from './input.js';
import type { Mapping } from './mapping.js';
import type { Progress } from './progress.js';
import { type ByteCounter, type ReadContext, type Row, type RowProblem, readAllRows, readRows } from './records.js';
import { IssueTally, WarningTally } from './summary.js';

/** Where the results go. */
export interface Sink {
  /** Starts (or starts over, when streaming falls back to memory): everything written so far is dropped. */
  reset(): Promise<void>;
  profile(profile: EngagementProfile): Promise<void> | void;
  rejections(lines: readonly RejectionLine[]): Promise<void> | void;
}

/** How to treat the order of interactions: detect it, promise it (`--sorted`), or never stream. */
export type OrderMode = 'auto' | 'sorted' | 'in-memory';

export interface RunOptions {
  readonly input: Input;
  readonly asOf: string;
  readonly mapping: Mapping;
  readonly order: OrderMode;
  readonly counter: ByteCounter;
  readonly progress: Progress;
  readonly warnings: WarningTally;
  /** `--business-side`: whether the data record outbound interactions, or `auto` to learn it. */
  readonly businessSide: BusinessSide;
  /** `--dangling-replies`: `parseDataset`'s `danglingReplies` (reject a reply whose target is missing, or unlink it). */
  readonly danglingReplies: DanglingReplies;
}

/** What to do with a reply whose target is missing, rejected or another customer's. */
export type DanglingReplies = 'reject' | 'unlink';

/** What a run read, rejected and scored. */
export interface RunResult {
  readonly mode: 'streaming' | 'in-memory';
  /**
   * How customers met their interactions: `merge` (streaming, customers file sorted by id, nothing
   * held per customer), `by-id` (streaming, every valid customer held until scored) or `in-memory`.
   */
  readonly customerJoin: 'merge' | 'by-id' | 'in-memory';
  /** Records read per file kind, unreadable rows included. */
  readonly read: Readonly<Record<FileKind, number>>;
  readonly tally: IssueTally;
  readonly profiles: number;
  /** For each perception reason, the customers with an interaction for it (the customer side of the gap). */
  readonly reasons: { readonly counts: Readonly<Record<string, number>>; readonly customers: number };
  /** Whether the dataset holds any outbound interaction (the business side is recorded at all). */
  readonly recordsBusinessSide: boolean;
}

/**
 * The options every scoring call gets, in both modes. Dataset-level facts go here: each call sees one
 * customer when streaming, so it must be told what only the whole export shows.
 */
function scoreOptions(
  asOf: string,
  businessSide: boolean,
): { readonly asOf: string; readonly recordsBusinessSide: boolean } {
  return { asOf, recordsBusinessSide: businessSide };
}

const REASON_IDS = PERCEPTION_REASONS.map((reason) => reason.id);

/** Interactions not grouped by customer: a customer's rows come back after another customer's. */
class UnsortedInput extends Error {
  constructor(
    readonly customerId: string,
    readonly line: number,
    readonly file: string,
  ) {
    super(`${file} is not grouped by customer: customer "${customerId.slice(0, 64)}" appears again at line ${line}`);
  }
}

function readContext(options: RunOptions, problems: (problem: RowProblem) => void): ReadContext {
  return {
    mapping: options.mapping,
    counter: options.counter,
    problems,
    ignoredColumns: (file, columns) =>
      options.warnings.add(
        'ignored-column',
        `${file}: column${columns.length > 1 ? 's' : ''} ${columns.map((c) => `"${c}"`).join(', ')} not used (rename with --map)`,
      ),
  };
}

function countRead(
  rows: { readonly [K in FileKind]: number },
  problems: readonly RowProblem[],
): Record<FileKind, number> {
  const read = { ...rows };
  for (const problem of problems) read[problem.collection]++;
  return read;
}

/** Adds one dataset's reason counts (customers with an interaction for each reason) into `into`. */
function addReasons(into: Record<string, number>, dataset: Dataset, asOf: string): void {
  const { counts } = reasonShares(dataset, { asOf, reasons: REASON_IDS });
  for (const [reason, count] of Object.entries(counts)) into[reason] = (into[reason] ?? 0) + count;
}

/** Validates and scores everything in memory: any order, memory linear in the export. */
async function runInMemory(options: RunOptions, sink: Sink): Promise<RunResult> {
  const problems: RowProblem[] = [];
  const loaded: LoadedExport = await loadExport(
    options.input,
    readContext(options, (p) => problems.push(p)),
  );
  const { rows, files } = loaded;
  const customers = assembleCustomers(rows.customers, rows.consents, files.consents, (p) => problems.push(p));
  const { dataset, rejected, warnings } = parseDataset(
    {
      customers: customers.records,
      channels: rows.channels.map((row) => row.record),
      interactions: rows.interactions.map((row) => row.record),
    },
    { mode: 'collect', danglingReplies: options.danglingReplies },
  );
  options.warnings.addInput(warnings);
  const consentLines = { file: files.consents, lines: customers.consentLines };
  const lines = [
    ...problems.map(problemLine),
    ...rejected.map((entry) =>
      rejectionLine(
        entry,
        files[entry.collection],
        rows[entry.collection],
        0,
        entry.collection === 'customers' ? consentLines : undefined,
      ),
    ),
  ].sort(byFileThenRow);
  const tally = new IssueTally();
  tally.add(lines);
  await sink.rejections(lines);

  // Customers in the order their interactions first appear, then the others in file order.
  const remaining = new Map(dataset.customers.map((customer) => [customer.id, customer]));
  const ordered = [];
  for (const row of rows.interactions) {
    const id = row.record['customerId'];
    const customer = typeof id === 'string' ? remaining.get(id) : undefined;
    if (customer !== undefined) {
      ordered.push(customer);
      remaining.delete(customer.id);
    }
  }
  ordered.push(...remaining.values());

  const reasons: Record<string, number> = {};
  addReasons(reasons, dataset, options.asOf);
  const businessSide =
    options.businessSide === 'auto' ? recordsBusinessSide(dataset.interactions) : options.businessSide === 'yes';
  let profiles = 0;
  for (const profile of scoreAll({ ...dataset, customers: ordered }, scoreOptions(options.asOf, businessSide))) {
    await sink.profile(profile);
    profiles++;
    if (profiles % 256 === 0) options.progress.update(rows.interactions.length, profiles);
  }
  options.progress.update(rows.interactions.length, profiles);
  return {
    mode: 'in-memory',
    customerJoin: 'in-memory',
    read: countRead(
      {
        customers: rows.customers.length,
        consents: rows.consents.length,
        channels: rows.channels.length,
        interactions: rows.interactions.length,
      },
      problems,
    ),
    tally,
    profiles,
    reasons: { counts: reasons, customers: dataset.customers.length },
    recordsBusinessSide: businessSide,
  };
}

const rejectedIndexes = (rejected: readonly RejectedRecord[], collection: string): Set<number> =>
  new Set(rejected.filter((entry) => entry.collection === collection).map((entry) => entry.index));

/** Marks a customer already scored in {@link CustomersById}'s map. */
const SCORED = '';

/**
 * Customers validated at a time before the interactions stream: bounds the memory of that phase.
 * `ENGAGEMENT_SCORING_CUSTOMER_CHUNK` changes it (tests use tiny chunks to cross their boundaries).
 */
function customerChunk(): number {
  const value = Number(process.env['ENGAGEMENT_SCORING_CUSTOMER_CHUNK']);
  return Number.isInteger(value) && value > 0 ? value : 5_000;
}

/** The duplicate-id issue `parseDataset` gives a customer whose id an earlier customer already holds. */
function duplicateCustomer(index: number, id: string): InputIssue {
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return {
    path: ['customers', index, 'id'],
    code: 'duplicate-id',
    message: `parseDataset: customer id ${JSON.stringify(shown)} appears more than once; the first one is kept`,
  };
}

/** Consent rows by customer id, each list in file order. */
function consentsByCustomer(rows: readonly Row[]): Map<unknown, Row[]> {
  const byId = new Map<unknown, Row[]>();
  for (const row of rows) {
    const id = row.record['customerId'];
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [row]);
    else list.push(row);
  }
  return byId;
}

type FolderFiles = Extract<Input, { kind: 'folder' }>['files'];

/** A valid customer as the first pass assembled it (consents joined on), with its id. */
interface ValidCustomer {
  readonly id: string;
  readonly record: Record<string, unknown>;
}

/** What it takes to read the valid customers of the customers file again, without holding them. */
interface CustomerRereader {
  readonly path: string;
  readonly consentFile: string;
  readonly mapping: Mapping;
  /** Lines of the customers the first pass rejected. */
  readonly rejectedLines: ReadonlySet<number>;
  readonly consentRows: readonly Row[];
}

/**
 * Reads the customers file again and yields its valid customers (those the first pass did not
 * reject) in file order, up to line `until`, each with its consents joined on as the first pass
 * joined them: a customer's consents go to the first row with its id. Nothing is reported (the first
 * pass did) and no bytes are counted for progress.
 */
async function* rereadCustomers(
  from: CustomerRereader,
  until = Number.POSITIVE_INFINITY,
): AsyncGenerator<ValidCustomer> {
  const consents = consentsByCustomer(from.consentRows);
  const quiet: ReadContext = {
    mapping: from.mapping,
    counter: { bytes: 0 },
    problems: () => undefined,
    ignoredColumns: () => undefined,
  };
  for await (const row of readRows(from.path, 'customers', quiet)) {
    if (row.line >= until) return;
    const id = row.record['id'];
    const own = consents.get(id);
    if (own !== undefined) consents.delete(id);
    if (typeof id !== 'string' || from.rejectedLines.has(row.line)) continue;
    const [record] = assembleCustomers([row], own ?? [], from.consentFile, () => undefined).records;
    yield { id, record: record as Record<string, unknown> };
  }
}

/** How a group of interactions relates to the customers already scored. */
type Arrival = 'new' | 'scored' | 'out-of-order';

/** The valid customers while interactions stream: handed out by id, each once, and the rest at the end. */
interface StreamCustomers {
  /** Whether the customer `id`'s interactions may start here (`scored`: they came earlier, not grouped). */
  arrival(id: string): Arrival;
  /** The valid customer `id` if it has not been scored, now marked scored; `undefined` otherwise. */
  take(id: string): Promise<Record<string, unknown> | undefined>;
  /** The valid customers never taken, in file order. */
  rest(): AsyncGenerator<unknown>;
}

/**
 * Every valid customer kept in memory by id, as compact JSON, until it is scored: interactions may
 * come in any order of customers (grouped). Memory grows with the number of customers.
 */
class CustomersById implements StreamCustomers {
  constructor(readonly pending: Map<string, string>) {}
  arrival(id: string): Arrival {
    return this.pending.get(id) === SCORED ? 'scored' : 'new';
  }
  take(id: string): Promise<Record<string, unknown> | undefined> {
    const json = this.pending.get(id);
    if (json === undefined || json === SCORED) return Promise.resolve(undefined);
    this.pending.set(id, SCORED);
    return Promise.resolve(JSON.parse(json) as Record<string, unknown>);
  }
  async *rest(): AsyncGenerator<unknown> {
    for (const json of this.pending.values()) if (json !== SCORED) yield JSON.parse(json);
  }
}

/**
 * A merge join: the customers file, sorted by id, is read again alongside interactions grouped by
 * customer in the same order, so no customer is held but the next one to meet; a byte per valid
 * customer records which were scored. Interactions in another order of customers turn it into
 * {@link CustomersById} ({@link MergedCustomers.byId}).
 */
class MergedCustomers implements StreamCustomers {
  readonly #scored: Uint8Array;
  #cursor: AsyncGenerator<ValidCustomer> | undefined;
  #current: ValidCustomer | undefined;
  #ordinal = -1;
  #taken = 0;
  /** The last customer id asked for, and whether it was a valid customer (scored then). */
  #last: string | undefined;
  #lastTaken = false;

  constructor(
    readonly from: CustomerRereader,
    readonly count: number,
  ) {
    this.#scored = new Uint8Array(count);
  }

  arrival(id: string): Arrival {
    if (this.#last === undefined || id > this.#last) return 'new';
    if (id < this.#last) return 'out-of-order';
    return this.#lastTaken ? 'scored' : 'new';
  }

  async #advance(): Promise<void> {
    this.#cursor ??= rereadCustomers(this.from);
    const next = await this.#cursor.next();
    this.#current = next.done === true ? undefined : next.value;
    this.#ordinal++;
  }

  async take(id: string): Promise<Record<string, unknown> | undefined> {
    if (this.#cursor === undefined) await this.#advance();
    this.#last = id;
    this.#lastTaken = false;
    while (this.#current !== undefined && this.#current.id < id) await this.#advance();
    if (this.#current === undefined || this.#current.id !== id) return undefined;
    const { record } = this.#current;
    this.#scored[this.#ordinal] = 1;
    this.#taken++;
    this.#lastTaken = true;
    await this.#advance();
    return record;
  }

  async *rest(): AsyncGenerator<unknown> {
    await this.#cursor?.return(undefined);
    if (this.#taken === this.count) return;
    let ordinal = 0;
    for await (const { record } of rereadCustomers(this.from)) if (this.#scored[ordinal++] === 0) yield record;
  }

  /** The same customers by id: those scored so far marked, the others as compact JSON. */
  async byId(): Promise<CustomersById> {
    await this.#cursor?.return(undefined);
    const pending = new Map<string, string>();
    let ordinal = 0;
    for await (const { id, record } of rereadCustomers(this.from)) {
      pending.set(id, this.#scored[ordinal++] === 1 ? SCORED : JSON.stringify(record));
    }
    return new CustomersById(pending);
  }
}

/**
 * Reads and validates the customers (with their consents) and channels before the interactions
 * stream, a few thousand customers at a time ({@link customerChunk}), so that memory does not hold every customer's
 * row, record and validated copy at once. The rejections are exactly those of one `parseDataset` call
 * over all customers: a customer whose id a customer of an earlier chunk already holds is
 * `duplicate-id`, as it would be in one call. Consents are read whole and joined on as their
 * customers' chunks pass.
 *
 * What it keeps for the interactions depends on the order of the file. Sorted by id (each id not
 * below the one before): nothing per customer — the lines it rejected, to read the valid customers
 * again in a merge join ({@link MergedCustomers}). Otherwise each valid customer's record as compact
 * JSON by id ({@link CustomersById}), from the first id out of order on (the customers before it are
 * read again then).
 */
async function readCustomersAndChannels(
  files: FolderFiles,
  names: { readonly [K in FileKind]: string },
  context: ReadContext,
  problems: RowProblem[],
  options: RunOptions,
): Promise<{
  lines: RejectionLine[];
  validChannels: unknown[];
  customers: StreamCustomers;
  validCustomers: number;
  read: { customers: number; consents: number; channels: number };
}> {
  const { warnings, danglingReplies } = options;
  const [channelRows, consentRows] = await Promise.all([
    readAllRows(files.channels, 'channels', context),
    files.consents === undefined ? Promise.resolve([]) : readAllRows(files.consents, 'consents', context),
  ]);
  const channels = channelRows.map((row) => row.record);
  const channelCheck = parseDataset(
    { customers: [], channels, interactions: [] },
    { mode: 'collect', danglingReplies },
  );
  warnings.addInput(channelCheck.warnings);
  const lines: RejectionLine[] = channelCheck.rejected.map((entry) =>
    rejectionLine(entry, names.channels, channelRows, 0),
  );
  const badChannels = rejectedIndexes(channelCheck.rejected, 'channels');
  const validChannels = channels.filter((_, index) => !badChannels.has(index));

  // Consents by customer id, in file order; a customer's are taken by the first row with its id.
  const consentsById = consentsByCustomer(consentRows);
  const rejectedLines = new Set<number>();
  const rereader: CustomerRereader = {
    path: files.customers,
    consentFile: names.consents,
    mapping: options.mapping,
    rejectedLines,
    consentRows,
  };
  /** Valid customers by id once the file is found out of order; `undefined` while it is sorted. */
  let pending: Map<string, string> | undefined;
  /** While sorted: the id of the last valid customer, and of the last row. */
  let lastValid: string | undefined;
  let lastId: string | undefined;
  let validCount = 0;
  let customerCount = 0;
  const chunkSize = customerChunk();
  let chunk: Row[] = [];
  const validate = (): void => {
    const start = customerCount - chunk.length;
    const chunkConsents: Row[] = [];
    for (const { record } of chunk) {
      const own = consentsById.get(record['id']);
      if (own !== undefined) {
        chunkConsents.push(...own);
        consentsById.delete(record['id']);
      }
    }
    // Back in file order, as one call over all consents would join them.
    chunkConsents.sort((a, b) => a.line - b.line);
    const customers = assembleCustomers(chunk, chunkConsents, names.consents, (p) => problems.push(p));
    const { rejected, warnings: found } = parseDataset(
      { customers: customers.records, channels: validChannels, interactions: [] },
      { mode: 'collect', danglingReplies },
    );
    warnings.addInput(found, 'customers');
    const rejectedHere = new Map(rejected.map((entry) => [entry.index, entry]));
    customers.records.forEach((record, index) => {
      const id = record['id'];
      const entry = rejectedHere.get(index);
      // Passed the schema (only reference issues) and its id is held by an earlier chunk's customer.
      const earlier =
        typeof id === 'string' &&
        (pending === undefined ? id === lastValid : pending.has(id)) &&
        (entry === undefined || entry.issues.every((issue) => issue.code === 'unknown-channel'));
      if (earlier) {
        rejectedHere.set(index, {
          collection: 'customers',
          index,
          record,
          issues: [duplicateCustomer(index, id), ...(entry?.issues ?? [])],
        });
      } else if (entry === undefined && typeof id === 'string') {
        validCount++;
        if (pending === undefined) lastValid = id;
        else pending.set(id, JSON.stringify(record));
      }
    });
    for (const entry of [...rejectedHere.values()].sort((a, b) => a.index - b.index)) {
      rejectedLines.add((chunk[entry.index] as Row).line);
      lines.push(
        rejectionLine(entry, names.customers, chunk, start, {
          file: names.consents,
          lines: customers.consentLines,
        }),
      );
    }
    chunk = [];
  };
  for await (const row of readRows(files.customers, 'customers', context)) {
    const id = row.record['id'];
    if (pending === undefined && typeof id === 'string') {
      if (lastId !== undefined && id < lastId) {
        // Out of order: keep the customers so far (read again) and every later one by id.
        if (chunk.length > 0) validate();
        pending = new Map();
        for await (const customer of rereadCustomers(rereader, row.line)) {
          pending.set(customer.id, JSON.stringify(customer.record));
        }
      }
      lastId = id;
    }
    chunk.push(row);
    customerCount++;
    if (chunk.length === chunkSize) validate();
  }
  if (chunk.length > 0) validate();
  // Consents whose customer id no customer row holds.
  const orphans = [...consentsById.values()].flat().sort((a, b) => a.line - b.line);
  assembleCustomers([], orphans, names.consents, (p) => problems.push(p));
  lines.push(...problems.map(problemLine));
  lines.sort(byFileThenRow);
  return {
    lines,
    validChannels,
    customers: pending === undefined ? new MergedCustomers(rereader, validCount) : new CustomersById(pending),
    validCustomers: validCount,
    read: { customers: customerCount, consents: consentRows.length, channels: channelRows.length },
  };
}

/**
 * Streams the interactions file, customer by customer. Customers, consents and channels are read
 * first; a customer's interactions are validated and scored when the next customer's begin. Throws
 * {@link UnsortedInput} when a customer's rows come back later.
 */
async function runStreaming(options: RunOptions, files: FolderFiles, sink: Sink): Promise<RunResult> {
  const problems: RowProblem[] = [];
  let pendingProblems: RowProblem[] = [];
  let inInteractions = false;
  const context = readContext(options, (problem) => {
    problems.push(problem);
    if (inInteractions) pendingProblems.push(problem);
  });
  const names = {
    customers: basename(files.customers),
    consents: files.consents === undefined ? 'consents.csv' : basename(files.consents),
    channels: basename(files.channels),
    interactions: basename(files.interactions),
  };
  const { danglingReplies } = options;
  const businessSide = await businessSideOf(options.businessSide, files.interactions, options.mapping);
  const head = await readCustomersAndChannels(files, names, context, problems, options);
  const tally = new IssueTally();
  tally.add(head.lines);
  await sink.rejections(head.lines);
  head.lines.length = 0;
  const { validChannels, validCustomers } = head;
  let customers = head.customers;
  const reasons: Record<string, number> = {};
  const scoring = scoreOptions(options.asOf, businessSide);
  let profiles = 0;
  let interactionRows = 0;

  let group: Row[] = [];
  let groupKey: unknown;
  let groupStart = 0;
  /** Validates and scores the customer's group; `before` is the line the next group starts at. */
  const flush = async (before: number): Promise<void> => {
    const record = typeof groupKey === 'string' ? await customers.take(groupKey) : undefined;
    const customer = record === undefined ? [] : [record];
    const { dataset, rejected, warnings } = parseDataset(
      { customers: customer, channels: validChannels, interactions: group.map((row) => row.record) },
      { mode: 'collect', danglingReplies },
    );
    options.warnings.addInput(warnings, 'interactions');
    // The CSV parser reports unreadable rows ahead of the rows it hands over: keep those of later groups.
    const problemsHere = pendingProblems.filter((problem) => problem.row < before);
    pendingProblems = pendingProblems.filter((problem) => problem.row >= before);
    const lines = [
      ...problemsHere.map(problemLine),
      ...rejected
        .filter((entry) => entry.collection === 'interactions')
        .map((entry) => rejectionLine(entry, names.interactions, group, groupStart)),
    ];
    if (problemsHere.length > 0) lines.sort(byFileThenRow);
    if (lines.length > 0) {
      tally.add(lines);
      await sink.rejections(lines);
    }
    if (customer.length > 0) {
      addReasons(reasons, dataset, options.asOf);
      for (const profile of scoreAll(dataset, scoring)) {
        await sink.profile(profile);
        profiles++;
      }
    }
    groupStart += group.length;
    group = [];
  };

  inInteractions = true;
  for await (const row of readRows(files.interactions, 'interactions', context)) {
    interactionRows++;
    const key = row.record['customerId'];
    if (key !== groupKey || group.length === 0) {
      if (group.length > 0) await flush(row.line);
      if (typeof key === 'string') {
        let arrival = customers.arrival(key);
        if (arrival === 'out-of-order' && customers instanceof MergedCustomers) {
          // Grouped in another order than the customers file: hold the customers by id instead.
          customers = await customers.byId();
          arrival = customers.arrival(key);
        }
        if (arrival === 'scored') throw new UnsortedInput(key, row.line, names.interactions);
      }
      groupKey = key;
      if ((interactionRows & 1023) === 0) options.progress.update(interactionRows, profiles);
    }
    group.push(row);
  }
  await flush(Number.POSITIVE_INFINITY);
  inInteractions = false;

  // Customers without interactions, in file order, a chunk at a time (there may be many).
  const chunkSize = customerChunk();
  let rest: unknown[] = [];
  const scoreRest = async (): Promise<void> => {
    const { dataset } = parseDataset(
      { customers: rest, channels: validChannels, interactions: [] },
      { mode: 'collect', danglingReplies },
    );
    rest = [];
    for (const profile of scoreAll(dataset, scoring)) {
      await sink.profile(profile);
      profiles++;
    }
  };
  for await (const record of customers.rest()) {
    rest.push(record);
    if (rest.length === chunkSize) await scoreRest();
  }
  if (rest.length > 0) await scoreRest();
  options.progress.update(interactionRows, profiles);
  return {
    mode: 'streaming',
    customerJoin: customers instanceof MergedCustomers ? 'merge' : 'by-id',
    read: countRead({ ...head.read, interactions: interactionRows }, problems),
    tally,
    profiles,
    reasons: { counts: reasons, customers: validCustomers },
    recordsBusinessSide: businessSide,
  };
}

/**
 * Scores an export: streams a folder's interactions when they are grouped by customer, else (or for
 * a single dataset file) works in memory. Unsorted input under `--sorted` is an error (exit 1);
 * otherwise it falls back to memory with a warning.
 */
export async function runScoring(options: RunOptions, sink: Sink): Promise<RunResult> {
  await sink.reset();
  const { input } = options;
  if (input.kind !== 'folder' || options.order === 'in-memory') {
    if (options.order === 'sorted' && input.kind !== 'folder') {
      options.warnings.add(
        'not-streamed',
        `${input.path}: a single dataset file is read whole; --sorted has no effect`,
      );
    }
    return runInMemory(options, sink);
  }
  // The streaming attempt's warnings count only if it is kept: a fallback reads everything again.
  const attempt = new WarningTally();
  try {
    const result = await runStreaming({ ...options, warnings: attempt }, input.files, sink);
    options.warnings.addAll(attempt);
    return result;
  } catch (error) {
    if (!(error instanceof UnsortedInput)) throw error;
    if (options.order === 'sorted') {
      throw new CliError(
        `${error.message}, but --sorted promised it was grouped. Sort it by customer id (see docs/cli.md) or leave out --sorted to score it in memory.`,
        EXIT.data,
      );
    }
    options.warnings.add(
      'unsorted-input',
      `${error.message}: scored in memory instead of streaming. Sort interactions by customer id for bounded memory (see docs/cli.md).`,
    );
    await sink.reset();
    options.counter.bytes = 0;
    return runInMemory(options, sink);
  }
}
