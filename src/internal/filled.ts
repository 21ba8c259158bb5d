/**
 * A plain array of `length` copies of `value`. The per-customer position tables are this rather
 * than typed arrays: at a dozen entries, allocating and clearing a typed array costs several times
 * more than a small array of numbers. O(length).
 * @internal
 */
export function filled<T>(length: number, value: T): T[] {
  const out: T[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = value;
  return out;
}
