// Where each part, entity and field of the model stands in the document's text (the preview's text: the layout-
// preserving writer's or the house style's), and which one stands at an offset. Built from the text itself: its span
// tree (layout/source-tree.ts) walked beside the model's element tree (layout/element-tree.ts), elements paired in
// order by name, as source-index.ts pairs them; a container whose elements do not line up is left out (with what it
// holds), so a lookup there finds the nearest container that did. The preview builds it only when a click or a
// selection needs it, never on a keystroke.

import type { TargetKey, VariantKey } from '../model/ids.ts';
import type { AnswerFile } from '../model/types.ts';
import { fieldId, type FieldRef, type PartRef } from '../model/refs.ts';
import { ATTRS_BY_ELEMENT, EL, fieldsByXmlName, type ElementName } from './names.ts';
import { rootElement, type Element } from './layout/element-tree.ts';
import { localName } from './layout/source-index.ts';
import { sourceTree, type SourceAttr, type SourceElement, type SourceNode, type SourceTree } from './layout/source-tree.ts';

export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** A field (an attribute) or an entity (its start tag) and where it is written. */
export interface TextHit {
  readonly ref: FieldRef;
  readonly range: TextRange;
}

export interface TextMap {
  readonly tree: SourceTree;
  /** The innermost attribute or entity written at `offset` (undefined outside the root element). */
  at(offset: number): TextHit | undefined;
  /**
   * Where the field `id` (a fieldId) is written: its attribute; else (an attribute the document does not write, or a
   * field that is no attribute) the start tag of the nearest entity that holds it, up to its part.
   */
  rangeOf(id: string): TextRange | undefined;
}

interface Entry {
  readonly part: PartRef;
  readonly path: readonly string[];
  readonly src: SourceElement;
  /** XML attribute name → model field. */
  readonly fields: ReadonlyMap<string, string>;
}

interface Context {
  readonly part: PartRef;
  readonly path: readonly string[];
}

const DOCUMENT: PartRef = { kind: 'document' };

/** Where an attribute is written: from its name to its closing quote. */
export function attrRange(text: string, a: SourceAttr): TextRange {
  let from = a.start;
  while (from < a.valueStart && /[ \t\r\n]/.test(text[from])) from++;
  return { from, to: a.valueEnd + 1 };
}

function startTag(src: SourceElement): TextRange {
  return { from: src.start, to: src.tagEnd };
}

const fieldTables = new Map<string, ReadonlyMap<string, string>>();
function fieldsOf(name: string): ReadonlyMap<string, string> {
  let m = fieldTables.get(name);
  if (!m) {
    m = fieldsByXmlName<Record<string, string>>(ATTRS_BY_ELEMENT[name as ElementName] ?? []);
    fieldTables.set(name, m);
  }
  return m;
}

/** The part and path an element stands for, inside `ctx`; undefined for a section that is no entity of its own. */
function contextOf(el: Element, ctx: Context): Context | undefined {
  switch (el.name) {
    case EL.root:
      return { part: DOCUMENT, path: [] };
    case EL.imports:
      return { part: { kind: 'imports' }, path: [] };
    case EL.static:
      return { part: { kind: 'static' }, path: [] };
    case EL.target:
      return { part: { kind: 'target', key: el.id as TargetKey }, path: [] };
    case EL.variant:
      return { part: { kind: 'variant', key: el.id as VariantKey }, path: [] };
    case EL.targets:
    case EL.targetRefs:
      return undefined;
    default:
      return { part: ctx.part, path: [...ctx.path, el.id] };
  }
}

const isElement = (n: SourceNode): n is SourceElement => n.kind === 'element';

class Builder {
  readonly entries = new Map<SourceElement, Entry>();
  readonly ranges = new Map<string, TextRange>();
  constructor(private readonly text: string) {}

  walk(el: Element, src: SourceElement, outer: Context): void {
    const own = contextOf(el, outer);
    const ctx = own ?? outer;
    if (own) {
      const fields = fieldsOf(el.name);
      this.entries.set(src, { ...own, src, fields });
      this.ranges.set(fieldId(own), startTag(src));
      for (const a of src.attrs) {
        const field = fields.get(a.name);
        if (field !== undefined) this.ranges.set(fieldId({ ...own, field }), attrRange(this.text, a));
      }
    }
    if (el.leaf) return;
    // The model's elements (known and kept) and the text's, in order: they pair one to one, or not at all.
    const mine = el.children.filter((c) => c.kind === 'known' || c.kind === 'element');
    const theirs = src.children.filter(isElement);
    if (mine.length !== theirs.length) return;
    for (let i = 0; i < mine.length; i++) {
      const m = mine[i];
      const s = theirs[i];
      if (m.kind !== 'known') continue;
      if (localName(s.name) !== m.name) return;
    }
    for (let i = 0; i < mine.length; i++) {
      const m = mine[i];
      if (m.kind === 'known') this.walk(m, theirs[i], ctx);
    }
  }
}

/** The child node of `el` that holds `offset` (binary search: the children are in order and do not overlap). */
function childAt(el: SourceElement, offset: number): SourceNode | undefined {
  const list = el.children;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = list[mid];
    if (offset < n.start) hi = mid - 1;
    else if (offset >= n.end) lo = mid + 1;
    else return n;
  }
  return undefined;
}

/** The map of `text` (the document `doc` written out); undefined when the text is not the well-formed XML it should be. */
export function textMap(text: string, doc: AnswerFile): TextMap | undefined {
  const tree = sourceTree(text);
  if (!tree) return undefined;
  const root = rootElement(doc);
  const b = new Builder(text);
  if (localName(tree.root.name) === root.name) b.walk(root, tree.root, { part: DOCUMENT, path: [] });
  const { entries, ranges } = b;
  return {
    tree,
    at(offset) {
      let cur: SourceElement = tree.root;
      if (offset < cur.start || offset >= cur.end) return undefined;
      let best = entries.get(cur);
      for (;;) {
        const next = childAt(cur, offset);
        if (!next || !isElement(next)) break;
        cur = next;
        best = entries.get(cur) ?? best;
      }
      if (!best) return undefined;
      const { part, path, src, fields } = best;
      if (src === cur && offset < src.tagEnd) {
        for (const a of src.attrs) {
          const field = fields.get(a.name);
          const range = attrRange(text, a);
          if (field !== undefined && offset >= a.start && offset < range.to) return { ref: { part, path, field }, range };
        }
      }
      return { ref: { part, path }, range: startTag(src) };
    },
    rangeOf(id) {
      const exact = ranges.get(id);
      if (exact) return exact;
      // 'target:t/s/c/value' → 'target:t/s/c/' → 'target:t/s/' → 'target:t/'
      const segments = id.split('/');
      for (let k = segments.length - 1; k >= 1; k--) {
        const r = ranges.get([...segments.slice(0, k), ''].join('/'));
        if (r) return r;
      }
      return undefined;
    },
  };
}
