/**
 * Keys numbered in the order they were first seen: a list searched from the start while short (a
 * customer's channels or topics are a handful, and a short list beats a hash table), a `Map` once
 * it grows, so a look-up stays O(1) however many keys a long history brings.
 * @internal
 */
export class KeyIndex {
  private readonly keys: string[] = [];
  private map: Map<string, number> | undefined;

  /** How many keys were added. */
  get size(): number {
    return this.keys.length;
  }

  /** The key's number, or −1 when it was never added. */
  indexOf(key: string): number {
    return this.map === undefined ? this.keys.indexOf(key) : (this.map.get(key) ?? -1);
  }

  /** The key's number, adding it (as the next number) when new. */
  add(key: string): number {
    const known = this.indexOf(key);
    if (known >= 0) return known;
    const index = this.keys.length;
    this.keys.push(key);
    if (this.map !== undefined) this.map.set(key, index);
    else if (index >= SHORT) this.map = new Map(this.keys.map((k, i) => [k, i]));
    return index;
  }
}

/** Up to this many keys, a linear search. */
const SHORT = 16;
