// Applies a quick fix (described as data by the validator) with the model's edit functions, as one undo step.

import type { QuickFix } from '../model/validate/quick-fix.ts';
import type { AnswerFile, ItemOwner } from '../model/types.ts';
import type { ConditionKey, EntryKey, GroupKey, KeyGen, TargetKey, TargetStateKey, VariantKey } from '../model/ids.ts';
import { asKey } from '../model/ids.ts';
import { assertNever } from '../model/types.ts';
import { addSettingsGroup, moveEntryToOwner, moveGroupMerging, setGroupPath, updateEntry } from '../model/groups.ts';
import { addFromCatalog } from '../model/catalog-edits.ts';
import { atomicMembers } from '../model/catalog/lookup.ts';
import type { CatalogSetting } from '../model/catalog/types.ts';
import { ownerOfPart, quickFixFor } from '../model/validate/quick-fix.ts';
import type { Diagnostic } from '../model/validate/diagnostic.ts';
import { findItem } from '../model/answer-file.ts';
import { updateCondition } from '../model/conditions.ts';
import { findTarget } from '../model/answer-file.ts';
import { shallow } from 'zustand/shallow';
import { lowercaseConditionPrefix } from '../model/conditions-grammar.ts';
import { useEditor } from './editor-store.ts';

const STATIC: ItemOwner = { kind: 'static' };

function setStaticValue(doc: AnswerFile, path: readonly string[], value: string): AnswerFile {
  const [groupKey, entryKey] = path;
  if (!groupKey || !entryKey) return doc;
  return updateEntry(doc, STATIC, groupKey as GroupKey, entryKey as EntryKey, { value });
}

/** What the fix does, for its button and its undo step. */
export function quickFixLabel(fix: QuickFix): string {
  switch (fix.kind) {
    case 'enable-multivariant':
      return 'Set Multivariant/Enable to 1';
    case 'lowercase-prefix':
      return 'Write the prefix in lowercase';
    case 'move-group-to-variant':
      return 'Move the group to a variant';
    case 'disable-auto-data-config':
      return 'Set AutoDataConfig/Enable to 0';
    case 'move-to-static':
      if (fix.what === '') return fix.into === undefined ? 'Move the group to Static' : `Merge the group into Static's "${fix.into}" group`;
      return fix.into === undefined ? `Move ${fix.what} to a new group in Static` : `Move ${fix.what} into Static's "${fix.into}" group`;
    case 'add-atomic-members':
      return `Add ${fix.names}`;
    case 'rename':
      return `Rename to ${fix.to}`;
    default:
      return assertNever(fix);
  }
}

/** The document with the fix applied (`variant` is where move-group-to-variant moves the group). */
export function applyFix(doc: AnswerFile, fix: QuickFix, keys: KeyGen, variant?: VariantKey): AnswerFile {
  switch (fix.kind) {
    case 'enable-multivariant':
      return fix.ref.path.length >= 2
        ? setStaticValue(doc, fix.ref.path, '1')
        : addSettingsGroup(doc, STATIC, asKey(keys()), keys, { path: 'Multivariant', settings: [{ name: 'Enable', value: '1' }] }, 0);
    case 'disable-auto-data-config':
      return setStaticValue(doc, fix.ref.path, '0');
    case 'lowercase-prefix': {
      if (fix.ref.part.kind !== 'target') return doc;
      const [stateKey, conditionKey] = fix.ref.path;
      const target = findTarget(doc, fix.ref.part.key);
      const cond = target?.states.find((s) => s.key === stateKey)?.conditions.find((c) => c.key === conditionKey);
      if (!cond || cond.value === undefined) return doc;
      return updateCondition(doc, fix.ref.part.key as TargetKey, stateKey as TargetStateKey, conditionKey as ConditionKey, {
        value: lowercaseConditionPrefix(cond.value),
      });
    }
    case 'move-group-to-variant': {
      const [groupKey] = fix.ref.path;
      if (!variant || !groupKey) return doc;
      return moveGroupMerging(doc, STATIC, groupKey as GroupKey, { kind: 'variant', key: variant });
    }
    case 'move-to-static': {
      const from = ownerOfPart(fix.ref.part);
      const [groupKey, entryKey] = fix.ref.path;
      if (!from || !groupKey) return doc;
      return entryKey === undefined
        ? moveGroupMerging(doc, from, groupKey as GroupKey, STATIC)
        : moveEntryToOwner(doc, from, groupKey as GroupKey, entryKey as EntryKey, STATIC, asKey(keys()));
    }
    case 'add-atomic-members': {
      const owner = ownerOfPart(fix.ref.part);
      const [groupKey] = fix.ref.path;
      const group = owner && groupKey ? findItem(doc, owner, groupKey) : undefined;
      const first = group?.kind === 'settings' && group.path ? atomicMembers(group.path)[0] : undefined;
      return owner && first ? addFromCatalog(doc, owner, first, keys, groupKey as GroupKey) : doc;
    }
    case 'rename': {
      const owner = ownerOfPart(fix.ref.part);
      const [groupKey, entryKey] = fix.ref.path;
      if (!owner || !groupKey) return doc;
      return entryKey === undefined
        ? setGroupPath(doc, owner, groupKey as GroupKey, fix.to)
        : updateEntry(doc, owner, groupKey as GroupKey, entryKey as EntryKey, { name: fix.to });
    }
    default:
      return assertNever(fix);
  }
}

const NO_FIX = {} as const;
const lastFix = new WeakMap<Diagnostic, QuickFix | typeof NO_FIX>();

/** The fix for `d` in `doc`, the same object as last time while it says the same thing (field by field). */
function stableFix(d: Diagnostic, doc: AnswerFile): QuickFix | typeof NO_FIX {
  const next = quickFixFor(d, doc) ?? NO_FIX;
  const prev = lastFix.get(d);
  if (prev !== undefined && shallow(prev, next)) return prev;
  lastFix.set(d, next);
  return next;
}

/**
 * The certain fix for `d` in the open document. The fix is recomputed on every edit and kept while it says the
 * same thing (its fields are strings and the diagnostic's ref), so a fix button re-renders only when its fix changes.
 */
export function useQuickFix(d: Diagnostic): QuickFix | undefined {
  const fix = useEditor((s) => stableFix(d, s.doc));
  return fix === NO_FIX ? undefined : (fix as QuickFix);
}

export function applyQuickFix(fix: QuickFix, variant?: VariantKey): void {
  useEditor
    .getState()
    .edit(quickFixLabel(fix), (d, k) => applyFix(d, fix, k, variant), variant ? { select: { kind: 'variant', key: variant } } : undefined);
}

/**
 * Adds a catalog entry to Static and shows Static: what the catalog browser offers instead of adding an
 * ImageTimeOnly entry to a Variant. One undo step.
 */
export function addFromCatalogToStatic(entry: CatalogSetting): void {
  useEditor.getState().edit(`Add ${entry.name} to Static`, (d, k) => addFromCatalog(d, STATIC, entry, k), { select: { kind: 'static' } });
}
