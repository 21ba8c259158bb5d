import { filled } from '../internal/filled.js';
import { RecencyMean } from '../internal/recency-mean.js';
import type { Interaction } from '../model/interaction.js';
import { type InteractionRole, STANDARD_TYPE_ROLES } from '../model/vocabulary.js';
import type { CaseThreads } from './case-threads.js';
import type { ConsentEvent } from './consent.js';
import type { CustomerHistory } from './customer-history.js';
import { memoize } from './memo.js';
import type { MessageThreads } from './message-threads.js';
import { roleOf } from './roles.js';
import type { ThreadOptions } from './threads.js';
import { firstAfter, firstAtOrAfter } from './window.js';

/**
 * What every rule reads of one history at one `asOf`, derived once: the look-back window as
 * positions, each interaction's role, and each reply link as a position; and, filled on first use,
 * the structures several rules share (threads, the consent timeline, pyramid evidence).
 *
 * @remarks
 * Positions index `history.interactions` (time, then id). The six rules, the threads, the consent
 * timeline and the pyramid read this instead of each looking up roles, binary-searching the window
 * and following `inReplyTo` through the id map. One view per history, `asOf` and configuration
 * object: {@link historyView} memoises it on histories built by the library; batch scoring makes
 * one per customer and passes it along. Shared: readers never change what is set.
 * @internal
 */
export interface HistoryView {
  readonly history: CustomerHistory;
  readonly interactions: readonly Interaction[];
  readonly asOf: number;
  readonly config: ViewConfig;
  /** First position inside the window `[asOf − window, asOf]`. */
  readonly start: number;
  /** First position after `asOf` (the window is `[start, end)`). */
  readonly end: number;
  /** Role of every interaction ({@link roleOf}), also of those after `asOf`. */
  readonly roles: readonly (InteractionRole | undefined)[];
  /** Position of the interaction each one answers (`inReplyTo`); −1 when it answers nothing in the history. */
  readonly parent: readonly number[];
  /** Whether any interaction answers another one in the history. */
  readonly threaded: boolean;
  /** Dialogue messages, once threaded. */
  messages: MessageThreads | undefined;
  /** Cases, once threaded. */
  cases: CaseThreads | undefined;
  /** The consent timeline at `asOf`, once built. */
  timeline: readonly ConsentEvent[] | undefined;
  /** The pyramid's evidence at `asOf`, once collected (owned by the pyramid). */
  levels: unknown;
  /** Scratch marks over `[0, end)`, handed out cleared by {@link evidenceMarks}. */
  marks: number[] | undefined;
  /** Scratch recency mean, handed out emptied by {@link recencyMeanOf}. */
  mean: RecencyMean | undefined;
}

/** Configuration a view depends on. @internal */
export type ViewConfig = ThreadOptions['config'];

/**
 * The {@link HistoryView} of a history at `asOf`, memoised on histories built by the library.
 * O(n), plus per reply link a scan of a short history or an id look-up and a binary search.
 * @internal
 */
export function historyView(history: CustomerHistory, asOf: number, config: ViewConfig): HistoryView {
  return memoize(history, 'view', asOf, config, buildView);
}

/** Builds a {@link HistoryView} (no memo). @internal */
export function buildView(history: CustomerHistory, asOf: number, config: ViewConfig): HistoryView {
  const all = history.interactions;
  const n = all.length;
  const typeRoles = config.typeRoles;
  const standardRoles = Object.keys(typeRoles).length === 0;
  const roles: (InteractionRole | undefined)[] = new Array(n);
  const parent = filled(n, -1);
  let threaded = false;
  for (let i = 0; i < n; i++) {
    const interaction = all[i] as Interaction;
    roles[i] = standardRoles ? STANDARD_TYPE_ROLES.get(interaction.type) : roleOf(interaction.type, typeRoles);
    const target = interaction.inReplyTo;
    if (target === undefined) continue;
    parent[i] = n <= SHORT ? lastWithId(all, target) : positionOf(all, history.byId.get(target));
    threaded = true;
  }
  return {
    history,
    interactions: all,
    asOf,
    config,
    start: firstAtOrAfter(all, asOf - config.window),
    end: firstAfter(all, asOf),
    roles,
    parent,
    threaded,
    messages: undefined,
    cases: undefined,
    timeline: undefined,
    levels: undefined,
    marks: undefined,
    mean: undefined,
  };
}

/**
 * A cleared mark per position up to `asOf`, for a rule to mark the interactions its score rests
 * on. One buffer per view, reused: a rule reads its marks before the next rule asks for them.
 * @internal
 */
export function evidenceMarks(view: HistoryView): number[] {
  if (view.marks === undefined) view.marks = filled(view.end, 0);
  else for (let i = 0; i < view.marks.length; i++) view.marks[i] = 0;
  return view.marks;
}

/**
 * An emptied recency mean for one component of one rule: the components use it from start to
 * finish, one after another, so one per view serves them all instead of one object per component
 * and customer. It lives with the view (nothing global), and scoring is synchronous.
 * @internal
 */
export function recencyMeanOf(view: HistoryView, halfLifeMs: number): RecencyMean {
  if (view.mean === undefined) view.mean = new RecencyMean(halfLifeMs);
  return view.mean.reset(halfLifeMs);
}

/** Histories up to this length find reply targets by scanning rather than through the id map. */
const SHORT = 24;

/** Position of the last interaction with this id (the one the id map holds), −1 if none. */
function lastWithId(all: readonly Interaction[], id: string): number {
  for (let k = all.length - 1; k >= 0; k--) if ((all[k] as Interaction).id === id) return k;
  return -1;
}

/** Position of an interaction of the history: binary search on its time, then the id. −1 if absent. */
function positionOf(all: readonly Interaction[], interaction: Interaction | undefined): number {
  if (interaction === undefined) return -1;
  for (let k = firstAtOrAfter(all, interaction.at); k < all.length; k++) {
    const candidate = all[k] as Interaction;
    if (candidate === interaction || candidate.id === interaction.id) return k;
    if (candidate.at !== interaction.at) break;
  }
  return -1;
}
