// Checks of one `<Settings Path>` group against the catalog: path and names known, values typed,
// constraints (ImageTimeOnly, Atomic) and placement (per-SIM paths in Static), assets: as the imaging tool's
// VerifySettingsGroup / VerifyAsset judge them (errors), with the documentation's stricter rules as warnings.

import type { Asset, Setting, SettingsEntry, SettingsGroup } from '../types.ts';
import { ASSET_TYPES, SETTING_TYPES } from '../types.ts';
import type { PartRef } from '../refs.ts';
import type { CatalogGroup, CatalogSetting } from '../catalog/types.ts';
import { findGroup, findKindInGroup } from '../catalog/lookup.ts';
import { acceptsFileType, assetFacts } from '../catalog/asset-facts.ts';
import { checkSettingValue, typedValueProblem } from '../setting-value.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { assetFileId, checkFilePath, isBlank } from './file-paths.ts';

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
    const what = entry.kind === 'asset' ? 'Asset' : 'Setting';
    if (entry.name === undefined) {
      out.push(diag('setting-name-empty', `This ${what} in "${path}" has no Name: enter one.`, eref('name')));
      continue;
    }
    const known = cg ? findKindInGroup(cg, entry.name, what) : undefined;
    if (cg && !known) {
      const shown = entry.name === '' ? `An empty ${what} Name` : `"${entry.name}"`;
      // The tool: an unknown setting name is an error with /StrictSettingPolicies; an unknown asset never is.
      const severity = entry.kind === 'setting' && place.strict ? 'error' : 'warning';
      out.push(diag('setting-name-unknown', `${shown} is not a known ${what.toLowerCase()} of "${path}": check its spelling.`, eref('name'), severity));
    }
    if (known && place.inVariant && !cg?.constraints.includes('ImageTimeOnly') && known.constraints.includes('ImageTimeOnly')) {
      out.push(diag('image-time-only-setting-in-variant', `The documentation calls ${entry.name} ImageTimeOnly: the tool accepts it in a Variant (its group "${path}" is not ImageTimeOnly as a whole), but it may only take effect when set in Static.`, eref('name')));
    }
    if (entry.kind === 'asset') {
      out.push(...validateAsset(entry, group, known, eref));
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
    if (known) out.push(...checkKnownValue(known, entry, group, eref('value')));
  }
  return out;
}

function checkKnownValue(known: CatalogSetting, entry: Setting, group: SettingsGroup, ref: Diagnostic['ref']): Diagnostic[] {
  const value = entry.value;
  if (value === undefined) {
    return [diag('setting-value-missing', `${known.name} has no Value: enter one${known.default !== undefined ? ` (default ${known.default})` : ''}, or remove the setting.`, ref)];
  }
  const check = checkSettingValue(known, value);
  if (!check.ok) return [diag('setting-value-invalid', check.message, ref)];
  const out: Diagnostic[] = [];
  if (check.advice !== undefined) out.push(diag('setting-value-advice', check.advice, ref));
  const vt = known.valueType;
  if (vt.kind === 'asset-ref') {
    const want = value.toLowerCase();
    const names = group.entries.flatMap((e) => (e.kind === 'asset' ? [assetFileId(e)] : [])).filter((n): n is string => n !== undefined);
    if (!names.some((n) => n.toLowerCase() === want)) {
      const have = names.length > 0 ? `the group's assets provide ${names.map((n) => `"${n}"`).join(', ')}` : `this group declares no Asset`;
      out.push(diag('asset-ref-missing', `${known.name} must name the file of an Asset of this group (its TargetFileName, else its Source file name), but "${value}" is none: ${have}. Add <Asset Name="${vt.asset}" Source="...\\${value || 'file'}"/> or correct the value.`, ref));
    }
  } else if (vt.kind === 'unknown' && entry.type !== undefined) {
    // The tool reads the value by Setting@Type only when the image's policy leaves the setting untyped.
    const want = typedValueProblem(entry.type, value);
    if (want !== null) out.push(diag('setting-value-advice', `${known.name} has Type="${entry.type}" but "${value}" is not ${want}; the tool rejects it if the image's policy leaves this setting untyped.`, ref));
  }
  return out;
}

function validateAsset(asset: Asset, group: SettingsGroup, known: CatalogSetting | undefined, eref: (field?: string) => Diagnostic['ref']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const name = asset.name ?? '';
  const facts = known ? assetFacts(known) : undefined;
  if (asset.type !== undefined && !(ASSET_TYPES as readonly string[]).includes(asset.type)) {
    out.push(diag('asset-type-invalid', `Asset Type "${asset.type}" of ${name} is not valid: use OEM or MobileOperator, or remove it (default OEM).`, eref('type')));
  }
  if (facts && asset.type === 'MobileOperator' && !facts.operatorAssets) {
    out.push(diag('asset-operator-unsupported', `${name} does not take operator files: remove Type="MobileOperator" (or set it to OEM).`, eref('type')));
  }
  out.push(...checkFilePath(asset.source, `Asset ${name} Source`, eref('source')));
  const badTarget = !isBlank(asset.targetFileName) && isBadFileName(asset.targetFileName!);
  if (badTarget) {
    out.push(diag('asset-target-file-name-invalid', `TargetFileName "${asset.targetFileName}" of ${name} must be a plain file name without < > : " / \\ | ? *.`, eref('targetFileName')));
  }
  const file = assetFileId(asset);
  if (facts && !badTarget && file !== undefined && !acceptsFileType(facts, file)) {
    const field = !isBlank(asset.targetFileName) ? 'targetFileName' : 'source';
    const allowed = facts.fileTypes ? `use ${facts.fileTypes.join(', ')}` : 'the file name must end with its type (a letter or digit)';
    out.push(diag('asset-file-type', `"${file}" is not a file type ${name} accepts: ${allowed}.`, eref(field)));
  }
  const display = asset.displayName;
  if (display !== undefined && display !== '') {
    const d = display.toLowerCase();
    const n = name.toLowerCase();
    const same = (e: SettingsEntry) => e.kind === 'asset' && e.displayName?.toLowerCase() === d && (e.name ?? '').toLowerCase() === n;
    const first = group.entries.find(same);
    if (first !== undefined && first !== asset) {
      out.push(diag('asset-display-name-duplicate', `Another ${name} asset of this group already has the DisplayName "${display}" (ignoring case): give each a name of its own.`, eref('displayName')));
    }
  }
  return out;
}

/** Members of an Atomic catalog group that no Setting of the document group matches (none when it has no Setting). */
function missingAtomicMembers(group: SettingsGroup, cg: CatalogGroup): readonly CatalogSetting[] {
  if (!cg.constraints.includes('Atomic')) return [];
  const present = new Set<CatalogSetting>();
  let settings = 0;
  for (const e of group.entries) {
    if (e.kind !== 'setting') continue;
    settings++;
    const hit = e.name !== undefined ? findKindInGroup(cg, e.name, 'Setting') : undefined;
    if (hit) present.add(hit);
  }
  if (settings === 0) return [];
  return cg.settings.filter((s) => s.kind === 'Setting' && !present.has(s));
}
