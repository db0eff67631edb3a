// The rows of the part list: section headers and one item per part, in document order. A document can have
// thousands of parts and the list is virtual, so rows are not built up front: partLayout gives the row count,
// the heights (which depend only on the counts) and each row on demand. An item's part reference and labels
// are cached per entity (identity), so the memoised row of a part that did not change sees the same props.

import type { AnswerFile, Target, Variant } from '../../model/types.ts';
import { isSettingsMatrix, type PartRef } from '../../model/refs.ts';
import { importList } from '../../model/imports.ts';
import { staticItems, targetList } from '../../model/answer-file.ts';

export type PartRow =
  | { readonly kind: 'header'; readonly id: string; readonly title: string; readonly add?: 'target' | 'variant' }
  /** Where a section has no part: what to do next (the header's + adds one). */
  | { readonly kind: 'empty'; readonly id: string; readonly text: string; readonly testId: string }
  | {
      readonly kind: 'item';
      readonly id: string;
      readonly part: PartRef;
      readonly primary: string;
      readonly secondary: string;
      readonly testId: string;
    };

export interface PartListInput {
  readonly name: string | undefined;
  readonly owner: string | undefined;
  readonly importCount: number;
  readonly targets: readonly Target[];
  readonly staticCount: number;
  readonly variants: readonly Variant[];
}

interface Labels {
  readonly id: string;
  readonly part: PartRef;
  readonly primary: string;
  readonly secondary: string;
}

const targetLabels = new WeakMap<Target, Labels>();
const variantLabels = new WeakMap<Variant, Labels>();
// Part references by key, so a row's `part` prop stays the same object while the entity is edited.
const partByKey = new Map<string, PartRef>();

function partRef(kind: 'target' | 'variant', key: string): PartRef {
  const id = `${kind}:${key}`;
  let p = partByKey.get(id);
  if (!p) {
    p = kind === 'target' ? { kind, key: key as Extract<PartRef, { kind: 'target' }>['key'] } : { kind, key: key as Extract<PartRef, { kind: 'variant' }>['key'] };
    partByKey.set(id, p);
  }
  return p;
}

function labelsOfTarget(t: Target): Labels {
  let l = targetLabels.get(t);
  if (!l) {
    const n = t.states.length;
    l = { id: `target:${t.key}`, part: partRef('target', t.key), primary: t.id || '(no Id)', secondary: `${n} state${n === 1 ? '' : 's'}` };
    targetLabels.set(t, l);
  }
  return l;
}

function labelsOfVariant(v: Variant): Labels {
  let l = variantLabels.get(v);
  if (!l) {
    const ref = v.targetRefs?.refs[0]?.id;
    const secondary = ref === undefined ? 'no target' : `→ ${ref || '(empty)'}`;
    l = { id: `variant:${v.key}`, part: partRef('variant', v.key), primary: v.name || '(unnamed)', secondary };
    variantLabels.set(v, l);
  }
  return l;
}

const DOCUMENT: PartRef = { kind: 'document' };
const IMPORTS: PartRef = { kind: 'imports' };
const MATRIX: PartRef = { kind: 'matrix' };
const SETTINGS_MATRIX: PartRef = { kind: 'matrix', view: 'settings' };
const SIMULATOR: PartRef = { kind: 'simulator' };
const STATIC: PartRef = { kind: 'static' };

// Rows: 0 "Document" header, 1 the document, 2 imports, 3 the targets × variants matrix, 4 the settings matrix,
// 5 the SIM simulator,
// 6 "Targets" header, then the targets; then the "Static" header, Static, the "Variants" header, then the variants.
// A section without parts has one "empty" row instead, saying what to do next.
const FIXED_BEFORE_TARGETS = 7;
const FIXED_BETWEEN = 3;

export const HEADER_HEIGHT = 36;
export const ITEM_HEIGHT = 48;

/** Row heights for `targets` targets and `variants` variants (the same array for the same counts). */
const heightsFor = (() => {
  let last: { t: number; v: number; heights: readonly number[] } | null = null;
  return (targets: number, variants: number): readonly number[] => {
    if (last && last.t === targets && last.v === variants) return last.heights;
    const heights = new Array<number>(FIXED_BEFORE_TARGETS + targets + FIXED_BETWEEN + variants).fill(ITEM_HEIGHT);
    for (const i of [0, FIXED_BEFORE_TARGETS - 1, FIXED_BEFORE_TARGETS + targets, FIXED_BEFORE_TARGETS + targets + 2]) heights[i] = HEADER_HEIGHT;
    last = { t: targets, v: variants, heights };
    return heights;
  };
})();

export interface PartLayout {
  readonly count: number;
  readonly heights: readonly number[];
  rowAt(i: number): PartRow;
  /** The row of `part`, or -1. */
  indexOf(part: PartRef): number;
  /** The row of the item whose `id` is `id` (see PartRow), or -1. */
  indexOfId(id: string): number;
}

const NO_TARGETS: PartRow = { kind: 'empty', id: 'empty:targets', text: 'No targets yet: + adds one (the SIMs a variant is for).', testId: 'nav-no-targets' };
const NO_VARIANTS: PartRow = { kind: 'empty', id: 'empty:variants', text: 'No variants yet: + adds one (per-SIM settings).', testId: 'nav-no-variants' };

export function partLayout(input: PartListInput): PartLayout {
  const { targets, variants } = input;
  const T = targets.length;
  const targetRows = Math.max(T, 1);
  const variantRows = Math.max(variants.length, 1);
  const staticHeader = FIXED_BEFORE_TARGETS + targetRows;
  const variantsStart = staticHeader + FIXED_BETWEEN;
  const count = variantsStart + variantRows;

  function rowAt(i: number): PartRow {
    if (i === 0) return { kind: 'header', id: 'h:document', title: 'Document' };
    if (i === 1)
      return {
        kind: 'item',
        id: 'document',
        part: DOCUMENT,
        primary: input.name || '(no name)',
        secondary: input.owner ? `Owner ${input.owner}` : 'Owner needed',
        testId: 'nav-document',
      };
    if (i === 2) return { kind: 'item', id: 'imports', part: IMPORTS, primary: 'Imports', secondary: `${input.importCount}`, testId: 'nav-imports' };
    if (i === 3)
      return { kind: 'item', id: 'matrix', part: MATRIX, primary: 'Targets × variants', secondary: `${T} × ${variants.length}`, testId: 'nav-matrix' };
    if (i === 4) {
      const v = variants.length;
      const secondary = `Static + ${v} variant${v === 1 ? '' : 's'}`;
      return { kind: 'item', id: 'settings-matrix', part: SETTINGS_MATRIX, primary: 'Settings matrix', secondary, testId: 'nav-settings-matrix' };
    }
    if (i === 5) return { kind: 'item', id: 'simulator', part: SIMULATOR, primary: 'SIM simulator', secondary: 'What a SIM gets', testId: 'nav-simulator' };
    if (i === 6) return { kind: 'header', id: 'h:targets', title: `Targets (${T})`, add: 'target' };
    if (i < staticHeader && T === 0) return NO_TARGETS;
    if (i < staticHeader) return { kind: 'item', ...labelsOfTarget(targets[i - FIXED_BEFORE_TARGETS]), testId: `nav-target-${i - FIXED_BEFORE_TARGETS}` };
    if (i === staticHeader) return { kind: 'header', id: 'h:static', title: 'Static' };
    if (i === staticHeader + 1) {
      const s = input.staticCount;
      return { kind: 'item', id: 'static', part: STATIC, primary: 'Static', secondary: `${s} item${s === 1 ? '' : 's'}`, testId: 'nav-static' };
    }
    if (i === staticHeader + 2) return { kind: 'header', id: 'h:variants', title: `Variants (${variants.length})`, add: 'variant' };
    const v = i - variantsStart;
    if (v === 0 && variants.length === 0) return NO_VARIANTS;
    if (v < 0 || v >= variants.length) throw new RangeError(`no part-list row ${i} (of ${count})`);
    return { kind: 'item', ...labelsOfVariant(variants[v]), testId: `nav-variant-${v}` };
  }

  function indexOf(part: PartRef): number {
    switch (part.kind) {
      case 'document':
        return 1;
      case 'imports':
        return 2;
      case 'matrix':
        return isSettingsMatrix(part) ? 4 : 3;
      case 'simulator':
        return 5;
      case 'static':
        return staticHeader + 1;
      case 'target': {
        const t = targets.findIndex((x) => x.key === part.key);
        return t < 0 ? -1 : FIXED_BEFORE_TARGETS + t;
      }
      case 'variant': {
        const v = variants.findIndex((x) => x.key === part.key);
        return v < 0 ? -1 : variantsStart + v;
      }
    }
  }

  function indexOfId(id: string): number {
    if (id === 'document') return 1;
    if (id === 'imports') return 2;
    if (id === 'matrix') return 3;
    if (id === 'settings-matrix') return 4;
    if (id === 'simulator') return 5;
    if (id === 'static') return staticHeader + 1;
    const at = id.indexOf(':');
    const kind = id.slice(0, at);
    if (kind !== 'target' && kind !== 'variant') return -1;
    return indexOf(partRef(kind, id.slice(at + 1)));
  }

  return { count, heights: heightsFor(targetRows, variantRows), rowAt, indexOf, indexOfId };
}

/** What the part list shows of `doc`. */
export function partListInput(doc: AnswerFile): PartListInput {
  return {
    name: doc.name,
    owner: doc.owner,
    importCount: importList(doc).length,
    targets: targetList(doc),
    staticCount: staticItems(doc).length,
    variants: doc.variants,
  };
}

/** The item row `step` (±1) items away from row `at`, skipping headers; `at` itself at either end. */
export function stepItem(layout: PartLayout, at: number, step: 1 | -1): number {
  let next = at + step;
  while (next >= 0 && next < layout.count && layout.rowAt(next).kind !== 'item') next += step;
  return next < 0 || next >= layout.count ? at : next;
}

/** The part before (-1) or after (1) `part` in the list, or null at either end (or when `part` is not listed). */
export function adjacentPart(layout: PartLayout, part: PartRef, step: 1 | -1): PartRef | null {
  const at = layout.indexOf(part);
  if (at < 0) return null;
  const next = stepItem(layout, at, step);
  const row = layout.rowAt(next);
  return next === at || row.kind !== 'item' ? null : row.part;
}
