// Which targets each variant applies to, as the matrix reads it: the set of Ids its TargetRefs name, cached by
// variant object. Edits keep an untouched variant identical, so after a cell is toggled one row's set is built
// again and every other row is a lookup.

import type { Target, Variant } from '../../model/types.ts';

const EMPTY: ReadonlySet<string> = new Set();
const byVariant = new WeakMap<Variant, ReadonlySet<string>>();

/** The target Ids the variant's TargetRefs name (a TargetRef without an Id names none). */
export function referencedIds(variant: Variant): ReadonlySet<string> {
  let ids = byVariant.get(variant);
  if (ids === undefined) {
    const refs = variant.targetRefs?.refs ?? [];
    ids = refs.length === 0 ? EMPTY : new Set(refs.flatMap((r) => (r.id ? [r.id] : [])));
    byVariant.set(variant, ids);
  }
  return ids;
}

/** The Ids of the targets, for telling a row's dangling refs (an Id no target has) from its columns. */
export function targetIdSet(targets: readonly Target[]): ReadonlySet<string> {
  return new Set(targets.flatMap((t) => (t.id ? [t.id] : [])));
}

/** The Ids the variant refers to that no target has: they have no column, so the row names them in a note. */
export function danglingIds(variant: Variant, targetIds: ReadonlySet<string>): readonly string[] {
  const out: string[] = [];
  for (const id of referencedIds(variant)) if (!targetIds.has(id)) out.push(id);
  return out;
}
