// Edits of `<Targets>`: adding, duplicating, renaming, removing and moving Targets.
// Variants refer to a Target by its Id (exact, case-sensitive), so renaming and removing keep them in step.

import type { AnswerFile, Target, TargetRefs, Variant } from './types.ts';
import { assertNever } from './types.ts';
import type { KeyGen, TargetKey } from './ids.ts';
import { asKey } from './ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey } from './list.ts';
import { targetList, updateTarget, updateTargetList, updateVariantList } from './answer-file.ts';
import { copyTargetState, newTargetState } from './conditions.ts';
import { copyName, numberedName, takenNames } from './unique-name.ts';

/** What happens to the variants that refer to a removed target. */
export type RemoveTargetPolicy =
  | { readonly kind: 'keep-refs' }
  | { readonly kind: 'remove-variants' }
  | { readonly kind: 'retarget'; readonly targetId: string };

function takenIds(doc: AnswerFile): ReadonlySet<string> {
  return takenNames(targetList(doc).map((t) => t.id));
}

/** Adds a Target 'TargetN' (first free N) with one state holding empty MCC and MNC conditions. */
export function addTarget(doc: AnswerFile, key: TargetKey, keys: KeyGen, index?: number): AnswerFile {
  const target: Target = {
    key,
    id: numberedName('Target', takenIds(doc)),
    states: [newTargetState(asKey<'TargetState'>(keys()), keys, ['MCC', 'MNC'])],
  };
  return updateTargetList(doc, (ts) => insertAt(ts, target, index));
}

/** Deep-copies a target right after it: fresh keys everywhere, Id 'X-copy' (made unique), trivia kept. */
export function duplicateTarget(doc: AnswerFile, sourceKey: TargetKey, key: TargetKey, keys: KeyGen): AnswerFile {
  const targets = targetList(doc);
  const i = indexOfKey(targets, sourceKey);
  if (i < 0) return doc;
  const source = targets[i];
  const copy: Target = {
    ...source,
    key,
    id: copyName(source.id ?? '', takenIds(doc)),
    states: source.states.map((s) => copyTargetState(s, asKey<'TargetState'>(keys()), keys)),
  };
  return updateTargetList(doc, (ts) => insertAt(ts, copy, i + 1));
}

/** True when a target other than `except` has Id `id`: refs to `id` then still resolve. */
function idStillUsed(doc: AnswerFile, id: string, except: TargetKey): boolean {
  return targetList(doc).some((t) => t.key !== except && t.id === id);
}

/**
 * Renames a target and rewrites every TargetRef that pointed at the old Id, unless another target
 * still carries the old Id (those refs keep resolving to it). A target without Id has no refs to follow.
 */
export function setTargetId(doc: AnswerFile, key: TargetKey, id: string): AnswerFile {
  const target = targetList(doc).find((t) => t.key === key);
  if (target === undefined || target.id === id) return doc;
  const oldId = target.id;
  const renamed = updateTarget(doc, key, (t) => ({ ...t, id }));
  if (oldId === undefined || idStillUsed(doc, oldId, key)) return renamed;
  return retargetRefs(renamed, oldId, id);
}

/** Points every TargetRef with Id `from` to `to`; untouched variants stay identical. */
function retargetRefs(doc: AnswerFile, from: string, to: string): AnswerFile {
  return updateVariantList(doc, (variants) => {
    let changed = false;
    const next = variants.map((v) => {
      const refs = retargetRefList(v.targetRefs, from, to);
      if (refs === v.targetRefs) return v;
      changed = true;
      return { ...v, targetRefs: refs };
    });
    return changed ? next : variants;
  });
}

function retargetRefList(refs: TargetRefs | undefined, from: string, to: string): TargetRefs | undefined {
  if (refs === undefined || !refs.refs.some((r) => r.id === from)) return refs;
  return { ...refs, refs: refs.refs.map((r) => (r.id === from ? { ...r, id: to } : r)) };
}

function refersTo(variant: Variant, targetId: string): boolean {
  return variant.targetRefs?.refs.some((r) => r.id === targetId) ?? false;
}

/** Variants with any TargetRef whose Id is exactly `targetId`. An absent Id is referred to by nothing. */
export function variantsUsingTarget(doc: AnswerFile, targetId: string | undefined): readonly Variant[] {
  if (targetId === undefined) return [];
  return doc.variants.filter((v) => refersTo(v, targetId));
}

/**
 * Removes a target. Variants that referred to its Id are left dangling ('keep-refs'), removed
 * ('remove-variants') or pointed at another Id ('retarget'). When another target still has the same Id,
 * the refs keep resolving and variants are left alone whatever the policy.
 */
export function removeTarget(doc: AnswerFile, key: TargetKey, policy: RemoveTargetPolicy): AnswerFile {
  const target = targetList(doc).find((t) => t.key === key);
  if (target === undefined) return doc;
  const removed = updateTargetList(doc, (ts) => removeByKey(ts, key));
  const id = target.id;
  if (id === undefined || idStillUsed(doc, id, key)) return removed;
  switch (policy.kind) {
    case 'keep-refs':
      return removed;
    case 'remove-variants':
      return updateVariantList(removed, (vs) => (vs.some((v) => refersTo(v, id)) ? vs.filter((v) => !refersTo(v, id)) : vs));
    case 'retarget':
      return retargetRefs(removed, id, policy.targetId);
    default:
      return assertNever(policy);
  }
}

export function moveTarget(doc: AnswerFile, key: TargetKey, toIndex: number): AnswerFile {
  return updateTargetList(doc, (ts) => moveByKey(ts, key, toIndex));
}
