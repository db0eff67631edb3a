// The replayed merge's state: the tool's model objects for a merged Variant (its groups, their settings and
// assets, its applications), each item with the Variant it came from, and the tool's steps that build it
// (Variant.CollapseSettingGroup, Enumerable.GroupBy, Asset.Id). merge.ts drives the merge.

import type { Application, ApplicationsBlock, Asset, Setting, SettingsGroup, Variant } from '../types.ts';
import type { PartRef } from '../refs.ts';

export interface Origin {
  readonly variant: Variant;
  readonly part: PartRef;
}

export interface MItem {
  readonly from: Origin;
  readonly group: SettingsGroup;
  readonly entry: Setting;
}

export interface MAsset {
  readonly from: Origin;
  readonly group: SettingsGroup;
  readonly entry: Asset;
}

export interface MGroup {
  /** The Path as written (the first group's, when groups were joined). */
  readonly path: string;
  /** The Path in the tool's form ($(X) → ~X~), compared ordinally when joining groups of one Variant. */
  readonly macroPath: string;
  items: MItem[];
  assets: MAsset[];
}

export interface MApp {
  readonly from: Origin;
  readonly block: ApplicationsBlock;
  readonly app: Application;
}

export interface MVariant {
  groups: MGroup[];
  apps: MApp[];
}

/** PolicyMacroTable.MacroDollarToTilde: the form the tool keeps a Settings Path in. */
const macroForm = (path: string): string => path.replace(/\$\(([A-Za-z0-9_]*)\)/g, '~$1~');
export const upper = (s: string): string => s.toUpperCase();
export const variantLabel = (v: Variant): string => (v.name ? `Variant "${v.name}"` : 'an unnamed Variant');
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function start(variant: Variant): MVariant {
  const from: Origin = { variant, part: { kind: 'variant', key: variant.key } };
  const groups: MGroup[] = [];
  const apps: MApp[] = [];
  for (const item of variant.items) {
    if (item.kind === 'applications') {
      for (const app of item.apps) apps.push({ from, block: item, app });
      continue;
    }
    if (item.path === undefined) continue; // a schema error of its own (group-path-empty)
    const g: MGroup = { path: item.path, macroPath: macroForm(item.path), items: [], assets: [] };
    for (const entry of item.entries) {
      if (entry.kind === 'setting') g.items.push({ from, group: item, entry });
      else g.assets.push({ from, group: item, entry });
    }
    groups.push(g);
  }
  return { groups, apps };
}

/** Enumerable.GroupBy: groups in the order of their first member. */
export function groupBy<T, K>(list: readonly T[], keyOf: (t: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const t of list) {
    const k = keyOf(t);
    const g = map.get(k);
    if (g) g.push(t);
    else map.set(k, [t]);
  }
  return [...map.values()];
}

/** Variant.CollapseSettingGroup: groups of one Path (tool form, ordinal) joined, then the others. */
export function collapse(groups: MGroup[]): MGroup[] {
  const byPath = groupBy(groups, (g) => g.macroPath);
  if (byPath.every((list) => list.length === 1)) return groups;
  const joined = byPath
    .filter((list) => list.length > 1)
    .map((list): MGroup => ({ path: list[0].path, macroPath: list[0].macroPath, items: list.flatMap((g) => g.items), assets: list.flatMap((g) => g.assets) }));
  return [...joined, ...byPath.filter((list) => list.length === 1).map((list) => list[0])];
}
