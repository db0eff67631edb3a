// Quick fixes as edits: what each fix the validator describes (quick-fix.ts) does to the document, and the
// label of its button and undo step. Pure.

import type { QuickFix } from './validate/quick-fix.ts';
import type { AnswerFile, ItemOwner } from './types.ts';
import type { ConditionKey, EntryKey, GroupKey, KeyGen, TargetKey, TargetStateKey, VariantKey } from './ids.ts';
import { asKey } from './ids.ts';
import { assertNever } from './types.ts';
import { addSettingsGroup, moveEntryToOwner, moveGroupMerging, setGroupPath, updateEntry } from './groups.ts';
import { addFromCatalog } from './catalog-edits.ts';
import { atomicMembers } from './catalog/lookup.ts';
import { ownerOfPart } from './validate/quick-fix.ts';
import { findItem, findTarget } from './answer-file.ts';
import { updateCondition } from './conditions.ts';
import { lowercaseConditionPrefix } from './conditions-grammar.ts';

export const STATIC: ItemOwner = { kind: 'static' };

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

