// Edits of the items of Static and of Variants: settings groups and their entries (Setting / Asset),
// plus the operations shared by every item kind (remove, move, duplicate, move to another owner).

import type {
  AnswerFile,
  Asset,
  ItemOwner,
  Setting,
  SettingsEntry,
  SettingsGroup,
  StaticItem,
  VariantItem,
} from './types.ts';
import { assertNever } from './types.ts';
import type { EntryKey, GroupKey, KeyGen } from './ids.ts';
import { asKey } from './ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey, updateByKey } from './list.ts';
import { findItem, findVariant, ownerItems, patchFields, pickFields, updateOwnerItem, updateOwnerItems } from './answer-file.ts';
import { copyApplicationsBlock } from './applications.ts';
import { copyDataAssetsBlock } from './data-assets.ts';

export function newSetting(key: EntryKey, name = '', value = ''): Setting {
  return { kind: 'setting', key, name, value };
}

export function copySettingsGroup(group: SettingsGroup, key: GroupKey, keys: KeyGen): SettingsGroup {
  return { ...group, key, entries: group.entries.map((e) => ({ ...e, key: asKey<'Entry'>(keys()) })) };
}

/** A deep copy of any item with `key` on top and fresh keys below; trivia and unknown attributes are kept. */
export function copyItem(item: VariantItem, key: GroupKey, keys: KeyGen): VariantItem;
export function copyItem(item: StaticItem, key: GroupKey, keys: KeyGen): StaticItem;
export function copyItem(item: StaticItem, key: GroupKey, keys: KeyGen): StaticItem {
  switch (item.kind) {
    case 'settings':
      return copySettingsGroup(item, key, keys);
    case 'applications':
      return copyApplicationsBlock(item, key, keys);
    case 'dataAssets':
      return copyDataAssetsBlock(item, key, keys);
    default:
      return assertNever(item);
  }
}

function updateGroup(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  fn: (group: SettingsGroup) => SettingsGroup,
): AnswerFile {
  return updateOwnerItem(doc, owner, groupKey, (item) => (item.kind === 'settings' ? fn(item) : item));
}

function updateEntries(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  fn: (entries: readonly SettingsEntry[]) => readonly SettingsEntry[],
): AnswerFile {
  return updateGroup(doc, owner, groupKey, (g) => {
    const entries = fn(g.entries);
    return entries === g.entries ? g : { ...g, entries };
  });
}

// ---- settings groups ----

export interface SettingsGroupInit {
  readonly path?: string;
  readonly settings?: readonly { readonly name: string; readonly value?: string }[];
}

/**
 * Adds a `<Settings>` group. Without `init.settings` it holds one empty Setting, because the schema needs
 * at least one child; a missing value starts as '' (present and empty) so the user sees a field to fill.
 */
export function addSettingsGroup(
  doc: AnswerFile,
  owner: ItemOwner,
  key: GroupKey,
  keys: KeyGen,
  init?: SettingsGroupInit,
  index?: number,
): AnswerFile {
  const settings = init?.settings ?? [{ name: '' }];
  const group: SettingsGroup = {
    kind: 'settings',
    key,
    path: init?.path ?? '',
    entries: settings.map((s) => newSetting(asKey<'Entry'>(keys()), s.name, s.value ?? '')),
  };
  return updateOwnerItems(doc, owner, (items) => insertAt(items, group, index));
}

export function setGroupPath(doc: AnswerFile, owner: ItemOwner, groupKey: GroupKey, path: string): AnswerFile {
  return updateGroup(doc, owner, groupKey, (g) => patchFields(g, { path }));
}

// ---- any item ----

export function removeItem(doc: AnswerFile, owner: ItemOwner, itemKey: GroupKey): AnswerFile {
  return updateOwnerItems(doc, owner, (items) => removeByKey(items, itemKey));
}

export function moveItem(doc: AnswerFile, owner: ItemOwner, itemKey: GroupKey, toIndex: number): AnswerFile {
  return updateOwnerItems(doc, owner, (items) => moveByKey(items, itemKey, toIndex));
}

/** Deep-copies an item (fresh keys) right after the source. Names and paths are copied as they are. */
export function duplicateItem(
  doc: AnswerFile,
  owner: ItemOwner,
  itemKey: GroupKey,
  newKey: GroupKey,
  keys: KeyGen,
): AnswerFile {
  return updateOwnerItems(doc, owner, (items) => {
    const i = indexOfKey(items, itemKey);
    return i < 0 ? items : insertAt(items, copyItem(items[i], newKey, keys), i + 1);
  });
}

function sameOwner(a: ItemOwner, b: ItemOwner): boolean {
  return a.kind === b.kind && (a.kind === 'static' || (b.kind === 'variant' && a.key === b.key));
}

/**
 * Moves an item (same key) from one owner to the end of another, e.g. a per-SIM group from Static to a
 * Variant. Refused (doc unchanged) when the item or the target variant does not exist, when both owners
 * are the same, or for a DataAssets block into a Variant (the XSD allows DataAssets only in Static).
 */
export function moveItemToOwner(doc: AnswerFile, from: ItemOwner, itemKey: GroupKey, to: ItemOwner): AnswerFile {
  if (sameOwner(from, to)) return doc;
  const item = findItem(doc, from, itemKey);
  if (item === undefined) return doc;
  if (to.kind === 'variant' && (item.kind === 'dataAssets' || findVariant(doc, to.key) === undefined)) return doc;
  const removed = updateOwnerItems(doc, from, (items) => removeByKey(items, itemKey));
  return updateOwnerItems(removed, to, (items) => insertAt(items, item));
}

// ---- entries ----

export function addSetting(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  key: EntryKey,
  init?: { readonly name?: string; readonly value?: string },
  index?: number,
): AnswerFile {
  const setting = newSetting(key, init?.name, init?.value);
  return updateEntries(doc, owner, groupKey, (es) => insertAt(es, setting, index));
}

/** Adds an `<Asset>`; Name and Source are required attributes, so they start present and empty. */
export function addAsset(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  key: EntryKey,
  init?: Partial<Omit<Asset, 'kind' | 'key'>>,
  index?: number,
): AnswerFile {
  const asset: Asset = { name: '', source: '', ...init, kind: 'asset', key };
  return updateEntries(doc, owner, groupKey, (es) => insertAt(es, asset, index));
}

export type SettingPatch = Partial<Pick<Setting, 'name' | 'value' | 'type'>>;
export type AssetPatch = Partial<Pick<Asset, 'name' | 'source' | 'targetFileName' | 'displayName' | 'type'>>;
/** Any field of either entry kind; only the fields the entry's kind has are applied. */
export type EntryPatch = SettingPatch & AssetPatch;

const SETTING_FIELDS: readonly (keyof EntryPatch)[] = ['name', 'value', 'type'];
const ASSET_FIELDS: readonly (keyof EntryPatch)[] = ['name', 'source', 'targetFileName', 'displayName', 'type'];

function patchEntry(entry: SettingsEntry, patch: EntryPatch): SettingsEntry {
  switch (entry.kind) {
    case 'setting':
      return patchFields(entry, pickFields(patch, SETTING_FIELDS) as SettingPatch);
    case 'asset':
      return patchFields(entry, pickFields(patch, ASSET_FIELDS) as AssetPatch);
    default:
      return assertNever(entry);
  }
}

/** Patches a Setting or an Asset; a field set to undefined removes the attribute. */
export function updateEntry(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  entryKey: EntryKey,
  patch: EntryPatch,
): AnswerFile {
  return updateEntries(doc, owner, groupKey, (es) => updateByKey(es, entryKey, (e) => patchEntry(e, patch)));
}

export function removeEntry(doc: AnswerFile, owner: ItemOwner, groupKey: GroupKey, entryKey: EntryKey): AnswerFile {
  return updateEntries(doc, owner, groupKey, (es) => removeByKey(es, entryKey));
}

export function moveEntry(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  entryKey: EntryKey,
  toIndex: number,
): AnswerFile {
  return updateEntries(doc, owner, groupKey, (es) => moveByKey(es, entryKey, toIndex));
}

/** Copies an entry (new key, same name and value) right after the source. */
export function duplicateEntry(
  doc: AnswerFile,
  owner: ItemOwner,
  groupKey: GroupKey,
  entryKey: EntryKey,
  newKey: EntryKey,
): AnswerFile {
  return updateEntries(doc, owner, groupKey, (es) => {
    const i = indexOfKey(es, entryKey);
    return i < 0 ? es : insertAt(es, { ...es[i], key: newKey }, i + 1);
  });
}

// ---- moving settings groups between owners, merging with a group of the same path ----

/** The first settings group of `owner` whose Path equals `path` ignoring case, other than `except`. */
export function groupWithPath(doc: AnswerFile, owner: ItemOwner, path: string, except?: GroupKey): SettingsGroup | undefined {
  const want = path.toLowerCase();
  return ownerItems(doc, owner).find(
    (it): it is SettingsGroup => it.kind === 'settings' && it.key !== except && (it.path ?? '').toLowerCase() === want,
  );
}

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * What stops `entries` from joining `into` without losing or doubling anything: the names of the Settings
 * `into` already sets (ignoring case), of the Assets it already declares with the same Source, and the
 * attributes of `group` that `into` does not carry alike (a merged group has one set of attributes).
 */
export function mergeClashes(entries: readonly SettingsEntry[], into: SettingsGroup, group?: SettingsGroup): readonly string[] {
  const out: string[] = [];
  for (const e of entries) {
    const clash = into.entries.some((x) =>
      x.kind === 'setting' && e.kind === 'setting'
        ? sameText(x.name, e.name)
        : x.kind === 'asset' && e.kind === 'asset' && sameText(x.name, e.name) && sameText(x.source, e.source),
    );
    if (clash) out.push(e.name ?? '');
  }
  for (const a of group?.extraAttrs ?? []) {
    if (!into.extraAttrs?.some((b) => b.name === a.name && b.value === a.value)) out.push(`attribute ${a.name}`);
  }
  return out;
}

/** Where a group moved to `to` lands: `into` (a group of the same path it joins) or a new group, and what clashes. */
export interface GroupMove {
  readonly into?: SettingsGroup;
  readonly clashes: readonly string[];
}

/** How moving the settings group `groupKey` of `from` to `to` would go; undefined when there is no such group. */
export function planGroupMove(doc: AnswerFile, from: ItemOwner, groupKey: GroupKey, to: ItemOwner): GroupMove | undefined {
  const group = findItem(doc, from, groupKey);
  if (group?.kind !== 'settings' || sameOwner(from, to)) return undefined;
  if (to.kind === 'variant' && findVariant(doc, to.key) === undefined) return undefined;
  const into = group.path ? groupWithPath(doc, to, group.path) : undefined;
  return into ? { into, clashes: mergeClashes(group.entries, into, group) } : { clashes: [] };
}

/** `into` with `group`'s entries appended; what stood before `group` goes before its first entry, its end after into's. */
function mergeInto(into: SettingsGroup, group: SettingsGroup): SettingsGroup {
  const [first, ...rest] = group.entries;
  const moved = first && group.before?.length ? [{ ...first, before: [...group.before, ...(first.before ?? [])] }, ...rest] : group.entries;
  const end = group.end?.length ? [...(into.end ?? []), ...group.end] : into.end;
  return { ...into, entries: [...into.entries, ...moved], ...(end ? { end } : {}) };
}

/**
 * Moves a settings group to another owner, e.g. an ImageTimeOnly group from a Variant to Static (created when
 * absent). When `to` already has a group of the same Path (ignoring case), the entries join that group instead
 * of making a second one. Refused (doc unchanged) when the group or the variant does not exist, and when the
 * merge would clash (mergeClashes): the move must lose nothing and set nothing twice.
 */
export function moveGroupMerging(doc: AnswerFile, from: ItemOwner, groupKey: GroupKey, to: ItemOwner): AnswerFile {
  const plan = planGroupMove(doc, from, groupKey, to);
  if (!plan || plan.clashes.length > 0) return doc;
  if (!plan.into) return moveItemToOwner(doc, from, groupKey, to);
  const group = findItem(doc, from, groupKey) as SettingsGroup;
  const into = plan.into;
  const removed = updateOwnerItems(doc, from, (items) => removeByKey(items, groupKey));
  return updateGroup(removed, to, into.key, () => mergeInto(into, group));
}

/** How moving one entry to `to` would go (into a group of the same path, or a new one); undefined when absent. */
export function planEntryMove(doc: AnswerFile, from: ItemOwner, groupKey: GroupKey, entryKey: EntryKey, to: ItemOwner): GroupMove | undefined {
  const group = findItem(doc, from, groupKey);
  if (group?.kind !== 'settings' || sameOwner(from, to)) return undefined;
  const entry = group.entries.find((e) => e.key === entryKey);
  if (!entry) return undefined;
  if (group.entries.length === 1) return planGroupMove(doc, from, groupKey, to);
  const into = group.path ? groupWithPath(doc, to, group.path) : undefined;
  return into ? { into, clashes: mergeClashes([entry], into) } : { clashes: [] };
}

/**
 * Moves one entry of a settings group to the group of the same Path of another owner (a new group `newKey` at
 * its end when there is none). A group left empty moves whole instead (moveGroupMerging). Refused like it.
 */
export function moveEntryToOwner(
  doc: AnswerFile,
  from: ItemOwner,
  groupKey: GroupKey,
  entryKey: EntryKey,
  to: ItemOwner,
  newKey: GroupKey,
): AnswerFile {
  const plan = planEntryMove(doc, from, groupKey, entryKey, to);
  if (!plan || plan.clashes.length > 0) return doc;
  const group = findItem(doc, from, groupKey) as SettingsGroup;
  if (group.entries.length === 1) return moveGroupMerging(doc, from, groupKey, to);
  const entry = group.entries.find((e) => e.key === entryKey) as SettingsEntry;
  const removed = updateEntries(doc, from, groupKey, (es) => removeByKey(es, entryKey));
  if (plan.into) return updateEntries(removed, to, plan.into.key, (es) => [...es, entry]);
  const fresh: SettingsGroup = { kind: 'settings', key: newKey, path: group.path ?? '', entries: [entry] };
  return updateOwnerItems(removed, to, (items) => insertAt(items, fresh));
}
