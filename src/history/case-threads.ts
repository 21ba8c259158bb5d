import { filled } from '../internal/filled.js';
import type { Interaction } from '../model/interaction.js';
import type { DialogueCase } from './threads.js';
import type { HistoryView } from './view.js';

/**
 * One case as the rules read it: its root, how many members it has, and what {@link DialogueCase}
 * says of its outcome and channel switches. Built member by member (root first, then by position).
 * @internal
 */
export class CaseSummary {
  /** Members so far (the root included). */
  size = 1;
  outcome: 'resolved' | 'unresolved' | undefined;
  resolvedAt: number | undefined;
  channelSwitches = 0;
  /** Channel of the latest member counted towards switches. */
  private lastChannel: string;

  constructor(
    /** Position of the root in the history. */
    readonly root: number,
    /** The root interaction. */
    readonly message: Interaction,
  ) {
    this.lastChannel = message.channel;
    this.settle(message);
  }

  /** Adds the next member: a channel switch counts until (and including) the member that resolves the case. */
  add(member: Interaction): void {
    this.size++;
    if (this.outcome === 'resolved') return;
    if (member.channel !== this.lastChannel) this.channelSwitches++;
    this.lastChannel = member.channel;
    this.settle(member);
  }

  /** The first resolving member decides; before it, the latest `unresolved` stands. */
  private settle(member: Interaction): void {
    const outcome =
      member.outcome === 'resolved' || member.outcome === 'unresolved'
        ? member.outcome
        : member.type === 'resolve' && member.outcome === undefined
          ? 'resolved'
          : undefined;
    if (outcome === undefined) return;
    this.outcome = outcome;
    this.resolvedAt = outcome === 'resolved' ? member.at : undefined;
  }
}

/** The cases opened in the window, with positions in the history. @internal */
export interface CaseThreads {
  /** The cases in the order they were opened. */
  readonly summaries: readonly CaseSummary[];
  /** Per position up to `asOf`: 1 + the index of the case it belongs to, 0 for none. */
  readonly caseOf: readonly number[];
}

/**
 * Builds {@link CaseThreads}. Every case is opened first: a reply can sort before its root (same
 * instant, smaller id, or a timestamp earlier than the message) and must still join the case. O(n).
 * @internal
 */
export function computeCases(view: HistoryView): CaseThreads {
  const { interactions: all, start, end } = view;
  const rootOf = caseRoots(view);
  let count = 0;
  for (let i = start; i < end; i++) if (rootOf[i] === i + ROOT) count++;
  const summaries: CaseSummary[] = new Array(count);
  const caseOf = filled(end, 0);
  for (let i = start, c = 0; c < count; i++) {
    if (rootOf[i] !== i + ROOT) continue;
    summaries[c] = new CaseSummary(i, all[i] as Interaction);
    caseOf[i] = ++c;
  }
  if (view.threaded && count > 0) {
    for (let i = 0; i < end; i++) {
      const root = (rootOf[i] as number) - ROOT;
      if (root < 0 || root === i || root >= end) continue;
      const c = caseOf[root] as number;
      if (c === 0) continue; // opened before the window
      caseOf[i] = c;
      (summaries[c - 1] as CaseSummary).add(all[i] as Interaction);
    }
  }
  return { summaries, caseOf };
}

/** The public {@link DialogueCase}s: each root first, then its other members by position. O(n). @internal */
export function describeCases(view: HistoryView, threads: CaseThreads): DialogueCase[] {
  const { summaries, caseOf } = threads;
  const members: Interaction[][] = new Array(summaries.length);
  for (let c = 0; c < summaries.length; c++) members[c] = [(summaries[c] as CaseSummary).message];
  for (let i = 0; i < caseOf.length; i++) {
    const c = caseOf[i] as number;
    if (c !== 0 && (summaries[c - 1] as CaseSummary).root !== i) {
      (members[c - 1] as Interaction[]).push(view.interactions[i] as Interaction);
    }
  }
  const cases: DialogueCase[] = new Array(summaries.length);
  for (let c = 0; c < summaries.length; c++) {
    const summary = summaries[c] as CaseSummary;
    cases[c] = {
      root: summary.message,
      members: members[c] as Interaction[],
      outcome: summary.outcome,
      resolvedAt: summary.resolvedAt,
      channelSwitches: summary.channelSwitches,
    };
  }
  return cases;
}

/** Offset of a root position in {@link caseRoots}: 0 is "not yet known", 1 "no case". */
const ROOT = 2;

/**
 * Per position up to `asOf`, the case it belongs to: `ROOT +` the position of its topmost
 * `inReplyTo` ancestor (itself included) that opens a case (an inbound dialogue message), or 1 for
 * none. Walks up iteratively and remembers every link, so the whole history costs O(n).
 */
function caseRoots(view: HistoryView): number[] {
  const { interactions: all, parent, end } = view;
  const n = all.length;
  const rootOf = filled(n, 0);
  if (!view.threaded) {
    for (let i = 0; i < end; i++) rootOf[i] = opensCase(view, i) ? i + ROOT : 1;
    return rootOf;
  }
  let chain: number[] | undefined;
  for (let i = 0; i < end; i++) {
    if (rootOf[i] !== 0) continue;
    // A reply to something already placed (the usual case: replies come after what they answer).
    const up = parent[i] as number;
    const above = up >= 0 ? (rootOf[up] as number) : 1;
    if (above !== 0) {
      rootOf[i] = above === 1 && opensCase(view, i) ? i + ROOT : above;
      continue;
    }
    chain ??= filled(n, 0);
    // Up: to the first link whose case is known, or the top of the chain. Validation rules out
    // loops (the length guard only keeps a hand-built history from hanging).
    let known = 1;
    let length = 0;
    for (let link = i; link >= 0 && length < n; link = parent[link] as number) {
      const root = rootOf[link] as number;
      if (root !== 0) {
        known = root;
        break;
      }
      chain[length++] = link;
    }
    // Down from the top: the topmost link that opens a case is the root of every link below it.
    for (let k = length - 1; k >= 0; k--) {
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
