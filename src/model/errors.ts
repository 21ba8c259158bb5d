/**
 * A stable, kebab-case code for one problem found in the input. The list is part of the
 * public contract and documented in `docs/errors.md`; codes are added, never renamed.
 *
 * @category Errors
 */
export type IssueCode =
  | 'invalid-type'
  | 'missing-field'
  | 'invalid-value'
  | 'invalid-id'
  | 'out-of-range'
  | 'not-finite'
  | 'invalid-timestamp'
  | 'offset-less-timestamp'
  | 'implausible-timestamp'
  | 'unreadable-record'
  | 'not-parsed'
  | 'invalid-duration'
  | 'duplicate-id'
  | 'unknown-channel'
  | 'unknown-customer'
  | 'unknown-reply-target'
  | 'cross-customer-reply'
  | 'reply-cycle'
  | 'invalid-as-of'
  | 'invalid-option'
  | 'invalid-config'
  | 'invalid-weights'
  | 'empty-input'
  | 'duplicate-rank'
  | 'invalid-rank'
  | 'invalid-percentage';

/**
 * One problem in the input: where it is (`path`, as keys from the root of the argument),
 * a stable `code` and a human-readable `message`.
 *
 * @category Errors
 */
export interface InputIssue {
  /** Keys from the root of the argument to the offending value, e.g. `['interactions', 3, 'at']`. */
  readonly path: readonly (string | number)[];
  /** Stable machine-readable code; see `docs/errors.md`. */
  readonly code: IssueCode;
  /** Human-readable explanation, starting with the function's name. */
  readonly message: string;
}

/**
 * A stable, kebab-case code for something in the input that was accepted but changed or ignored.
 * Listed in `docs/errors.md`; codes are added, never renamed.
 *
 * @category Errors
 */
export type WarningCode = 'unknown-field' | 'normalized-value' | 'unmapped-type' | 'unlinked-reply';

/**
 * Something accepted, but not exactly as given: an ignored field, a value read case-insensitively,
 * a type with no role, a reply link dropped. One warning per distinct cause, with how many records
 * it concerns; `path` is where it was first seen.
 *
 * @category Errors
 */
export interface InputWarning {
  /** Where the cause was first seen, e.g. `['interactions', 0, 'Amount']`. */
  readonly path: readonly (string | number)[];
  /** Stable machine-readable code; see `docs/errors.md`. */
  readonly code: WarningCode;
  /** Human-readable explanation, starting with the function's name. */
  readonly message: string;
  /** How many times this cause was seen (records, fields or values). */
  readonly count: number;
}

/**
 * Base class of every error the library throws on purpose.
 *
 * @category Errors
 */
export class EngagementError extends Error {
  override readonly name: string = 'EngagementError';
}

/**
 * Thrown when input does not satisfy the model: it lists every problem found, not just the first.
 *
 * @remarks
 * `issues` carries each problem with its `path`, a stable `code` (see `docs/errors.md`) and a
 * message. The error's own `message` summarises the first few issues. The object is plain
 * data apart from the prototype: `JSON.stringify(error.issues)` is what a service returns.
 *
 * @example
 * import { EngagementInputError, parseDataset } from 'engagement-scoring';
 * try {
 *   parseDataset({ customers: [], channels: [], interactions: [{ id: 'i1' }] }, { mode: 'strict' });
 * } catch (error) {
 *   error instanceof EngagementInputError //=> true
 *   error.issues.some((issue) => issue.code === 'missing-field') //=> true
 * }
 * @category Errors
 */
export class EngagementInputError extends EngagementError {
  override readonly name: string = 'EngagementInputError';
  /** Every problem found, in input order. */
  readonly issues: readonly InputIssue[];

  /**
   * @param fn - Name of the public function that rejected the input (prefixes the message).
   * @param issues - Every problem found; at least one.
   */
  constructor(fn: string, issues: readonly InputIssue[]) {
    super(summarise(fn, issues));
    this.issues = issues;
  }
}

function summarise(fn: string, issues: readonly InputIssue[]): string {
  const prefix = `${fn}: `;
  const shown = issues.slice(0, 3).map((issue) => {
    // Issue messages start with the function's name too; say it once.
    const message = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
    return `${formatPath(issue.path)}: ${message} [${issue.code}]`;
  });
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `${fn}: ${issues.length} input ${noun}: ${shown.join('; ')}${more}`;
}

/**
 * Formats an issue path the way the messages do: `interactions[3].at`.
 *
 * @param path - Keys from the root of the argument.
 * @returns The dotted path, or `(root)` for an empty path.
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out;
}
