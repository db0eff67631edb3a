// Picks names (Target Id, Variant Name) that no sibling uses yet, so that new and duplicated entities
// never collide with an existing one. Comparison is exact and case-sensitive, as the imaging tool matches Ids.

/** The set of names in use, ignoring absent ones. */
export function takenNames(names: Iterable<string | undefined>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const n of names) if (n !== undefined) set.add(n);
  return set;
}

/** `${prefix}1`, `${prefix}2`, ...: the first one not taken. */
export function numberedName(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `${name}-copy`, then `${name}-copy2`, `${name}-copy3`, ...: the first one not taken. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = `${name}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
