// Which diagnostics have a certain fix, described as data. The store applies a fix with the model's
// edit functions (groups.ts, conditions.ts, catalog-edits.ts, ...); nothing here edits the document.
// A fix is offered only when it is certain: it removes its diagnostic and loses nothing (a move that would set a
// setting twice, a misspelling with two equally close catalog entries: no fix). Every field of a fix is a string
// or the diagnostic's own ref, so two fixes computed from one diagnostic compare equal field by field.

import type { FieldRef, PartRef } from '../refs.ts';
import type { AnswerFile, ItemOwner, SettingsGroup } from '../types.ts';
import type { EntryKey, GroupKey } from '../ids.ts';
import { findItem } from '../answer-file.ts';
import { planEntryMove, planGroupMove } from '../groups.ts';
import { atomicMembers, findGroup, findInGroup } from '../catalog/lookup.ts';
import { suggestName, suggestPath } from '../catalog/suggest.ts';
import type { Diagnostic } from './diagnostic.ts';

export type QuickFix =
  /**
   * Turn on runtime configuration. When `ref` points at an existing Multivariant/Enable value
   * (field 'value'), set it to 1; when it points at the Static part itself (path []), add
   * `<Settings Path="Multivariant"><Setting Name="Enable" Value="1"/></Settings>` to Static.
   */
  | { readonly kind: 'enable-multivariant'; readonly ref: FieldRef }
  /** Lowercase the `Pattern:`/`Range:` prefix of the condition value at `ref` (lowercaseConditionPrefix). */
  | { readonly kind: 'lowercase-prefix'; readonly ref: FieldRef }
  /**
   * Move the Static settings group at `ref` (path [groupKey]) to a Variant the user picks; it joins the
   * Variant's group of the same path when there is one (moveGroupMerging, which refuses a clash).
   */
  | { readonly kind: 'move-group-to-variant'; readonly ref: FieldRef }
  /** Set AutoDataConfig/Enable (the value at `ref`) to 0. */
  | { readonly kind: 'disable-auto-data-config'; readonly ref: FieldRef }
  /**
   * Move the Variant's settings group at `ref` (path [groupKey]) to Static, or only its entry when `ref` is
   * [groupKey, entryKey]. `into` is the Path of the Static group it joins, absent when it makes a new group.
   */
  | { readonly kind: 'move-to-static'; readonly ref: FieldRef; readonly what: string; readonly into?: string }
  /** Add the Atomic group's missing members (catalog default, else empty) to the group at `ref` ([groupKey]). */
  | { readonly kind: 'add-atomic-members'; readonly ref: FieldRef; readonly names: string }
  /** Set the group's Path (`ref` [groupKey], field 'path') or the entry's Name ([groupKey, entryKey]) to `to`. */
  | { readonly kind: 'rename'; readonly ref: FieldRef; readonly to: string };

/** The owner of the items of a part (Static or a Variant); undefined for other parts. */
export function ownerOfPart(part: PartRef): ItemOwner | undefined {
  if (part.kind === 'static') return { kind: 'static' };
  if (part.kind === 'variant') return { kind: 'variant', key: part.key };
  return undefined;
}

const STATIC: ItemOwner = { kind: 'static' };

function groupAt(doc: AnswerFile, ref: FieldRef): { owner: ItemOwner; group: SettingsGroup } | undefined {
  const owner = ownerOfPart(ref.part);
  const item = owner && ref.path[0] !== undefined ? findItem(doc, owner, ref.path[0]) : undefined;
  return owner && item?.kind === 'settings' ? { owner, group: item } : undefined;
}

function moveToStatic(d: Diagnostic, doc: AnswerFile): QuickFix | undefined {
  const at = groupAt(doc, d.ref);
  if (!at || at.owner.kind !== 'variant') return undefined;
  const [groupKey, entryKey] = d.ref.path as [GroupKey, EntryKey | undefined];
  const entry = entryKey !== undefined ? at.group.entries.find((e) => e.key === entryKey) : undefined;
  if (entryKey !== undefined && !entry) return undefined;
  const plan = entry ? planEntryMove(doc, at.owner, groupKey, entry.key, STATIC) : planGroupMove(doc, at.owner, groupKey, STATIC);
  if (!plan || plan.clashes.length > 0) return undefined;
  const what = entry && at.group.entries.length > 1 ? (entry.name ?? '') : '';
  return { kind: 'move-to-static', ref: d.ref, what, ...(plan.into ? { into: plan.into.path ?? '' } : {}) };
}

function addAtomicMembers(d: Diagnostic, doc: AnswerFile): QuickFix | undefined {
  const at = groupAt(doc, d.ref);
  if (!at?.group.path) return undefined;
  const cg = findGroup(at.group.path);
  const members = atomicMembers(at.group.path);
  if (!cg || members.length === 0) return undefined;
  const present = new Set(at.group.entries.map((e) => (e.name ? findInGroup(cg, e.name) : undefined)));
  const missing = members.filter((m) => !present.has(m));
  return missing.length === 0 ? undefined : { kind: 'add-atomic-members', ref: d.ref, names: missing.map((m) => m.name).join(', ') };
}

function rename(d: Diagnostic, doc: AnswerFile): QuickFix | undefined {
  const at = groupAt(doc, d.ref);
  if (!at?.group.path) return undefined;
  if (d.code === 'path-unknown') {
    const to = suggestPath(at.group.path);
    return to === undefined ? undefined : { kind: 'rename', ref: d.ref, to };
  }
  const entry = at.group.entries.find((e) => e.key === d.ref.path[1]);
  if (!entry?.name) return undefined;
  const others = at.group.entries.flatMap((e) => (e !== entry && e.name ? [e.name] : []));
  const to = suggestName(at.group.path, entry.name, entry.kind, others);
  return to === undefined ? undefined : { kind: 'rename', ref: d.ref, to };
}

/** The fix for `d` in `doc`, when there is a certain one. */
export function quickFixFor(d: Diagnostic, doc: AnswerFile): QuickFix | undefined {
  switch (d.code) {
    case 'multivariant-missing':
      return { kind: 'enable-multivariant', ref: d.ref };
    case 'condition-prefix-case':
    case 'condition-prefix-invalid':
      return { kind: 'lowercase-prefix', ref: d.ref };
    case 'per-sim-in-static':
      return { kind: 'move-group-to-variant', ref: d.ref };
    case 'multivariant-and-adc':
      return { kind: 'disable-auto-data-config', ref: d.ref };
    case 'image-time-only-in-variant':
    case 'image-time-only-setting-in-variant':
      return moveToStatic(d, doc);
    case 'atomic-incomplete':
      return addAtomicMembers(d, doc);
    case 'path-unknown':
    case 'setting-name-unknown':
      return rename(d, doc);
    default:
      return undefined;
  }
}
