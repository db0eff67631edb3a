// Variants that share a Target: the imaging tool merges them, also within one file (docs/format.md §9;
// the tool's ImageCustomizations.Merge / Variant.Merge / Settings.MergeSettingGroup / CollapseSettingGroup).
// A Variant merges into the first earlier Variant whose TargetRef has the same Id (ordinal). This file replays
// that merge on the Variants of one Target, in document order, and says what the tool would say about it:
// the same setting twice (DuplicateSettings: an error for different values, a warning for the same value),
// applications with one Source (DuplicateApplications), one asset file declared twice (DuplicateAssets), and what
// the merged groups then hold for the verifier (groups of one path in a Variant are joined when a merge happens,
// so a setting in both becomes a duplicate; a repeated setting the merge dropped is no longer one).
// Replayed only for Targets with two or more Variants, and cached by the identities of those Variants.

import type { Setting, SettingsGroup, Variant } from '../types.ts';
import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { findGroup, findKindInGroup } from '../catalog/lookup.ts';
import type { PartExtras } from './merge-extras.ts';
import { forgiveKey, NO_KEYS } from './merge-extras.ts';
import type { MGroup, MItem, MVariant, Origin } from './merge-state.ts';
import { cap, collapse, groupBy, start, upper, variantLabel } from './merge-state.ts';
import { assetFileId } from './file-paths.ts';

class Replay {
  readonly extras = new Map<Variant, { add: Diagnostic[]; forgive: Set<string> }>();
  constructor(
    private readonly targetId: string,
    private readonly first: Variant,
  ) {}

  private emit(from: Origin, d: Diagnostic): void {
    let x = this.extras.get(from.variant);
    if (!x) this.extras.set(from.variant, (x = { add: [], forgive: new Set() }));
    x.add.push(d);
  }

  /** "Variant "b" and Variant "a" share Target "t1" ...": the Variant being merged and the one it merges into. */
  private both(v: Variant): string {
    return `${cap(variantLabel(v))} and ${variantLabel(this.first)} share Target "${this.targetId}", so the imaging tool merges them`;
  }

  /** Variant.Merge(other, allowOverride: false) of `v` (state `other`) into `into`. */
  mergeVariant(into: MVariant, other: MVariant, v: Variant): void {
    this.mergeApps(into, other, v);
    other.groups = collapse(other.groups);
    into.groups = collapse(into.groups);
    for (const og of other.groups) {
      const key = upper(og.macroPath);
      const mine = into.groups.filter((g) => upper(g.macroPath) === key);
      if (mine.length === 0) {
        into.groups.push(og);
      } else if (mine.length > 1) {
        // SingleOrDefault throws: the tool stops with an exception.
        const at = og.items[0] ?? og.assets[0];
        if (at) {
          this.emit(at.from, diag('variant-setting-conflict', `${this.both(v)}; "${og.path}" then matches several Settings groups whose Paths differ only in case, and the tool fails. Write the Path the same way everywhere.`, { part: at.from.part, path: [at.group.key], field: 'path' }));
        }
      } else {
        this.mergeGroup(mine[0], og, v);
      }
    }
  }

  private mergeApps(into: MVariant, other: MVariant, v: Variant): void {
    const all = [...other.apps, ...into.apps];
    const bySource = groupBy(all, (a) => a.app.source);
    for (const list of bySource) {
      if (list.length < 2) continue;
      const at = list.find((a) => a.from.variant === v) ?? list[1];
      const source = at.app.source;
      const what = source === undefined ? 'Store applications (without Source)' : `applications with Source "${source}"`;
      const ref: FieldRef = { part: at.from.part, path: [at.block.key, at.app.key], field: 'source' };
      this.emit(at.from, diag('variant-application-duplicate', `${this.both(v)}: together they hold ${list.length} ${what}, which the tool refuses (DuplicateApplications). Keep one, or give the Variants different Targets.`, ref));
    }
    into.apps = bySource.map((list) => list[0]);
  }

  /** Settings.MergeSettingGroup(other, allowOverride: false). */
  private mergeGroup(mine: MGroup, other: MGroup, v: Variant): void {
    const otherItems = new Set(other.items);
    const byName = groupBy([...other.items, ...mine.items], (i) => (i.entry.name === undefined ? undefined : upper(i.entry.name)));
    const kept: MItem[] = [];
    const dropped = new Set<MItem>();
    for (const list of byName) {
      if (list.length < 2) {
        if (otherItems.has(list[0])) kept.push(list[0]);
        continue;
      }
      this.reportDuplicate(list, mine, v, list.filter((i) => otherItems.has(i)).length);
      for (const i of list) dropped.add(i);
      for (const i of list) if (otherItems.has(i)) kept.push(i);
    }
    // RemoveAll of the repeated names, then the other group's items of those names, then its other items.
    const repeated = kept.filter((i) => dropped.has(i));
    const singles = kept.filter((i) => !dropped.has(i));
    mine.items = [...mine.items.filter((i) => !dropped.has(i)), ...repeated, ...singles];
    for (const byAsset of groupBy([...other.assets, ...mine.assets], (a) => (a.entry.name === undefined ? undefined : upper(a.entry.name)))) {
      if (byAsset.length < 2) continue;
      for (const list of groupBy(byAsset, (a) => assetFileId(a.entry)?.toUpperCase())) {
        if (list.length < 2) continue;
        const at = list.find((a) => a.from.variant === v) ?? list[1];
        const file = assetFileId(at.entry) ?? at.entry.source ?? '';
        const ref: FieldRef = { part: at.from.part, path: [at.group.key, at.entry.key], field: 'name' };
        this.emit(at.from, diag('variant-asset-duplicate', `${this.both(v)}; "${mine.path}" then declares Asset ${at.entry.name ?? ''} with the file "${file}" ${list.length} times, which the tool refuses (DuplicateAssets). Keep one.`, ref));
      }
    }
    mine.assets = [...mine.assets, ...other.assets];
  }

  private reportDuplicate(list: readonly MItem[], mine: MGroup, v: Variant, kept: number): void {
    const at = list.find((i) => i.from.variant === v) ?? list[1];
    const name = at.entry.name ?? '';
    const ref: FieldRef = { part: at.from.part, path: [at.group.key, at.entry.key], field: 'value' };
    if (list.some((i) => i.entry.value === undefined)) {
      this.emit(at.from, diag('variant-setting-conflict', `${this.both(v)}; ${name} in "${mine.path}" is then set ${list.length} times and one has no Value, which makes the tool fail. Give it a value or remove the repeated setting.`, ref));
      return;
    }
    // The tool compares each value with the first of the merging Variant's (ordinal).
    const first = list[0].entry.value;
    const values = [...new Set(list.map((i) => i.entry.value))].map((x) => `"${x ?? ''}"`).join(', ');
    if (list.every((i) => i.entry.value === first)) {
      this.emit(at.from, diag('variant-setting-repeated', `${this.both(v)}; ${name} in "${mine.path}" is then set ${list.length} times to the same value ${values}: the tool warns and ${kept === 0 ? 'leaves the setting out of the merged Variant altogether' : 'keeps one'}. Remove the repeated setting.`, ref));
    } else {
      this.emit(at.from, diag('variant-setting-conflict', `${this.both(v)}; ${name} in "${mine.path}" is then set to different values (${values}), which the tool refuses (DuplicateSettings). Use one value, or give the Variants different Targets.`, ref));
    }
  }

  /**
   * The verifier then checks the merged groups: a name twice in one of them is DuplicateSettings. Our per-Variant
   * check flags a repeated name within one written group; here: repeats that only the joining of groups made
   * (reported), settings the merge dropped (what the verifier would have said of them forgiven), and what the
   * merged groups make complete (verifyJoined).
   */
  afterMerge(merged: MVariant, members: readonly Variant[]): void {
    for (const g of merged.groups) {
      for (const list of groupBy(g.items, (i) => (i.entry.name === undefined || i.entry.name === '' ? undefined : upper(i.entry.name)))) {
        if (list.length < 2 || list[0].entry.name === undefined || list[0].entry.name === '') continue;
        list.forEach((i, n) => {
          if (n === 0 || repeatsInItsGroup(i.group, i.entry)) return;
          const ref: FieldRef = { part: i.from.part, path: [i.group.key, i.entry.key], field: 'name' };
          this.emit(i.from, diag('setting-name-duplicate', `${cap(variantLabel(i.from.variant))} shares Target "${this.targetId}" with another Variant, so the imaging tool merges them and joins this Variant's "${g.path}" groups into one; ${i.entry.name ?? ''} is then set twice, which the tool refuses (DuplicateSettings). Remove one, or put both groups' settings in one group.`, ref));
        });
      }
    }
    // A setting the merge dropped (all its copies stood in the Variants merged into) is not verified at all.
    const survivors = new Set<Setting>();
    for (const g of merged.groups) for (const i of g.items) survivors.add(i.entry);
    for (const v of members) {
      for (const item of v.items) {
        if (item.kind !== 'settings' || item.path === undefined) continue;
        for (const e of item.entries) if (e.kind === 'setting' && !survivors.has(e)) this.forgive(v, forgiveKey('*', e.key));
      }
    }
    for (const g of merged.groups) this.verifyJoined(g);
  }

  /**
   * What the verifier says of a merged group that it would not say of each written group alone: an Atomic group
   * whose members stand in several Variants (or groups of one path) is complete, and a setting may name an asset
   * file another Variant's group of the path provides. Those per-group diagnostics are forgiven.
   */
  private verifyJoined(g: MGroup): void {
    const cg = findGroup(g.path);
    if (!cg) return;
    if (cg.constraints.includes('Atomic') && g.items.length > 0) {
      const present = new Set(g.items.map((i) => (i.entry.name === undefined ? undefined : findKindInGroup(cg, i.entry.name, 'Setting'))));
      if (cg.settings.every((m) => m.kind !== 'Setting' || present.has(m))) {
        for (const x of [...g.items, ...g.assets]) this.forgive(x.from.variant, forgiveKey('atomic-incomplete', x.group.key));
      }
    }
    if (g.assets.length > 0) {
      const files = new Set(g.assets.map((a) => assetFileId(a.entry)?.toUpperCase()));
      for (const i of g.items) {
        if (i.entry.value !== undefined && files.has(i.entry.value.toUpperCase())) this.forgive(i.from.variant, forgiveKey('asset-ref-missing', i.entry.key));
      }
    }
  }

  private forgive(v: Variant, key: string): void {
    let x = this.extras.get(v);
    if (!x) this.extras.set(v, (x = { add: [], forgive: new Set() }));
    x.forgive.add(key);
  }
}

/** Whether an earlier Setting of its own group has its name (what setting-name-duplicate flags). */
function repeatsInItsGroup(group: SettingsGroup, entry: Setting): boolean {
  if (entry.name === undefined || entry.name === '') return false;
  const name = upper(entry.name);
  for (const e of group.entries) {
    if (e === entry) return false;
    if (e.kind === 'setting' && e.name !== undefined && upper(e.name) === name) return true;
  }
  return false;
}

/** How many merges have been replayed (not served from the cache): tests read it. */
export const mergeReplays = { count: 0 };

/** The merge of one Target's Variants (2 or more, in document order): what it adds to each Variant. */
export function replayMerge(targetId: string, members: readonly Variant[]): ReadonlyMap<Variant, PartExtras> {
  mergeReplays.count++;
  const replay = new Replay(targetId, members[0]);
  const merged = start(members[0]);
  for (const v of members.slice(1)) replay.mergeVariant(merged, start(v), v);
  replay.afterMerge(merged, members);
  const out = new Map<Variant, PartExtras>();
  for (const [v, x] of replay.extras) out.set(v, { add: x.add, forgive: x.forgive.size > 0 ? x.forgive : NO_KEYS });
  return out;
}

/** The TargetRef Id the tool merges a Variant by (its first TargetRef's), if any. */
const mergeId = (v: Variant): string | undefined => v.targetRefs?.refs[0]?.id;

const cache = new WeakMap<Variant, { readonly members: readonly Variant[]; readonly id: string; readonly result: ReadonlyMap<Variant, PartExtras> }>();

/**
 * What merging adds to each Variant (only Variants that share a Target with another appear). Grouping is one map
 * pass; each Target with 2+ Variants is replayed once and then served from a cache while its Variants are the same
 * objects.
 */
export function mergeExtras(variants: readonly Variant[]): ReadonlyMap<Variant, PartExtras> {
  // One entry per Id; a list only for the (rare) Ids that several Variants share.
  const firstById = new Map<string, Variant>();
  let sharedById: Map<string, Variant[]> | undefined;
  for (const v of variants) {
    const id = mergeId(v);
    if (id === undefined) continue;
    const first = firstById.get(id);
    if (first === undefined) {
      firstById.set(id, v);
      continue;
    }
    sharedById ??= new Map();
    const list = sharedById.get(id);
    if (list) list.push(v);
    else sharedById.set(id, [first, v]);
  }
  const out = new Map<Variant, PartExtras>();
  if (!sharedById) return out;
  for (const [id, members] of sharedById) {
    const hit = cache.get(members[0]);
    let result: ReadonlyMap<Variant, PartExtras>;
    if (hit && hit.id === id && hit.members.length === members.length && hit.members.every((m, i) => m === members[i])) result = hit.result;
    else {
      result = replayMerge(id, members);
      cache.set(members[0], { members, id, result });
    }
    for (const [v, x] of result) out.set(v, x);
  }
  return out;
}
