// Adding catalog entries to a document: a chosen Setting (or Asset) goes into the current settings group when
// its path matches, else into another group of the same owner with that path, else into a new group. An entry of
// an Atomic group brings every member of the group along (docs/format.md §5.2). Pure.

import type { AnswerFile, ItemOwner, SettingsEntry, SettingsGroup } from './types.ts';
import type { GroupKey, KeyGen } from './ids.ts';
import { asKey } from './ids.ts';
import type { CatalogGroup, CatalogSetting } from './catalog/types.ts';
import { atomicMembers, findGroup, findInGroup } from './catalog/lookup.ts';
import { ownerItems, updateOwnerItem, updateOwnerItems } from './answer-file.ts';
import { insertAt } from './list.ts';

/** The entries to add for a choice: the whole group when it is Atomic, else the entry alone. */
export function entriesToAdd(entry: CatalogSetting): readonly CatalogSetting[] {
  const members = atomicMembers(entry.path);
  return members.length > 0 ? members : [entry];
}

function newEntry(s: CatalogSetting, keys: KeyGen): SettingsEntry {
  const key = asKey<'Entry'>(keys());
  return s.kind === 'Asset' ? { kind: 'asset', key, name: s.name, source: '' } : { kind: 'setting', key, name: s.name, value: s.default ?? '' };
}

function matches(group: SettingsGroup, cg: CatalogGroup | undefined): boolean {
  return cg !== undefined && group.path !== undefined && group.path !== '' && findGroup(group.path) === cg;
}

/** Which existing group of the owner receives `entry`: the current one when its path matches, else the first match. */
export function receivingGroup(doc: AnswerFile, owner: ItemOwner, entry: CatalogSetting, current?: GroupKey): SettingsGroup | undefined {
  const cg = findGroup(entry.path);
  const groups = ownerItems(doc, owner).filter((it): it is SettingsGroup => it.kind === 'settings');
  return groups.find((g) => g.key === current && matches(g, cg)) ?? groups.find((g) => matches(g, cg));
}

/**
 * Adds a catalog entry (with its Atomic siblings) to the owner. Names already present in the receiving group
 * are not added twice; a value starts at the documented default, else empty. New groups take the catalog
 * path as written (an OEM macro in it is left for the user to replace) and go at the end of the owner.
 */
export function addFromCatalog(
  doc: AnswerFile,
  owner: ItemOwner,
  entry: CatalogSetting,
  keys: KeyGen,
  current?: GroupKey,
): AnswerFile {
  const wanted = entriesToAdd(entry);
  const target = receivingGroup(doc, owner, entry, current);
  if (target) {
    const cg = findGroup(entry.path);
    const present = new Set(target.entries.map((e) => (cg && e.name ? findInGroup(cg, e.name) : undefined)));
    const missing = wanted.filter((s) => !present.has(s));
    if (missing.length === 0) return doc;
    return updateOwnerItem(doc, owner, target.key, (item) =>
      item.kind === 'settings' ? { ...item, entries: [...item.entries, ...missing.map((s) => newEntry(s, keys))] } : item,
    );
  }
  const group: SettingsGroup = {
    kind: 'settings',
    key: asKey<'Group'>(keys()),
    path: entry.path,
    entries: wanted.map((s) => newEntry(s, keys)),
  };
  return updateOwnerItems(doc, owner, (items) => insertAt(items, group));
}
