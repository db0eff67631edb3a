// The rows of the part list, flattened: section headers and one item per part. An item's part reference and
// labels are cached per entity (identity), so rebuilding the rows after a keystroke allocates little and the
// memoised rows see the same props for every part that did not change.

import type { Target, Variant } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';

export type PartRow =
  | { readonly kind: 'header'; readonly id: string; readonly title: string; readonly add?: 'target' | 'variant' }
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
  readonly targets: readonly Labels[];
  readonly staticCount: number;
  readonly variants: readonly Labels[];
}

export interface Labels {
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

const sameLabels = (a: Labels, b: Labels) => a.id === b.id && a.primary === b.primary && a.secondary === b.secondary;

/**
 * A function from an entity list to its labels that returns the previous array (same identity) while no label
 * changed. Typing into a variant's settings makes a new variants array on every keystroke, but the part list
 * only needs to rebuild its rows when a name or a target reference changes.
 */
function labelList<T extends object>(labelsOf: (item: T) => Labels): (items: readonly T[]) => readonly Labels[] {
  let lastItems: readonly T[] | null = null;
  let last: readonly Labels[] = [];
  return (items) => {
    if (items === lastItems) return last;
    lastItems = items;
    const next = items.map(labelsOf);
    const same = next.length === last.length && next.every((l, i) => l === last[i] || sameLabels(l, last[i]));
    if (!same) last = next;
    return last;
  };
}

/** Labels of every target; see labelList. One list per caller: each holds its own previous result. */
export const targetLabelList = () => labelList(labelsOfTarget);
/** Labels of every variant; see labelList. */
export const variantLabelList = () => labelList(labelsOfVariant);

const DOCUMENT: PartRef = { kind: 'document' };
const IMPORTS: PartRef = { kind: 'imports' };
const STATIC: PartRef = { kind: 'static' };

export function partRows(input: PartListInput): PartRow[] {
  const rows: PartRow[] = [
    { kind: 'header', id: 'h:document', title: 'Document' },
    {
      kind: 'item',
      id: 'document',
      part: DOCUMENT,
      primary: input.name || '(no name)',
      secondary: input.owner ? `Owner ${input.owner}` : 'Owner needed',
      testId: 'nav-document',
    },
    { kind: 'item', id: 'imports', part: IMPORTS, primary: 'Imports', secondary: `${input.importCount}`, testId: 'nav-imports' },
    { kind: 'header', id: 'h:targets', title: `Targets (${input.targets.length})`, add: 'target' },
  ];
  input.targets.forEach((l, i) => rows.push({ kind: 'item', ...l, testId: `nav-target-${i}` }));
  rows.push({ kind: 'header', id: 'h:static', title: 'Static' });
  const s = input.staticCount;
  rows.push({ kind: 'item', id: 'static', part: STATIC, primary: 'Static', secondary: `${s} item${s === 1 ? '' : 's'}`, testId: 'nav-static' });
  rows.push({ kind: 'header', id: 'h:variants', title: `Variants (${input.variants.length})`, add: 'variant' });
  input.variants.forEach((l, i) => rows.push({ kind: 'item', ...l, testId: `nav-variant-${i}` }));
  return rows;
}

export function rowId(row: PartRow): string {
  return row.id;
}
