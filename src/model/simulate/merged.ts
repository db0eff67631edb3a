// The Variants of each Target merged into one, as the imaging tool merges them (docs/format.md §9): grouped by
// their first TargetRef's Id (exact), in document order, their settings in document order; a later setting of
// the same path and name (ignoring case) overrides an earlier one (assumption merge-order). Each setting carries
// its provisioning stage from the catalog's flags (docs/format.md §4.4).

import type { Setting, SettingsGroup, Variant } from '../types.ts';
import { findGroup, findInGroup } from '../catalog/lookup.ts';

/** When a Variant's setting applies: ImageTimeOnly (not at a SIM event), FirstVariationOnly, or every SIM. */
export type Stage = 'image' | 'first-sim' | 'every-sim';

export interface VariantSetting {
  readonly variant: Variant;
  readonly group: SettingsGroup;
  readonly setting: Setting;
  /** The group's Path as written. */
  readonly path: string;
  readonly name: string;
  readonly value: string | undefined;
  readonly stage: Stage;
  /** settingKey(path, name) */
  readonly key: string;
}

export interface MergedTarget {
  readonly id: string;
  /** The Variants naming the Target, in document order. */
  readonly variants: readonly Variant[];
  /** Their settings, in document order (later ones override earlier ones of the same key). */
  readonly settings: readonly VariantSetting[];
  /** The position of its first Variant in the document. */
  readonly order: number;
}

/** A setting's stage: its catalog entry's flags (what the documentation says of it), else its group's. */
export function stageOf(path: string, name: string): Stage {
  const group = findGroup(path);
  const flags = (group && findInGroup(group, name)?.constraints) || group?.constraints || [];
  if (flags.includes('ImageTimeOnly')) return 'image';
  return flags.includes('FirstVariationOnly') ? 'first-sim' : 'every-sim';
}

/** The key a setting is overridden by: path and name, ignoring case. */
export function settingKey(path: string, name: string): string {
  return `${path.toUpperCase()}\n${name.toUpperCase()}`;
}

const flat = new WeakMap<Variant, readonly VariantSetting[]>();

/** A Variant's settings (not assets), in document order; cached by the Variant's identity. */
export function variantSettings(variant: Variant): readonly VariantSetting[] {
  let list = flat.get(variant);
  if (list) return list;
  const out: VariantSetting[] = [];
  for (const item of variant.items) {
    if (item.kind !== 'settings' || item.path === undefined) continue;
    for (const e of item.entries) {
      if (e.kind !== 'setting' || e.name === undefined) continue;
      const stage = stageOf(item.path, e.name);
      out.push({ variant, group: item, setting: e, path: item.path, name: e.name, value: e.value, stage, key: settingKey(item.path, e.name) });
    }
  }
  flat.set(variant, (list = out));
  return list;
}

const mergedCache = new WeakMap<readonly Variant[], ReadonlyMap<string, MergedTarget>>();

/**
 * Each referred-to Target Id with its merged Variants; cached by the variants array's identity. With `only`, just
 * those Ids (not cached).
 */
export function mergeByTarget(variants: readonly Variant[], only?: ReadonlySet<string>): ReadonlyMap<string, MergedTarget> {
  const hit = only ? undefined : mergedCache.get(variants);
  if (hit) return hit;
  const lists = new Map<string, { variants: Variant[]; order: number }>();
  variants.forEach((v, i) => {
    const id = v.targetRefs?.refs[0]?.id;
    if (id === undefined || (only && !only.has(id))) return;
    const l = lists.get(id);
    if (l) l.variants.push(v);
    else lists.set(id, { variants: [v], order: i });
  });
  const out = new Map<string, MergedTarget>();
  for (const [id, l] of lists) {
    const settings = l.variants.length === 1 ? variantSettings(l.variants[0]) : l.variants.flatMap(variantSettings);
    out.set(id, { id, variants: l.variants, settings, order: l.order });
  }
  if (!only) mergedCache.set(variants, out);
  return out;
}

const finals = new WeakMap<readonly VariantSetting[], ReadonlyMap<string, VariantSetting>>();

/**
 * The value each key ends with in a merged Target (the last setting of the key), in first-appearance order; cached
 * by the settings list (a single Variant's list is the same array while the Variant is the same object).
 */
export function finalSettings(m: MergedTarget): ReadonlyMap<string, VariantSetting> {
  let out = finals.get(m.settings);
  if (out) return out;
  const map = new Map<string, VariantSetting>();
  for (const s of m.settings) map.set(s.key, s);
  finals.set(m.settings, (out = map));
  return out;
}
