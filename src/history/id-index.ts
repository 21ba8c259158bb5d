import type { Interaction } from '../model/interaction.js';

/** The id → interaction map of a time-ordered list; the last of equal ids wins, as `Map#set` would. @internal */
export function indexById(interactions: readonly Interaction[]): Map<string, Interaction> {
  const byId = new Map<string, Interaction>();
  for (let i = 0; i < interactions.length; i++) {
    const interaction = interactions[i] as Interaction;
    byId.set(interaction.id, interaction);
  }
  return byId;
}

/**
 * A read-only id map over a list that builds the `Map` on first use. Batch scoring finds reply
 * targets by position (see `HistoryView`) and usually never asks, so most histories never pay for it.
 * @internal
 */
export class LazyIdIndex implements ReadonlyMap<string, Interaction> {
  private built: Map<string, Interaction> | undefined;

  constructor(private readonly interactions: readonly Interaction[]) {}

  private get map(): Map<string, Interaction> {
    this.built ??= indexById(this.interactions);
    return this.built;
  }

  get size(): number {
    return this.map.size;
  }
  get(id: string): Interaction | undefined {
    return this.map.get(id);
  }
  has(id: string): boolean {
    return this.map.has(id);
  }
  forEach(
    callback: (value: Interaction, key: string, map: ReadonlyMap<string, Interaction>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.map) callback.call(thisArg, value, key, this);
  }
  entries(): MapIterator<[string, Interaction]> {
    return this.map.entries();
  }
  keys(): MapIterator<string> {
    return this.map.keys();
  }
  values(): MapIterator<Interaction> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[string, Interaction]> {
    return this.map[Symbol.iterator]();
  }
}
