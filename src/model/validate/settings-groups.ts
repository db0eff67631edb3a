// Checks of one `<Settings Path>` group against the catalog: path and names known, values typed,
// constraints (ImageTimeOnly, Atomic) and placement (per-SIM paths in Static), assets.

import type { Asset, SettingsGroup } from '../types.ts';
import { ASSET_TYPES, SETTING_TYPES } from '../types.ts';
import type { PartRef } from '../refs.ts';
import type { CatalogGroup, CatalogSetting } from '../catalog/types.ts';
import { findGroup, findInGroup } from '../catalog/lookup.ts';
import { checkSettingValue } from '../setting-value.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { checkFilePath } from './file-paths.ts';

const PER_SIM_MACRO = /\$\(__(iccid|imsi)\)/i;
// Characters Windows forbids in file names (Path.GetInvalidFileNameChars): these plus control characters.
const BAD_FILE_NAME_CHARS = /[<>:"/\\|?*]/;
const isBadFileName = (name: string): boolean => BAD_FILE_NAME_CHARS.test(name) || [...name].some((ch) => ch.charCodeAt(0) < 32);

export interface GroupPlace {
  readonly part: PartRef;
  readonly inVariant: boolean;
  readonly strict: boolean;
}

export function validateSettingsGroup(group: SettingsGroup, place: GroupPlace): readonly Diagnostic[] {
  const { part } = place;
  const out: Diagnostic[] = [];
  const pathRef = { part, path: [group.key], field: 'path' };
  if (group.entries.length === 0) {
    out.push(diag('group-empty', `Settings group "${group.path ?? ''}" holds no Setting or Asset, and the schema requires at least one (the imaging tool refuses the file): add a setting or remove the group.`, { part, path: [group.key] }));
  } else if (!group.entries.some((e) => e.kind === 'setting')) {
    out.push(diag('group-no-setting', `Settings group "${group.path ?? ''}" holds assets but no Setting: the imaging tool warns (EmptySettingsGroup). Add the setting that uses the asset, or remove the group.`, { part, path: [group.key] }));
  }
  if (group.path === undefined || group.path.trim() === '') {
    out.push(diag('group-path-empty', 'This Settings group has no Path: enter one, e.g. Messaging/PerSimSettings/$(__ICCID).', pathRef));
    return out;
  }
  const path = group.path;
  if (!place.inVariant && PER_SIM_MACRO.test(path)) {
    out.push(diag('per-sim-in-static', `"${path}" is a per-SIM path: move this group to a Variant so it applies to the matching SIM.`, pathRef));
  }
  const cg = findGroup(path);
  if (!cg) {
    out.push(diag('path-unknown', `Settings Path "${path}" is not in the catalog: check its spelling, or keep it if your image's policy defines it.`, pathRef, place.strict ? 'error' : 'warning'));
  } else {
    if (place.inVariant && cg.constraints.includes('ImageTimeOnly')) {
      out.push(diag('image-time-only-in-variant', `"${path}" is ImageTimeOnly and cannot be used in a Variant: move this group to Static.`, pathRef));
    }
    const missing = missingAtomicMembers(group, cg);
    if (missing.length > 0) {
      out.push(diag('atomic-incomplete', `"${path}" is Atomic: all its settings must be set together. Add ${missing.map((m) => m.name).join(', ')}.`, pathRef));
    }
  }
  const seen = new Set<string>();
  for (const entry of group.entries) {
    const eref = (field?: string) => ({ part, path: [group.key, entry.key], ...(field ? { field } : {}) });
    if (entry.name === undefined || entry.name === '') {
      out.push(diag('setting-name-empty', `This ${entry.kind === 'asset' ? 'Asset' : 'Setting'} in "${path}" has no Name: enter one.`, eref('name')));
      continue;
    }
    const known = cg ? findInGroup(cg, entry.name) : undefined;
    if (cg && !known) {
      out.push(diag('setting-name-unknown', `"${entry.name}" is not a known ${entry.kind === 'asset' ? 'asset' : 'setting'} of "${path}": check its spelling.`, eref('name'), place.strict ? 'error' : 'warning'));
    }
    if (known && place.inVariant && !cg?.constraints.includes('ImageTimeOnly') && known.constraints.includes('ImageTimeOnly')) {
      out.push(diag('image-time-only-in-variant', `${entry.name} is ImageTimeOnly and cannot be used in a Variant: move it to Static.`, eref('name')));
    }
    if (entry.kind === 'asset') {
      out.push(...validateAsset(entry, eref));
      continue;
    }
    const lower = entry.name.toLowerCase();
    if (seen.has(lower)) {
      out.push(diag('setting-name-duplicate', `${entry.name} is set twice in "${path}" (names ignore case): remove one.`, eref('name')));
    }
    seen.add(lower);
    if (entry.type !== undefined && !(SETTING_TYPES as readonly string[]).includes(entry.type)) {
      out.push(diag('setting-type-invalid', `Type "${entry.type}" of ${entry.name} is not valid: use ${SETTING_TYPES.join(', ')}, or remove it.`, eref('type')));
    }
    if (known) out.push(...checkKnownValue(known, entry.value, group, eref('value')));
  }
  return out;
}

function checkKnownValue(known: CatalogSetting, value: string | undefined, group: SettingsGroup, ref: Diagnostic['ref']): Diagnostic[] {
  if (value === undefined || value === '') {
    return [diag('setting-value-missing', `${known.name} has no value: enter one${known.default !== undefined ? ` (default ${known.default})` : ''}, or remove the setting.`, ref)];
  }
  const check = checkSettingValue(known, value);
  if (!check.ok) return [diag('setting-value-invalid', check.message, ref)];
  const vt = known.valueType;
  if (vt.kind === 'asset-ref') {
    const want = vt.asset.toLowerCase();
    if (!group.entries.some((e) => e.kind === 'asset' && e.name?.toLowerCase() === want)) {
      return [diag('asset-ref-missing', `${known.name} names a file, but this group declares no Asset "${vt.asset}": add <Asset Name="${vt.asset}" Source="..."/> to the group.`, ref)];
    }
  }
  return [];
}

function validateAsset(asset: Asset, eref: (field?: string) => Diagnostic['ref']): Diagnostic[] {
  const out: Diagnostic[] = [];
  out.push(...checkFilePath(asset.source, `Asset ${asset.name} Source`, eref('source')));
  if (asset.type !== undefined && !(ASSET_TYPES as readonly string[]).includes(asset.type)) {
    out.push(diag('asset-type-invalid', `Asset Type "${asset.type}" of ${asset.name} is not valid: use OEM or MobileOperator, or remove it (default OEM).`, eref('type')));
  }
  if (asset.targetFileName !== undefined && isBadFileName(asset.targetFileName)) {
    out.push(diag('asset-target-file-name-invalid', `TargetFileName "${asset.targetFileName}" of ${asset.name} must be a plain file name without < > : " / \\ | ? *.`, eref('targetFileName')));
  }
  return out;
}

/** Members of an Atomic catalog group that no entry of the document group matches. */
function missingAtomicMembers(group: SettingsGroup, cg: CatalogGroup): readonly CatalogSetting[] {
  if (!cg.constraints.includes('Atomic')) return [];
  const present = new Set<CatalogSetting>();
  for (const e of group.entries) {
    const hit = e.name ? findInGroup(cg, e.name) : undefined;
    if (hit) present.add(hit);
  }
  return cg.settings.filter((s) => !present.has(s));
}
