/**
 * Keys numbered in the order they were first seen: a list searched from the start while short (a
 * customer's channels or topics are a handful, and a short list beats a hash table), a `Map` once
 * it grows, so a look-up stays O(1) however many keys a long history brings.
 * @internal
 */
export class KeyIndex {
  private readonly keys: string[];
  private count = 0;
  private map: Map<string, number> | undefined;

  /** @param capacity - How many keys to make room for at first (more may be added). */
  constructor(capacity = 4) {
    this.keys = new Array(capacity);
  }

  /** How many keys were added. */
  get size(): number {
    return this.count;
  }

  /** The key's number, or −1 when it was never added. */
  indexOf(key: string): number {
    if (this.map !== undefined) return this.map.get(key) ?? -1;
    for (let i = 0; i < this.count; i++) if (this.keys[i] === key) return i;
    return -1;
  }

  /** The key's number, adding it (as the next number) when new. */
  add(key: string): number {
    const known = this.indexOf(key);
    if (known >= 0) return known;
    const index = this.count++;
    this.keys[index] = key;
    if (this.map !== undefined) this.map.set(key, index);
    else if (index >= SHORT) {
      this.map = new Map();
      for (let i = 0; i <= index; i++) this.map.set(this.keys[i] as string, i);
    }
    return index;
  }
}

/** Up to this many keys, a linear search. */
const SHORT = 16;
