// Applies a quick fix (described as data by the validator) with the model's edit functions, as one undo step.

import type { QuickFix } from '../model/validate/quick-fix.ts';
import type { AnswerFile, ItemOwner } from '../model/types.ts';
import type { ConditionKey, EntryKey, GroupKey, KeyGen, TargetKey, TargetStateKey, VariantKey } from '../model/ids.ts';
import { asKey } from '../model/ids.ts';
import { assertNever } from '../model/types.ts';
import { addSettingsGroup, moveItemToOwner, updateEntry } from '../model/groups.ts';
import { updateCondition } from '../model/conditions.ts';
import { findTarget } from '../model/answer-file.ts';
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
      return moveItemToOwner(doc, STATIC, groupKey as GroupKey, { kind: 'variant', key: variant });
    }
    default:
      return assertNever(fix);
  }
}

export function applyQuickFix(fix: QuickFix, variant?: VariantKey): void {
  useEditor
    .getState()
    .edit(quickFixLabel(fix), (d, k) => applyFix(d, fix, k, variant), variant ? { select: { kind: 'variant', key: variant } } : undefined);
}
