// Edits the settings matrix makes, composed of the settings-group edits of groups.ts. Each keeps the identity of
// what it does not touch (docs/architecture.md, invariant 1) and returns the document unchanged when there is
// nothing to do. A row is a Settings Path and Setting Name, compared ignoring case (settings-matrix.ts).

import type { AnswerFile, ItemOwner } from './types.ts';
import type { EntryKey, GroupKey, KeyGen, VariantKey } from './ids.ts';
import { asKey } from './ids.ts';
import { findItem, ownerItems } from './answer-file.ts';
import { addSetting, addSettingsGroup, groupWithPath, moveEntryToOwner, removeEntry, removeItem, updateEntry } from './groups.ts';
import { ownerCells, rowKey, type MatrixCell } from './settings-matrix.ts';

/** The owner's first Setting of a row (path and name ignoring case), if it sets it. */
export function findCell(doc: AnswerFile, owner: ItemOwner, path: string, name: string): MatrixCell | undefined {
  return ownerCells(ownerItems(doc, owner)).cells.get(rowKey(path, name));
}

/**
 * Sets the value of a row in one owner: the Setting it already has, else a new Setting in its group of that Path
 * (ignoring case), else in a new group at its end. `type` is written on a new Setting only (a copied Type).
 */
export function setCellValue(doc: AnswerFile, owner: ItemOwner, path: string, name: string, value: string, keys: KeyGen, type?: string): AnswerFile {
  const cell = findCell(doc, owner, path, name);
  if (cell) return updateEntry(doc, owner, cell.groupKey, cell.entryKey, { value });
  const entryKey = asKey<'Entry'>(keys());
  const group = groupWithPath(doc, owner, path);
  let next: AnswerFile;
  let groupKey: GroupKey;
  if (group) {
    groupKey = group.key;
    next = addSetting(doc, owner, groupKey, entryKey, { name, value });
  } else {
    groupKey = asKey<'Group'>(keys());
    next = addSettingsGroup(doc, owner, groupKey, keys, { path, settings: [] });
    next = addSetting(next, owner, groupKey, entryKey, { name, value });
  }
  return type === undefined ? next : updateEntry(next, owner, groupKey, entryKey, { type });
}

/** Removes one Setting, and its group when it was the group's last entry (a group needs one, docs/format.md §2.3). */
export function removeSettingPruning(doc: AnswerFile, owner: ItemOwner, groupKey: GroupKey, entryKey: EntryKey): AnswerFile {
  const group = findItem(doc, owner, groupKey);
  if (group?.kind !== 'settings' || !group.entries.some((e) => e.key === entryKey)) return doc;
  return group.entries.length === 1 ? removeItem(doc, owner, groupKey) : removeEntry(doc, owner, groupKey, entryKey);
}

/** The Setting a cell points at, with its Type. */
function settingOf(doc: AnswerFile, owner: ItemOwner, cell: MatrixCell) {
  const group = findItem(doc, owner, cell.groupKey);
  return group?.kind === 'settings' ? group.entries.find((e) => e.key === cell.entryKey && e.kind === 'setting') : undefined;
}

/**
 * Moves a row to Static from the Variant `from`: Static gets that Variant's value (its Setting moves there,
 * joining Static's group of that Path, or Static's own Setting takes the value), and every Variant that set the
 * same value no longer does, since Static now gives it to them. Variants with another value keep it: they still
 * override Static. Unchanged when `from` does not set the row.
 */
export function moveRowToStatic(doc: AnswerFile, from: VariantKey, path: string, name: string, keys: KeyGen): AnswerFile {
  const owner: ItemOwner = { kind: 'variant', key: from };
  const cell = findCell(doc, owner, path, name);
  if (!cell) return doc;
  const value = cell.value;
  const STATIC: ItemOwner = { kind: 'static' };
  const staticCell = findCell(doc, STATIC, path, name);
  let next = staticCell ? doc : moveEntryToOwner(doc, owner, cell.groupKey, cell.entryKey, STATIC, asKey<'Group'>(keys()));
  if (next === doc) {
    // Static sets it already (or the move would clash): Static takes the value, the Variant's Setting goes.
    next = staticCell
      ? updateEntry(doc, STATIC, staticCell.groupKey, staticCell.entryKey, { value })
      : setCellValue(doc, STATIC, path, name, value ?? '', keys, settingOf(doc, owner, cell)?.type);
    next = removeSettingPruning(next, owner, cell.groupKey, cell.entryKey);
  }
  for (const v of next.variants) {
    const o: ItemOwner = { kind: 'variant', key: v.key };
    const same = findCell(next, o, path, name);
    if (same && same.value === value) next = removeSettingPruning(next, o, same.groupKey, same.entryKey);
  }
  return next;
}

/**
 * Copies the value `from` gives a row to the Variant `to` (its own Setting takes it, or a new one is added with
 * the source's Type). Unchanged when `from` does not set the row or `to` is `from`.
 */
export function copyRowToVariant(doc: AnswerFile, from: ItemOwner, to: VariantKey, path: string, name: string, keys: KeyGen): AnswerFile {
  if (from.kind === 'variant' && from.key === to) return doc;
  const cell = findCell(doc, from, path, name);
  if (!cell || !doc.variants.some((v) => v.key === to)) return doc;
  return setCellValue(doc, { kind: 'variant', key: to }, path, name, cell.value ?? '', keys, settingOf(doc, from, cell)?.type);
}
