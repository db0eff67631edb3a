// The document as a whole: creation, root attributes, lookups, and the section updaters the entity
// modules share (they create a section element only when something is added to it).

import type { AnswerFile, ItemOwner, StaticItem, Target, Variant, VariantItem } from './types.ts';
import { assertNever } from './types.ts';
import type { TargetKey, VariantKey } from './ids.ts';
import { updateByKey } from './list.ts';

/**
 * One frozen empty list for every absent section, so that lookups on an absent section return the same
 * array each time (memoised selectors) and updaters can detect "nothing was added" by identity.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/** A blank document: no Imports, Targets, Static or Variants. OwnerType 'OEM' is what the docs' samples use. */
export function createEmptyDocument(): AnswerFile {
  return { name: '', description: '', owner: '', ownerType: 'OEM', variants: [] };
}

export type RootField = 'name' | 'description' | 'owner' | 'ownerType' | 'priority';

/** Sets a root attribute exactly as typed; undefined removes it (absent and '' differ in the XML). */
export function setRootAttribute(doc: AnswerFile, field: RootField, value: string | undefined): AnswerFile {
  return patchFields(doc, { [field]: value });
}

/**
 * Applies `patch` to `obj`. A field patched to undefined is removed (the attribute becomes absent) rather than
 * kept as an own undefined property, so that a round trip through the XML compares equal.
 * Returns `obj` itself when no field changes.
 */
export function patchFields<T extends object>(obj: T, patch: NoInfer<Partial<T>>): T {
  const keys = (Object.keys(patch) as (keyof T)[]).filter((k) => obj[k] !== patch[k]);
  if (keys.length === 0) return obj;
  const copy = { ...obj } as Record<string, unknown>;
  for (const k of keys) {
    const v = patch[k];
    if (v === undefined) delete copy[k as string];
    else copy[k as string] = v;
  }
  return copy as T;
}

/** The listed fields that `patch` has as own properties (an explicit undefined is kept: it removes). */
export function pickFields<T extends object>(patch: T, fields: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const f of fields) if (Object.prototype.hasOwnProperty.call(patch, f)) out[f] = patch[f];
  return out as T;
}

// ---- lookups ----

export function targetList(doc: AnswerFile): readonly Target[] {
  return doc.targets?.targets ?? EMPTY;
}

export function staticItems(doc: AnswerFile): readonly StaticItem[] {
  return doc.static?.items ?? EMPTY;
}

export function findTarget(doc: AnswerFile, key: TargetKey): Target | undefined {
  return targetList(doc).find((t) => t.key === key);
}

export function findVariant(doc: AnswerFile, key: VariantKey): Variant | undefined {
  return doc.variants.find((v) => v.key === key);
}

/** The items of the Static block or of one Variant (empty when absent). */
export function ownerItems(doc: AnswerFile, owner: ItemOwner): readonly StaticItem[] {
  switch (owner.kind) {
    case 'static':
      return staticItems(doc);
    case 'variant':
      return findVariant(doc, owner.key)?.items ?? EMPTY;
    default:
      return assertNever(owner);
  }
}

export function findItem(doc: AnswerFile, owner: ItemOwner, itemKey: string): StaticItem | undefined {
  return ownerItems(doc, owner).find((it) => it.key === itemKey);
}

// ---- section updaters (identity-preserving) ----

/** Updates the target list; creates `<Targets>` only when the list actually changes. */
export function updateTargetList(doc: AnswerFile, fn: (targets: readonly Target[]) => readonly Target[]): AnswerFile {
  const before = targetList(doc);
  const after = fn(before);
  if (after === before) return doc;
  return { ...doc, targets: { ...doc.targets, targets: after } };
}

export function updateTarget(doc: AnswerFile, key: TargetKey, fn: (target: Target) => Target): AnswerFile {
  return updateTargetList(doc, (ts) => updateByKey(ts, key, fn));
}

export function updateVariantList(doc: AnswerFile, fn: (variants: readonly Variant[]) => readonly Variant[]): AnswerFile {
  const after = fn(doc.variants);
  return after === doc.variants ? doc : { ...doc, variants: after };
}

export function updateVariant(doc: AnswerFile, key: VariantKey, fn: (variant: Variant) => Variant): AnswerFile {
  return updateVariantList(doc, (vs) => updateByKey(vs, key, fn));
}

function isVariantItem(item: StaticItem): item is VariantItem {
  return item.kind !== 'dataAssets';
}

/**
 * Updates the items of an owner. Creates `<Static>` only when items are added to an absent one.
 * A Variant may not hold DataAssets (XSD): an update that would put one there is refused (doc unchanged).
 */
export function updateOwnerItems(
  doc: AnswerFile,
  owner: ItemOwner,
  fn: (items: readonly StaticItem[]) => readonly StaticItem[],
): AnswerFile {
  switch (owner.kind) {
    case 'static': {
      const before = staticItems(doc);
      const after = fn(before);
      if (after === before) return doc;
      return { ...doc, static: { ...doc.static, items: after } };
    }
    case 'variant':
      return updateVariant(doc, owner.key, (v) => {
        const after = fn(v.items);
        if (after === v.items || !after.every(isVariantItem)) return v;
        return { ...v, items: after };
      });
    default:
      return assertNever(owner);
  }
}

/** Updates one item of an owner by key. */
export function updateOwnerItem(
  doc: AnswerFile,
  owner: ItemOwner,
  itemKey: string,
  fn: (item: StaticItem) => StaticItem,
): AnswerFile {
  return updateOwnerItems(doc, owner, (items) => updateByKey(items, itemKey, fn));
}
