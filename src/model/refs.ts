// References from outside the document into it: which part is selected, which field a diagnostic is about.

import type { VariantKey, TargetKey } from './ids.ts';
import type { AnswerFile } from './types.ts';
import { targetList } from './answer-file.ts';

/**
 * A top-level part of the document, as shown in the navigation list. 'matrix' is a view across parts: which
 * variant applies to which target, or, with `view: 'settings'`, the settings matrix (every setting × Static and
 * each variant). 'simulator' is the SIM simulator's view. Views are selected like a part, so undo and saved work
 * restore them, but no diagnostic is about them.
 */
export type PartRef =
  | { readonly kind: 'document' }
  | { readonly kind: 'imports' }
  | { readonly kind: 'matrix'; readonly view?: 'settings' }
  | { readonly kind: 'simulator' }
  | { readonly kind: 'target'; readonly key: TargetKey }
  | { readonly kind: 'static' }
  | { readonly kind: 'variant'; readonly key: VariantKey };

/**
 * One field inside a part. `path` lists the keys from the part down to the entity that holds the field,
 * e.g. [stateKey, conditionKey] in a target or [groupKey, entryKey] in Static or a Variant.
 * `field` names the model property (e.g. 'value', 'name', 'id', 'path', 'targetRef'); absent = the entity itself.
 */
export interface FieldRef {
  readonly part: PartRef;
  readonly path: readonly string[];
  readonly field?: string;
}

export function samePart(a: PartRef, b: PartRef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'target' && b.kind === 'target') return a.key === b.key;
  if (a.kind === 'variant' && b.kind === 'variant') return a.key === b.key;
  if (a.kind === 'matrix' && b.kind === 'matrix') return isSettingsMatrix(a) === isSettingsMatrix(b);
  return true;
}

/** Whether the part is the settings matrix (a stored selection may hold any `view`: only 'settings' is it). */
export function isSettingsMatrix(part: PartRef): boolean {
  return part.kind === 'matrix' && part.view === 'settings';
}

// A document's diagnostics share one PartRef per part (partOf), so a large list names few distinct parts.
const partIds = new WeakMap<PartRef, string>();

/** A stable string for a part ('document', 'target:<key>'...): the start of its fields' fieldIds, up to the first '/'. */
export function partId(part: PartRef): string {
  let id = partIds.get(part);
  if (id === undefined) {
    id = part.kind === 'target' || part.kind === 'variant' ? `${part.kind}:${part.key}` : isSettingsMatrix(part) ? 'settings-matrix' : part.kind;
    partIds.set(part, id);
  }
  return id;
}

/** A stable string for a field, usable as a DOM id / data attribute and map key. */
export function fieldId(ref: FieldRef): string {
  return [partId(ref.part), ...ref.path, ref.field ?? ''].join('/');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether an untrusted value (a saved selection) is a PartRef. */
export function isPartRef(v: unknown): v is PartRef {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'document':
    case 'imports':
    case 'matrix':
    case 'simulator':
    case 'static':
      return true;
    case 'target':
    case 'variant':
      return typeof v.key === 'string';
    default:
      return false;
  }
}

/** Whether the part still exists in `doc` (a selection restored or kept across a reload). */
export function partExists(doc: AnswerFile, part: PartRef): boolean {
  switch (part.kind) {
    case 'document':
    case 'matrix':
    case 'simulator':
      return true;
    case 'imports':
      return !!doc.imports;
    case 'static':
      return !!doc.static;
    case 'target':
      return targetList(doc).some((t) => t.key === part.key);
    case 'variant':
      return doc.variants.some((v) => v.key === part.key);
  }
}
