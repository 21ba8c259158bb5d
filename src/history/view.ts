import { filled } from '../internal/filled.js';
import type { Interaction } from '../model/interaction.js';
import { type InteractionRole, STANDARD_TYPE_ROLES } from '../model/vocabulary.js';
import { type CaseThreads, computeCases } from './case-threads.js';
import { type ConsentEvent, computeTimeline } from './consent.js';
import type { CustomerHistory } from './customer-history.js';
import { computeMessages, type MessageThreads } from './message-threads.js';
import { roleOf } from './roles.js';
import type { ThreadOptions } from './threads.js';
import { firstAfter, firstAtOrAfter } from './window.js';

/** Configuration a view depends on. @internal */
export type ViewConfig = ThreadOptions['config'];

/**
 * What every rule reads of one history at one `asOf`: the look-back window as positions, each
 * interaction's role, each reply link as a position, and the structures several rules share (the
 * dialogue messages, the cases, the consent timeline).
 *
 * @remarks
 * A value: everything is derived from `(history, asOf, config)` and never changes. The shared
 * structures are derived on first read (a rule that needs no cases never pays for them) and are
 * the same whoever reads them first, so no reader depends on another having run. They are read
 * through {@link messagesOf}, {@link casesOf} and {@link consentTimelineOf} rather than getters, so
 * that a bundle holding one component carries only the structures it reads. Positions index
 * `history.interactions` (time, then id). Scoring a customer makes one view and hands it to every
 * rule; a single rule or component call makes its own.
 * @internal
 */
export class HistoryView {
  readonly interactions: readonly Interaction[];
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
  /** The shared structures once derived; read them through {@link messagesOf}, {@link casesOf}, {@link consentTimelineOf}. */
  readonly derived: DerivedParts = {};

  /**
   * O(n), plus per reply link a scan of a short history or an id look-up and a binary search.
   * `recordsBusinessSide`: whether the data the history comes from record any business-side
   * (outbound) interaction at all, a fact about the whole dataset (default `true`).
   */
  constructor(
    readonly history: CustomerHistory,
    readonly asOf: number,
    readonly config: ViewConfig,
    readonly recordsBusinessSide: boolean = true,
  ) {
    const all = history.interactions;
    const n = all.length;
    const typeRoles = config.typeRoles;
    const standardRoles = isEmpty(typeRoles);
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
    this.interactions = all;
    this.start = firstAtOrAfter(all, asOf - config.window);
    this.end = firstAfter(all, asOf);
    this.roles = roles;
    this.parent = parent;
    this.threaded = threaded;
  }
}

/** The {@link HistoryView} of a history at `asOf` (a new one each call). O(n). @internal */
export function historyView(
  history: CustomerHistory,
  asOf: number,
  config: ViewConfig,
  recordsBusinessSide = true,
): HistoryView {
  return new HistoryView(history, asOf, config, recordsBusinessSide);
}

/** The structures of a {@link HistoryView} derived on first read. @internal */
export interface DerivedParts {
  messages?: MessageThreads;
  cases?: CaseThreads;
  consentTimeline?: readonly ConsentEvent[];
}

/** The dialogue messages in the window of `view`, with the positions of the messages and their replies. @internal */
export function messagesOf(view: HistoryView): MessageThreads {
  view.derived.messages ??= computeMessages(view);
  return view.derived.messages;
}

/** The cases opened in the window of `view`, with the case of each position. @internal */
export function casesOf(view: HistoryView): CaseThreads {
  view.derived.cases ??= computeCases(view);
  return view.derived.cases;
}

/** The consent timeline of `view` at its `asOf`. @internal */
export function consentTimelineOf(view: HistoryView): readonly ConsentEvent[] {
  view.derived.consentTimeline ??= computeTimeline(view.history, view.asOf, view.config, view.roles);
  return view.derived.consentTimeline;
}

/** Whether an object has no own enumerable key, without listing its keys. */
function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
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
