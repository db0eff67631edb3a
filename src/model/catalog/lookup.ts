// Lookups over the catalog: indexes are built once (maps), so each call is a map hit plus, on a miss,
// a test against the few catalog paths/names that carry OEM macros.

import { CATALOG_GROUPS, CATALOG_SETTINGS } from './catalog.ts';
import { foldKey, hasOemMacro, macroMatcher } from './macros.ts';
import type { CatalogConstraint, CatalogGroup, CatalogSetting } from './types.ts';

interface NameIndex {
  readonly exact: ReadonlyMap<string, CatalogSetting>;
  readonly patterns: readonly { readonly re: RegExp; readonly setting: CatalogSetting }[];
}

const exactGroups = new Map<string, CatalogGroup>();
const patternGroups: { re: RegExp; group: CatalogGroup }[] = [];
const nameIndexes = new Map<CatalogGroup, NameIndex>();

for (const group of CATALOG_GROUPS) {
  if (group.path === '') continue; // entries the docs give no path for cannot match a document
  exactGroups.set(foldKey(group.path), group);
  if (hasOemMacro(group.path)) patternGroups.push({ re: macroMatcher(group.path), group });
  const exact = new Map<string, CatalogSetting>();
  const patterns: { re: RegExp; setting: CatalogSetting }[] = [];
  for (const s of group.settings) {
    exact.set(foldKey(s.name), s);
    if (hasOemMacro(s.name)) patterns.push({ re: macroMatcher(s.name), setting: s });
  }
  nameIndexes.set(group, { exact, patterns });
}

/** The catalog group for a document's Settings Path (macros matched as described in macros.ts). */
export function findGroup(path: string): CatalogGroup | undefined {
  const hit = exactGroups.get(foldKey(path));
  if (hit) return hit;
  for (const p of patternGroups) if (p.re.test(path)) return p.group;
  return undefined;
}

/** The entry named `name` in a catalog group. */
export function findInGroup(group: CatalogGroup, name: string): CatalogSetting | undefined {
  const index = nameIndexes.get(group);
  if (!index) return undefined;
  const hit = index.exact.get(foldKey(name));
  if (hit) return hit;
  for (const p of index.patterns) if (p.re.test(name)) return p.setting;
  return undefined;
}

/**
 * The entry named `name` of one kind in a catalog group: the tool looks a `<Setting>` up among the policy's
 * settings and an `<Asset>` among its assets, so a Setting named like an Asset is unknown.
 */
export function findKindInGroup(group: CatalogGroup, name: string, kind: CatalogSetting['kind']): CatalogSetting | undefined {
  const hit = findInGroup(group, name);
  if (!hit || hit.kind === kind) return hit;
  const key = foldKey(name);
  return group.settings.find((s) => s.kind === kind && (foldKey(s.name) === key || (hasOemMacro(s.name) && macroMatcher(s.name).test(name))));
}

/** The catalog entry for a document's Settings Path and Setting/Asset Name. */
export function findSetting(path: string, name: string): CatalogSetting | undefined {
  const group = findGroup(path);
  return group ? findInGroup(group, name) : undefined;
}

// Sorted on first use (autocomplete): localeCompare over every path costs ~10 ms, too much for the first load.
let knownPathsSorted: readonly string[] | undefined;

/** Every documented Settings Path, sorted, for autocomplete. */
export function knownPaths(): readonly string[] {
  knownPathsSorted ??= [...exactGroups.values()].map((g) => g.path).sort((a, b) => a.localeCompare(b));
  return knownPathsSorted;
}

const NONE: readonly CatalogSetting[] = Object.freeze([]);

/** The entries of the catalog group matching `path` (empty when unknown). */
export function settingsOfGroup(path: string): readonly CatalogSetting[] {
  return findGroup(path)?.settings ?? NONE;
}

/** Every entry of an Atomic group (all must be set together); empty when the group is not Atomic. */
export function atomicMembers(path: string): readonly CatalogSetting[] {
  const group = findGroup(path);
  return group && group.constraints.includes('Atomic') ? group.settings : NONE;
}

export interface CatalogFilters {
  readonly perSim?: boolean;
  readonly constraint?: CatalogConstraint;
}

const haystacks: readonly string[] = CATALOG_SETTINGS.map((s) => `${s.name}\n${s.path}\n${s.topic}`.toLowerCase());

/** Entries whose name, path or topic contains every word of `query` (case-insensitive), in catalog order. */
export function searchCatalog(query: string, filters: CatalogFilters = {}): readonly CatalogSetting[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const out: CatalogSetting[] = [];
  CATALOG_SETTINGS.forEach((s, i) => {
    if (filters.perSim !== undefined && s.perSim !== filters.perSim) return;
    if (filters.constraint !== undefined && !s.constraints.includes(filters.constraint)) return;
    if (words.every((w) => haystacks[i].includes(w))) out.push(s);
  });
  return out;
}
