import type { Interaction } from '../model/interaction.js';
import type { CustomerHistory } from './customer-history.js';
import type { DialogueCase, ThreadOptions } from './threads.js';
import { type HistoryView, historyView } from './view.js';

/** The cases opened in the window, with positions in the history. @internal */
export interface CaseThreads {
  readonly cases: readonly DialogueCase[];
  /** Position of each case's root. */
  readonly roots: readonly number[];
  /** Per position up to `asOf`: 1 + the index in `cases` of the case it belongs to, 0 for none. */
  readonly caseOf: Int32Array;
}

/**
 * Builds {@link CaseThreads}. Every case is opened first: a reply can sort before its root (same
 * instant, smaller id, or a timestamp earlier than the message) and must still join the case. O(n).
 * @internal
 */
export function computeCases(history: CustomerHistory, asOf: number, config: ThreadOptions['config']): CaseThreads {
  const view = historyView(history, asOf, config);
  const { interactions: all, start, end } = view;
  const rootOf = caseRoots(view);
  const members: Interaction[][] = [];
  const roots: number[] = [];
  const caseOf = new Int32Array(end);
  for (let i = start; i < end; i++) {
    if (rootOf[i] !== i + ROOT) continue;
    members.push([all[i] as Interaction]);
    roots.push(i);
    caseOf[i] = members.length;
  }
  if (view.threaded && members.length > 0) {
    for (let i = 0; i < end; i++) {
      const root = (rootOf[i] as number) - ROOT;
      if (root < 0 || root === i || root >= end) continue;
      const c = caseOf[root] as number;
      if (c === 0) continue; // opened before the window
      caseOf[i] = c;
      (members[c - 1] as Interaction[]).push(all[i] as Interaction);
    }
  }
  const cases: DialogueCase[] = new Array(members.length);
  for (let c = 0; c < members.length; c++) cases[c] = describeCase(members[c] as Interaction[]);
  return { cases, roots, caseOf };
}

function describeCase(members: Interaction[]): DialogueCase {
  let outcome: 'resolved' | 'unresolved' | undefined;
  let resolvedAt: number | undefined;
  let resolvedIndex = members.length - 1;
  for (let k = 0; k < members.length; k++) {
    const member = members[k] as Interaction;
    const memberOutcome =
      member.outcome === 'resolved' || member.outcome === 'unresolved'
        ? member.outcome
        : member.type === 'resolve' && member.outcome === undefined
          ? 'resolved'
          : undefined;
    if (memberOutcome === undefined) continue;
    outcome = memberOutcome;
    resolvedAt = memberOutcome === 'resolved' ? member.at : undefined;
    if (memberOutcome === 'resolved') {
      resolvedIndex = k;
      break;
    }
  }
  let channelSwitches = 0;
  for (let k = 1; k <= resolvedIndex; k++) {
    if ((members[k] as Interaction).channel !== (members[k - 1] as Interaction).channel) channelSwitches++;
  }
  return { root: members[0] as Interaction, members, outcome, resolvedAt, channelSwitches };
}

/** Offset of a root position in {@link caseRoots}: 0 is "not yet known", 1 "no case". */
const ROOT = 2;

/**
 * Per position up to `asOf`, the case it belongs to: `ROOT +` the position of its topmost
 * `inReplyTo` ancestor (itself included) that opens a case (an inbound dialogue message), or 1 for
 * none. Walks up iteratively and remembers every link, so the whole history costs O(n).
 */
function caseRoots(view: HistoryView): Int32Array {
  const { interactions: all, parent, end } = view;
  const n = all.length;
  const rootOf = new Int32Array(n);
  if (!view.threaded) {
    for (let i = 0; i < end; i++) rootOf[i] = opensCase(view, i) ? i + ROOT : 1;
    return rootOf;
  }
  const chain: number[] = [];
  for (let i = 0; i < end; i++) {
    if (rootOf[i] !== 0) continue;
    // Validation rules out loops (the length guard only keeps a hand-built history from hanging).
    let known = 1;
    let current = i;
    chain.length = 0;
    while (current >= 0 && chain.length <= n) {
      const root = rootOf[current] as number;
      if (root !== 0) {
        known = root;
        break;
      }
      chain.push(current);
      current = parent[current] as number;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const link = chain[k] as number;
      if (known === 1 && opensCase(view, link)) known = link + ROOT;
      rootOf[link] = known;
    }
  }
  return rootOf;
}

function opensCase(view: HistoryView, i: number): boolean {
  return view.roles[i] === 'dialogue' && (view.interactions[i] as Interaction).direction === 'inbound';
}
