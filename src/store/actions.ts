// The document actions the UI calls: each is one line that runs one pure model function as an undo step.
// Typing into a field passes a `coalesce` key so that the whole run of keystrokes is one step.

import type {
  ApplicationKey,
  ConditionKey,
  DataAssetKey,
  EntryKey,
  GroupKey,
  ImportKey,
  TargetKey,
  TargetStateKey,
  VariantKey,
} from '../model/ids.ts';
import { asKey } from '../model/ids.ts';
import type { ItemOwner } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import { setRootAttribute, type RootField } from '../model/answer-file.ts';
import * as imp from '../model/imports.ts';
import * as tg from '../model/targets.ts';
import * as cond from '../model/conditions.ts';
import * as vr from '../model/variants.ts';
import * as grp from '../model/groups.ts';
import * as app from '../model/applications.ts';
import * as da from '../model/data-assets.ts';
import type { CatalogSetting } from '../model/catalog/types.ts';
import { addFromCatalog } from '../model/catalog-edits.ts';
import { mintKey } from './keys.ts';
import { useEditor } from './editor-store.ts';

const edit = (...args: Parameters<ReturnType<typeof useEditor.getState>['edit']>) => useEditor.getState().edit(...args);
const ownerId = (o: ItemOwner) => (o.kind === 'static' ? 'static' : `variant:${o.key}`);

export const actions = {
  select: (part: PartRef) => useEditor.getState().select(part),
  undo: () => useEditor.getState().undo(),
  redo: () => useEditor.getState().redo(),

  // ---- root and imports ----
  setRootAttribute: (field: RootField, value: string | undefined) =>
    edit(`Edit ${field}`, (d) => setRootAttribute(d, field, value), { coalesce: `root/${field}` }),
  addImport: () => edit('Add import', (d) => imp.addImport(d, asKey<'Import'>(mintKey()))),
  setImportSource: (key: ImportKey, source: string) =>
    edit('Edit import source', (d) => imp.updateImportSource(d, key, source), { coalesce: `import/${key}` }),
  removeImport: (key: ImportKey) => edit('Remove import', (d) => imp.removeImport(d, key)),
  moveImport: (key: ImportKey, to: number) => edit('Move import', (d) => imp.moveImport(d, key, to)),

  // ---- targets ----
  addTarget: () => {
    const key = asKey<'Target'>(mintKey());
    edit('Add target', (d, k) => tg.addTarget(d, key, k), { select: { kind: 'target', key } });
  },
  duplicateTarget: (source: TargetKey) => {
    const key = asKey<'Target'>(mintKey());
    edit('Duplicate target', (d, k) => tg.duplicateTarget(d, source, key, k), { select: { kind: 'target', key } });
  },
  setTargetId: (key: TargetKey, id: string) =>
    edit('Rename target', (d) => tg.setTargetId(d, key, id), { coalesce: `target/${key}/id` }),
  removeTarget: (key: TargetKey, policy: tg.RemoveTargetPolicy) =>
    edit('Remove target', (d) => tg.removeTarget(d, key, policy), { select: { kind: 'document' } }),
  moveTarget: (key: TargetKey, to: number) => edit('Move target', (d) => tg.moveTarget(d, key, to)),
  addTargetState: (t: TargetKey) => edit('Add target state', (d, k) => cond.addTargetState(d, t, asKey(k()), k)),
  duplicateTargetState: (t: TargetKey, s: TargetStateKey) =>
    edit('Duplicate target state', (d, k) => cond.duplicateTargetState(d, t, s, asKey(k()), k)),
  removeTargetState: (t: TargetKey, s: TargetStateKey) => edit('Remove target state', (d) => cond.removeTargetState(d, t, s)),
  moveTargetState: (t: TargetKey, s: TargetStateKey, to: number) =>
    edit('Move target state', (d) => cond.moveTargetState(d, t, s, to)),
  addCondition: (t: TargetKey, s: TargetStateKey, init?: { name?: string; value?: string }) =>
    edit('Add condition', (d, k) => cond.addCondition(d, t, s, asKey(k()), init)),
  updateCondition: (t: TargetKey, s: TargetStateKey, c: ConditionKey, patch: cond.ConditionPatch) =>
    edit('Edit condition', (d) => cond.updateCondition(d, t, s, c, patch), {
      coalesce: `condition/${c}/${Object.keys(patch).join(',')}`,
    }),
  removeCondition: (t: TargetKey, s: TargetStateKey, c: ConditionKey) =>
    edit('Remove condition', (d) => cond.removeCondition(d, t, s, c)),

  // ---- variants ----
  addVariant: (targetId?: string) => {
    const key = asKey<'Variant'>(mintKey());
    edit('Add variant', (d, k) => vr.addVariant(d, key, k, targetId), { select: { kind: 'variant', key } });
  },
  duplicateVariant: (source: VariantKey) => {
    const key = asKey<'Variant'>(mintKey());
    edit('Duplicate variant', (d, k) => vr.duplicateVariant(d, source, key, k), { select: { kind: 'variant', key } });
  },
  removeVariant: (key: VariantKey) => edit('Remove variant', (d) => vr.removeVariant(d, key), { select: { kind: 'document' } }),
  moveVariant: (key: VariantKey, to: number) => edit('Move variant', (d) => vr.moveVariant(d, key, to)),
  setVariantName: (key: VariantKey, name: string) =>
    edit('Rename variant', (d) => vr.setVariantName(d, key, name), { coalesce: `variant/${key}/name` }),
  setVariantTargetRef: (key: VariantKey, targetId: string) =>
    edit('Change variant target', (d, k) => vr.setVariantTargetRef(d, key, targetId, k)),
  toggleVariantTargetRef: (key: VariantKey, targetId: string) =>
    edit('Change variant targets', (d, k) => vr.toggleVariantTargetRef(d, key, targetId, k)),

  // ---- items of Static / a Variant ----
  addSettingsGroup: (owner: ItemOwner, init?: { path?: string; settings?: readonly { name: string; value?: string }[] }) =>
    edit('Add settings group', (d, k) => grp.addSettingsGroup(d, owner, asKey(k()), k, init)),
  setGroupPath: (owner: ItemOwner, g: GroupKey, path: string) =>
    edit('Edit settings path', (d) => grp.setGroupPath(d, owner, g, path), { coalesce: `${ownerId(owner)}/${g}/path` }),
  removeItem: (owner: ItemOwner, item: GroupKey, what: string) => edit(`Remove ${what}`, (d) => grp.removeItem(d, owner, item)),
  moveItem: (owner: ItemOwner, item: GroupKey, to: number, what: string) =>
    edit(`Move ${what}`, (d) => grp.moveItem(d, owner, item, to)),
  duplicateItem: (owner: ItemOwner, item: GroupKey, what: string) =>
    edit(`Duplicate ${what}`, (d, k) => grp.duplicateItem(d, owner, item, asKey(k()), k)),
  addSetting: (owner: ItemOwner, g: GroupKey) => edit('Add setting', (d, k) => grp.addSetting(d, owner, g, asKey(k()))),
  addAsset: (owner: ItemOwner, g: GroupKey) => edit('Add asset', (d, k) => grp.addAsset(d, owner, g, asKey(k()))),
  updateEntry: (owner: ItemOwner, g: GroupKey, e: EntryKey, patch: grp.EntryPatch) =>
    edit('Edit setting', (d) => grp.updateEntry(d, owner, g, e, patch), {
      coalesce: `${ownerId(owner)}/${e}/${Object.keys(patch).join(',')}`,
    }),
  removeEntry: (owner: ItemOwner, g: GroupKey, e: EntryKey) => edit('Remove setting', (d) => grp.removeEntry(d, owner, g, e)),
  moveEntry: (owner: ItemOwner, g: GroupKey, e: EntryKey, to: number) =>
    edit('Move setting', (d) => grp.moveEntry(d, owner, g, e, to)),
  duplicateEntry: (owner: ItemOwner, g: GroupKey, e: EntryKey) =>
    edit('Duplicate setting', (d, k) => grp.duplicateEntry(d, owner, g, e, asKey(k()))),

  addApplicationsBlock: (owner: ItemOwner) =>
    edit('Add applications', (d, k) => app.addApplicationsBlock(d, owner, asKey(k()), k)),
  addApplication: (owner: ItemOwner, b: GroupKey) =>
    edit('Add application', (d, k) => app.addApplication(d, owner, b, asKey(k()))),
  updateApplication: (owner: ItemOwner, b: GroupKey, a: ApplicationKey, patch: app.ApplicationPatch) =>
    edit('Edit application', (d) => app.updateApplication(d, owner, b, a, patch), {
      coalesce: `${ownerId(owner)}/${a}/${Object.keys(patch).join(',')}`,
    }),
  removeApplication: (owner: ItemOwner, b: GroupKey, a: ApplicationKey) =>
    edit('Remove application', (d) => app.removeApplication(d, owner, b, a)),
  moveApplication: (owner: ItemOwner, b: GroupKey, a: ApplicationKey, to: number) =>
    edit('Move application', (d) => app.moveApplication(d, owner, b, a, to)),

  addDataAssetsBlock: () => edit('Add data assets', (d, k) => da.addDataAssetsBlock(d, asKey(k()), k)),
  setDataAssetsType: (b: GroupKey, type: string) => edit('Change data assets type', (d) => da.setDataAssetsType(d, b, type)),
  addDataAsset: (b: GroupKey) => edit('Add data asset', (d, k) => da.addDataAsset(d, b, asKey(k()))),
  updateDataAsset: (b: GroupKey, a: DataAssetKey, source: string) =>
    edit('Edit data asset', (d) => da.updateDataAsset(d, b, a, source), { coalesce: `dataasset/${a}` }),
  removeDataAsset: (b: GroupKey, a: DataAssetKey) => edit('Remove data asset', (d) => da.removeDataAsset(d, b, a)),
  moveDataAsset: (b: GroupKey, a: DataAssetKey, to: number) => edit('Move data asset', (d) => da.moveDataAsset(d, b, a, to)),
  addFromCatalog: (owner: ItemOwner, entry: CatalogSetting, current?: GroupKey) =>
    edit(`Add ${entry.name}`, (d, k) => addFromCatalog(d, owner, entry, k, current)),
};
