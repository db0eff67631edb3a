// Edits of `<Variant>` elements: add, duplicate, remove, move, rename, and point at Targets.

import type { AnswerFile, TargetRef, TargetRefs, Variant } from './types.ts';
import type { KeyGen, VariantKey } from './ids.ts';
import { asKey } from './ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey } from './list.ts';
import { findVariant, patchFields, targetList, updateVariant, updateVariantList } from './answer-file.ts';
import { copyItem } from './groups.ts';
import { copyName, numberedName, takenNames } from './unique-name.ts';

function takenVariantNames(doc: AnswerFile): ReadonlySet<string> {
  return takenNames(doc.variants.map((v) => v.name));
}

function newTargetRef(keys: KeyGen, id: string): TargetRef {
  return { key: asKey<'TargetRef'>(keys()), id };
}

/**
 * Adds a Variant 'VariantN' (first free N) with no items and one TargetRef to `targetId`, else to the
 * first target, else '' (a Variant must have exactly one TargetRef; the validator flags an empty one).
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
    targetRefs: { refs: [newTargetRef(keys, targetId ?? targetList(doc)[0]?.id ?? '')] },
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

const hasId = (r: TargetRef) => r.id !== undefined && r.id !== '';

/** Whether any of the variant's TargetRefs names `targetId` (the matrix's cell). */
export function variantRefersTo(variant: Variant, targetId: string): boolean {
  return variant.targetRefs?.refs.some((r) => r.id === targetId) ?? false;
}

/**
 * Makes the variant refer to `targetId` as well. Creates `<TargetRefs>` when absent. A TargetRef without an Id
 * (what Add variant makes when there is no target yet) is a placeholder: it takes the Id instead of a second
 * TargetRef standing beside it. Nothing changes when a TargetRef already names the target.
 */
export function addVariantTargetRef(doc: AnswerFile, key: VariantKey, targetId: string, keys: KeyGen): AnswerFile {
  return updateVariant(doc, key, (v) => {
    const refs = v.targetRefs;
    if (refs === undefined) return { ...v, targetRefs: { refs: [newTargetRef(keys, targetId)] } };
    if (variantRefersTo(v, targetId)) return v;
    const empty = refs.refs.findIndex((r) => !hasId(r));
    const next =
      empty < 0 ? [...refs.refs, newTargetRef(keys, targetId)] : refs.refs.map((r, i) => (i === empty ? { ...r, id: targetId } : r));
    return { ...v, targetRefs: { ...refs, refs: next } };
  });
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

/** Removes the variant's TargetRefs to `targetId` when it has any, else adds one (a matrix cell clicked). */
export function toggleVariantTargetRef(doc: AnswerFile, key: VariantKey, targetId: string, keys: KeyGen): AnswerFile {
  const variant = findVariant(doc, key);
  if (variant === undefined) return doc;
  return variantRefersTo(variant, targetId) ? removeVariantTargetRef(doc, key, targetId) : addVariantTargetRef(doc, key, targetId, keys);
}
