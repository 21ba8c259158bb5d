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
  /** Members so far (the root included), acknowledgements left out: they move the case nowhere. */
  size = 1;
  outcome: 'resolved' | 'unresolved' | undefined;
  resolvedAt: number | undefined;
  /** Position of the member that resolved the case, −1 while unresolved. */
  resolvedBy = -1;
  /** The distinct channels the case went through before resolution, the root's first. */
  private readonly channels: string[];

  constructor(
    /** Position of the root in the history. */
    readonly root: number,
    /** The root interaction. */
    readonly message: Interaction,
  ) {
    this.channels = [message.channel];
    this.settle(message, root);
  }

  /** Channels beyond the root's that the case went through before resolution. */
  get channelSwitches(): number {
    return this.channels.length - 1;
  }

  /**
   * Adds the next member at `position`. Its channel counts towards the switches unless it lies
   * below a resolving member in the thread (after the fix) or is an acknowledgement or a
   * recognition (a thank-you moves the customer nowhere); the first resolving member settles the outcome.
   */
  add(member: Interaction, position: number, countsChannel: boolean, acknowledgement = false): void {
    if (!acknowledgement) this.size++;
    if (countsChannel && !this.channels.includes(member.channel)) this.channels.push(member.channel);
    if (this.outcome !== 'resolved') this.settle(member, position);
  }

  /** The first resolving member decides; before it, the latest `unresolved` stands. */
  private settle(member: Interaction, position: number): void {
    const outcome = outcomeOf(member);
    if (outcome === undefined) return;
    this.outcome = outcome;
    this.resolvedAt = outcome === 'resolved' ? member.at : undefined;
    this.resolvedBy = outcome === 'resolved' ? position : -1;
  }
}

/** The case outcome an interaction records: its own `resolved`/`unresolved`, or `resolved` for a bare `resolve`. */
function outcomeOf(member: Interaction): 'resolved' | 'unresolved' | undefined {
  if (member.outcome === 'resolved' || member.outcome === 'unresolved') return member.outcome;
  return member.type === 'resolve' && member.outcome === undefined ? 'resolved' : undefined;
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
    const below = belowResolution(view, end);
    for (let i = 0; i < end; i++) {
      const root = (rootOf[i] as number) - ROOT;
      if (root < 0 || root === i || root >= end) continue;
      const c = caseOf[root] as number;
      if (c === 0) continue; // opened before the window
      caseOf[i] = c;
      const role = view.roles[i];
      const countsChannel = below[i] !== YES && role !== 'acknowledgement' && role !== 'recognition';
      (summaries[c - 1] as CaseSummary).add(all[i] as Interaction, i, countsChannel, role === 'acknowledgement');
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

const YES = 2;
const NO = 1;

/**
 * Per position up to `end`: {@link YES} when a proper `inReplyTo` ancestor resolves a case (the
 * interaction came after the fix, in the thread), else {@link NO}. Each chain is walked once and
 * remembered, so O(n) in all; it depends on the threads only, not on timestamps.
 */
function belowResolution(view: HistoryView, end: number): number[] {
  const { interactions: all, parent } = view;
  const below = filled(end, 0);
  let chain: number[] | undefined;
  for (let i = 0; i < end; i++) {
    if (below[i] !== 0) continue;
    // The usual cases first: the top of a thread, or a reply to something already placed.
    const up = parent[i] as number;
    if (up < 0) {
      below[i] = NO;
      continue;
    }
    if (up < end && below[up] !== 0) {
      below[i] = below[up] === YES || outcomeOf(all[up] as Interaction) === 'resolved' ? YES : NO;
      continue;
    }
    chain ??= [];
    chain.length = 0;
    let known = NO;
    for (let link = i; link >= 0 && chain.length <= all.length; ) {
      if (link < end && below[link] !== 0) {
        // Known: what lies below it is below resolution when it is, or when it resolves itself.
        known = below[link] === YES || outcomeOf(all[link] as Interaction) === 'resolved' ? YES : NO;
        break;
      }
      chain.push(link);
      link = parent[link] as number;
    }
    // Down from the top: a link is below resolution when something above it resolves.
    for (let k = chain.length - 1; k >= 0; k--) {
      const link = chain[k] as number;
      if (link < end) below[link] = known;
      if (outcomeOf(all[link] as Interaction) === 'resolved') known = YES;
    }
  }
  return below;
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
