import type { ScoringConfig } from '../config/scoring-config.js';
import type { Interaction } from '../model/interaction.js';
import type { InteractionRole } from '../model/vocabulary.js';
import type { CustomerHistory } from './customer-history.js';
import { memoize } from './memo.js';
import { roleOf } from './roles.js';
import { firstAfter, firstAtOrAfter } from './window.js';

/**
 * What every rule reads of one history at one `asOf`, derived once: the look-back window as
 * positions, each interaction's role, and each reply link as a position.
 *
 * @remarks
 * Positions index `history.interactions` (time, then id). The six rules, the threads and the
 * consent timeline read this instead of each looking up roles, binary-searching the window and
 * following `inReplyTo` through the id map. Memoised per history, `asOf` and configuration.
 * Shared: read-only.
 * @internal
 */
export interface HistoryView {
  readonly history: CustomerHistory;
  readonly interactions: readonly Interaction[];
  readonly asOf: number;
  /** First position inside the window `[asOf − window, asOf]`. */
  readonly start: number;
  /** First position after `asOf` (the window is `[start, end)`). */
  readonly end: number;
  /** Role of every interaction ({@link roleOf}), also of those after `asOf`. */
  readonly roles: readonly (InteractionRole | undefined)[];
  /** Position of the interaction each one answers (`inReplyTo`); −1 when it answers nothing in the history. */
  readonly parent: Int32Array;
  /** Whether any interaction answers another one in the history. */
  readonly threaded: boolean;
}

/** Configuration the view depends on. @internal */
export type ViewConfig = Pick<ScoringConfig, 'window' | 'typeRoles'>;

/**
 * The {@link HistoryView} of a history at `asOf`. O(n) plus O(log n) per reply link.
 * @internal
 */
export function historyView(history: CustomerHistory, asOf: number, config: ViewConfig): HistoryView {
  return memoize(history, 'view', asOf, config, buildView);
}

function buildView(history: CustomerHistory, asOf: number, config: ViewConfig): HistoryView {
  const all = history.interactions;
  const n = all.length;
  const typeRoles = config.typeRoles;
  const roles: (InteractionRole | undefined)[] = new Array(n);
  const parent = new Int32Array(n).fill(-1);
  let threaded = false;
  for (let i = 0; i < n; i++) {
    const interaction = all[i] as Interaction;
    roles[i] = roleOf(interaction.type, typeRoles);
    if (interaction.inReplyTo === undefined) continue;
    const target = history.byId.get(interaction.inReplyTo);
    if (target === undefined) continue;
    parent[i] = positionOf(all, target);
    threaded = true;
  }
  return {
    history,
    interactions: all,
    asOf,
    start: firstAtOrAfter(all, asOf - config.window),
    end: firstAfter(all, asOf),
    roles,
    parent,
    threaded,
  };
}

/** Position of an interaction of the history: binary search on its time, then the id. −1 if absent. */
function positionOf(all: readonly Interaction[], interaction: Interaction): number {
  for (let k = firstAtOrAfter(all, interaction.at); k < all.length; k++) {
    const candidate = all[k] as Interaction;
    if (candidate === interaction || candidate.id === interaction.id) return k;
    if (candidate.at !== interaction.at) break;
  }
  return -1;
}
