// Edits of `<Variant>` elements: add, duplicate, remove, move, rename, and point at Targets.

import type { AnswerFile, TargetRef, TargetRefs, Variant } from './types.ts';
import type { KeyGen, VariantKey } from './ids.ts';
import { asKey } from './ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey } from './list.ts';
import { findVariant, patchFields, updateVariant, updateVariantList } from './answer-file.ts';
import { copyItem } from './groups.ts';
import { copyName, numberedName, takenNames } from './unique-name.ts';

function takenVariantNames(doc: AnswerFile): ReadonlySet<string> {
  return takenNames(doc.variants.map((v) => v.name));
}

function newTargetRef(keys: KeyGen, id: string): TargetRef {
  return { key: asKey<'TargetRef'>(keys()), id };
}

/**
 * Adds a Variant 'VariantN' (first free N) with no items, and a TargetRef to `targetId` when the caller names
 * one. Otherwise its `<TargetRefs>` is empty: a new variant never silently applies to a Target the user did not
 * pick, and the validator says to choose one (variant-no-targetref, at the form's Target field).
 */
export function addVariant(
  doc: AnswerFile,
  key: VariantKey,
  keys: KeyGen,
  targetId?: string,
  index?: number,
): AnswerFile {
  const variant: Variant = {
    key,
    name: numberedName('Variant', takenVariantNames(doc)),
    targetRefs: { refs: targetId === undefined ? [] : [newTargetRef(keys, targetId)] },
    items: [],
  };
  return updateVariantList(doc, (vs) => insertAt(vs, variant, index));
}

function copyTargetRefs(refs: TargetRefs | undefined, keys: KeyGen): TargetRefs | undefined {
  if (refs === undefined) return undefined;
  return { ...refs, refs: refs.refs.map((r) => ({ ...r, key: asKey<'TargetRef'>(keys()) })) };
}

/** Deep-copies a variant right after it: fresh keys everywhere, Name 'X-copy' (made unique), trivia kept. */
export function duplicateVariant(doc: AnswerFile, sourceKey: VariantKey, key: VariantKey, keys: KeyGen): AnswerFile {
  const i = indexOfKey(doc.variants, sourceKey);
  if (i < 0) return doc;
  const source = doc.variants[i];
  const targetRefs = copyTargetRefs(source.targetRefs, keys);
  const copy: Variant = {
    ...source,
    key,
    name: copyName(source.name ?? '', takenVariantNames(doc)),
    ...(targetRefs === undefined ? {} : { targetRefs }),
    items: source.items.map((it) => copyItem(it, asKey<'Group'>(keys()), keys)),
  };
  return updateVariantList(doc, (vs) => insertAt(vs, copy, i + 1));
}

export function removeVariant(doc: AnswerFile, key: VariantKey): AnswerFile {
  return updateVariantList(doc, (vs) => removeByKey(vs, key));
}

export function moveVariant(doc: AnswerFile, key: VariantKey, toIndex: number): AnswerFile {
  return updateVariantList(doc, (vs) => moveByKey(vs, key, toIndex));
}

/** Renames a variant exactly as typed (nothing refers to a Variant Name, so nothing else changes). */
export function setVariantName(doc: AnswerFile, key: VariantKey, name: string): AnswerFile {
  return updateVariant(doc, key, (v) => patchFields(v, { name }));
}

/**
 * Points the variant's FIRST TargetRef at `targetId` (the one the tool uses to merge variants).
 * Creates `<TargetRefs>` / `<TargetRef>` when absent; extra refs of an imported file are left as they are.
 */
export function setVariantTargetRef(doc: AnswerFile, key: VariantKey, targetId: string, keys: KeyGen): AnswerFile {
  return updateVariant(doc, key, (v) => {
    const refs = v.targetRefs;
    if (refs === undefined) return { ...v, targetRefs: { refs: [newTargetRef(keys, targetId)] } };
    const [first, ...rest] = refs.refs;
    if (first === undefined) return { ...v, targetRefs: { ...refs, refs: [newTargetRef(keys, targetId)] } };
    const next = patchFields(first, { id: targetId });
    return next === first ? v : { ...v, targetRefs: { ...refs, refs: [next, ...rest] } };
  });
}

/** Whether any of the variant's TargetRefs names `targetId` (the matrix's cell). */
export function variantRefersTo(variant: Variant, targetId: string): boolean {
  return variant.targetRefs?.refs.some((r) => r.id === targetId) ?? false;
}

/**
 * Removes every TargetRef naming `targetId` (an imported file may name it twice). The `<TargetRefs>` element
 * stays, empty when it held no other ref: it keeps its comments and unknown attributes, the validator reports an
 * empty one exactly like an absent one (variant-no-targetref), and it reads back as it was written.
 */
export function removeVariantTargetRef(doc: AnswerFile, key: VariantKey, targetId: string): AnswerFile {
  return updateVariant(doc, key, (v) => {
    const refs = v.targetRefs;
    if (refs === undefined || !variantRefersTo(v, targetId)) return v;
    return { ...v, targetRefs: { ...refs, refs: refs.refs.filter((r) => r.id !== targetId) } };
  });
}

/**
 * A matrix cell clicked. A variant has exactly one TargetRef in this format, so a row works like a choice: a cell
 * the variant does not refer to becomes its target (setVariantTargetRef: the first TargetRef takes the Id, keeping
 * its key, comments and attributes), and a cell it refers to is cleared (removeVariantTargetRef), for a variant
 * that names two targets (an imported file) or none yet.
 */
export function toggleVariantTargetRef(doc: AnswerFile, key: VariantKey, targetId: string, keys: KeyGen): AnswerFile {
  const variant = findVariant(doc, key);
  if (variant === undefined) return doc;
  return variantRefersTo(variant, targetId) ? removeVariantTargetRef(doc, key, targetId) : setVariantTargetRef(doc, key, targetId, keys);
}
