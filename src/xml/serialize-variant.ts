// An edited Variant's XML, joined around its parts' cached texts (see variantText).

import type { Asset, Setting, TargetRefs, Trivia, Variant, VariantItem } from '../model/types.ts';
import type { BuildNotes, XMLBuilder } from './serialize-build.ts';
import { addEntry, addItem, addSettings, addSettingsElement, addTargetRefs, addVariant, addVariantElement } from './serialize-build.ts';
import { cached, container, fragmentBuilds, render, withBefore, type Piece } from './serialize-join.ts';
import type { AttrTable } from './names.ts';
import { EL, SETTINGS_ATTRS, VARIANT_ATTRS } from './names.ts';

export const variantCache = new WeakMap<Variant, string>();

/**
 * The keys of the Variants this page has written. A Variant is written in one xmlbuilder2 pass the first time its
 * key is seen (a document opened, imported or made: one fragment a Variant is over three times faster than one a
 * Setting); a Variant seen before is being edited, and is joined around its cached children (its TargetRefs, each
 * item, each Setting of a Settings group), so that from the second keystroke on, a key in one Setting's value
 * renders that Setting alone, not the Variant's twenty. Both ways write the same text.
 */
const variantsWritten = new Set<string>();

/** Forgets which Variants were written, so the next text of each is written in one pass (for tests). */
export function forgetWrittenVariants(): void {
  variantsWritten.clear();
}

export function variantText(v: Variant): string {
  return cached(variantCache, v, () => {
    fragmentBuilds.variant++;
    if (!variantsWritten.has(v.key)) {
      variantsWritten.add(v.key);
      return render(1, (f, n) => addVariant(f, v, n));
    }
    const children: Piece[] = [];
    if (v.targetRefs) children.push(targetRefsText(v.targetRefs));
    for (const item of v.items) children.push(variantItemText(item));
    const start = (bare: Variant) => startTag(`v${v.key}`, attrValues(v, VARIANT_ATTRS), () => render(1, (f, n) => addVariantElement(f, bare, n)));
    return joined(1, EL.variant, v, children, start, addVariant);
  });
}

const targetRefsCache = new WeakMap<TargetRefs, string>();
const variantItemCache = new WeakMap<VariantItem, string>();
const entryCache = new WeakMap<Setting | Asset, string>();

function targetRefsText(refs: TargetRefs): string {
  return cached(targetRefsCache, refs, () => render(2, (f, n) => addTargetRefs(f, refs, n)));
}

/** An item of a Variant (at level 2); a Settings group is joined around its cached entries. */
function variantItemText(item: VariantItem): string {
  return cached(variantItemCache, item, () => {
    if (item.kind !== 'settings') return render(2, (f, n) => addItem(f, item, n));
    const children: Piece[] = item.entries.map((e) =>
      cached(entryCache, e, () => {
        fragmentBuilds.entry++;
        return render(3, (f, n) => addEntry(f, e, n));
      }),
    );
    const start = (bare: typeof item) => startTag(`g${item.key}`, attrValues(item, SETTINGS_ATTRS), () => render(2, (f, n) => addSettingsElement(f, bare, n)));
    return joined(2, EL.settings, item, children, start, addSettings);
  });
}

/**
 * Element `name` of `el` at `level` joined around `children` and its end trivia, after the trivia before it.
 * `start` writes the element alone and `whole` the element with everything in it, both without the trivia before.
 */
function joined<T extends { readonly before?: readonly Trivia[]; readonly end?: readonly Trivia[] }>(
  level: number,
  name: string,
  el: T,
  children: Piece[],
  start: (bare: T) => string,
  whole: (f: XMLBuilder, bare: T, notes: BuildNotes) => void,
): string {
  if (el.end) children.push(el.end);
  const bare = { ...el, before: undefined };
  return withBefore(level, el.before, container(level, name, children, () => start(bare), (f, n) => whole(f, bare, n)));
}

/**
 * The start tags of edited Variants and Settings groups (`<Variant Name="…" />`, written at the element's level),
 * by key: the last attribute values (each element's attribute table, then its extra attributes) and their text.
 * The text is a function of those values alone, so a key shared by two documents can only cost a render.
 */
const startTags = new Map<string, { readonly values: readonly unknown[]; readonly text: string }>();

/** What an element's start tag is written from: its attribute table's values, then its extra attributes. */
function attrValues<T extends { readonly extraAttrs?: unknown }>(obj: T, table: AttrTable<T>): unknown[] {
  return [...table.map(([field]) => obj[field]), obj.extraAttrs];
}

function startTag(id: string, values: readonly unknown[], make: () => string): string {
  const hit = startTags.get(id);
  if (hit && hit.values.length === values.length && hit.values.every((x, i) => x === values[i])) return hit.text;
  const text = make();
  startTags.set(id, { values, text });
  return text;
}

