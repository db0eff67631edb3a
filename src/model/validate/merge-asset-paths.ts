// AssetTargetConflict (docs/format.md §6): two assets anywhere in the file (Static or any Variant) that land
// on the same device file from different Sources (ignoring case). The device path is the policy asset's target
// folder plus the asset's file name (TargetFileName, else the Source's file name), compared ordinally. The catalog
// has no folders; like the oracle's policy, each catalog asset (catalog group and asset name) has a folder of its
// own, so only assets of the same catalog asset can collide, and assets the catalog does not know are not checked.
// Each group's known assets are cached by the group's identity, so a run is a walk over the parts.

import type { Asset, SettingsGroup, StaticSection, Variant } from '../types.ts';
import type { CatalogSetting } from '../catalog/types.ts';
import { findGroup, findInGroup } from '../catalog/lookup.ts';
import { hasOemMacro } from '../catalog/macros.ts';
import type { FieldRef, PartRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { assetFileId } from './file-paths.ts';

interface KnownAsset {
  /** The catalog asset: one device folder. */
  readonly slot: CatalogSetting;
  /** The file name on the device (ordinal). */
  readonly file: string;
  /** The device file within the slot: an asset name with an OEM macro has a folder named after the document's name. */
  readonly place: string;
  readonly source: string;
  readonly group: SettingsGroup;
  readonly entry: Asset;
}

const NONE: readonly KnownAsset[] = [];
const byGroup = new WeakMap<SettingsGroup, readonly KnownAsset[]>();

function knownAssets(group: SettingsGroup): readonly KnownAsset[] {
  let hit = byGroup.get(group);
  if (hit) return hit;
  hit = NONE;
  if (group.path !== undefined && group.entries.some((e) => e.kind === 'asset')) {
    const cg = findGroup(group.path);
    const list: KnownAsset[] = [];
    for (const e of group.entries) {
      if (!cg || e.kind !== 'asset' || e.name === undefined || e.source === undefined) continue;
      const slot = findInGroup(cg, e.name);
      const file = assetFileId(e);
      if (slot?.kind === 'Asset' && file !== undefined) {
        const place = hasOemMacro(slot.name) ? `${e.name}\n${file}` : file;
        list.push({ slot, file, place, source: e.source, group, entry: e });
      }
    }
    if (list.length > 0) hit = list;
  }
  byGroup.set(group, hit);
  return hit;
}

type Owner = Variant | StaticSection;

interface Placed {
  readonly owner: Owner;
  readonly part: PartRef;
  readonly asset: KnownAsset;
}

const STATIC_PART: PartRef = { kind: 'static' };

/** Where `other` stands, seen from `p`'s message. */
function placeOf(other: Placed, p: Placed): string {
  if (other.owner === p.owner) return p.part.kind === 'static' ? 'elsewhere in Static' : 'elsewhere in this Variant';
  if (other.part.kind === 'static') return 'in Static';
  const name = (other.owner as Variant).name;
  return name ? `in Variant "${name}"` : 'in another Variant';
}

/** Assets that collide, as diagnostics by the part (Static section or Variant) each asset stands in. */
export function assetTargetConflicts(section: StaticSection | undefined, variants: readonly Variant[]): ReadonlyMap<Owner, readonly Diagnostic[]> {
  const placed: Placed[] = [];
  const collect = (owner: Owner, part: PartRef, items: Owner['items']) => {
    for (const item of items) {
      if (item.kind !== 'settings') continue;
      for (const asset of knownAssets(item)) placed.push({ owner, part, asset });
    }
  };
  if (section) collect(section, STATIC_PART, section.items);
  for (const v of variants) {
    let part: PartRef | undefined;
    for (const item of v.items) {
      if (item.kind !== 'settings') continue;
      const list = knownAssets(item);
      if (list.length === 0) continue;
      part ??= { kind: 'variant', key: v.key };
      for (const asset of list) placed.push({ owner: v, part, asset });
    }
  }
  const out = new Map<Owner, Diagnostic[]>();
  if (placed.length < 2) return out;
  const bySlot = new Map<CatalogSetting, Map<string, Placed[]>>();
  for (const p of placed) {
    let files = bySlot.get(p.asset.slot);
    if (!files) bySlot.set(p.asset.slot, (files = new Map()));
    const list = files.get(p.asset.place);
    if (list) list.push(p);
    else files.set(p.asset.place, [p]);
  }
  for (const files of bySlot.values()) {
    for (const list of files.values()) {
      if (list.length < 2) continue;
      for (const p of list) {
        const mine = p.asset.source.toUpperCase();
        const other = list.find((q) => q.asset.source.toUpperCase() !== mine);
        if (!other) continue;
        const where = placeOf(other, p);
        const ref: FieldRef = { part: p.part, path: [p.asset.group.key, p.asset.entry.key], field: 'source' };
        const d = diag('asset-target-conflict', `Asset ${p.asset.entry.name ?? ''} puts "${p.asset.file}" on the phone from "${p.asset.source}", but an asset ${where} puts the same file there from "${other.asset.source}": the imaging tool refuses two sources for one file (AssetTargetConflict). Use one Source, or give one a different TargetFileName.`, ref);
        const list2 = out.get(p.owner);
        if (list2) list2.push(d);
        else out.set(p.owner, [d]);
      }
    }
  }
  return out;
}
