// Identity-preserving helpers for readonly arrays of keyed items.
// Each returns the input array itself when nothing changed (docs/architecture.md, invariant 1).

export interface Keyed {
  readonly key: string;
}

/** Replaces the item with `key` by `fn(item)`; returns `items` unchanged when no item changed. */
export function updateByKey<T extends Keyed>(items: readonly T[], key: string, fn: (item: T) => T): readonly T[] {
  const i = items.findIndex((it) => it.key === key);
  if (i < 0) return items;
  const next = fn(items[i]);
  if (next === items[i]) return items;
  const copy = items.slice();
  copy[i] = next;
  return copy;
}

/** Removes the item with `key`; returns `items` unchanged when there is none. */
export function removeByKey<T extends Keyed>(items: readonly T[], key: string): readonly T[] {
  const i = items.findIndex((it) => it.key === key);
  if (i < 0) return items;
  return [...items.slice(0, i), ...items.slice(i + 1)];
}

/** Inserts `item` at `index` (clamped to the array bounds; default: at the end). */
export function insertAt<T>(items: readonly T[], item: T, index: number = items.length): readonly T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Moves the item with `key` to `toIndex` (clamped); returns `items` unchanged when it does not move. */
export function moveByKey<T extends Keyed>(items: readonly T[], key: string, toIndex: number): readonly T[] {
  const from = items.findIndex((it) => it.key === key);
  if (from < 0) return items;
  const to = Math.max(0, Math.min(toIndex, items.length - 1));
  if (to === from) return items;
  const copy = items.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Index of the item with `key`, or -1. */
export function indexOfKey<T extends Keyed>(items: readonly T[], key: string): number {
  return items.findIndex((it) => it.key === key);
}
