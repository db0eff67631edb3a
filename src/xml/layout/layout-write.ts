// Writes a document over the text it was opened from: whatever the user did not change is copied from that text
// byte for byte (white space, line breaks, attribute order and quotes, character references, comments, the
// declaration), an edited element has only what changed rewritten, and what is new is written in the file's own
// style (style.ts), indented like the elements around it. Each element's text is kept by the identity of its
// model entity, so a keystroke rewrites the edited path only and joins the rest.

import type { Attr, Trivia } from '../../model/types.ts';
import { rawTrivia } from '../serialize-raw.ts';
import type { Child, Element } from './element-tree.ts';
import { ROOT_ID } from './element-tree.ts';
import type { IndexedElement, IndexedNode, SourceIndex } from './source-index.ts';
import { DOCUMENT_ID, indentOf, localName } from './source-index.ts';
import { sameTrivia } from './same-trivia.ts';

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** An attribute value written between `quote`s: the other quote is left as it is. */
export function escapeAttr(value: string, quote: '"' | "'"): string {
  const special = quote === '"' ? /[&<>"\t\n\r]/g : /[&<>'\t\n\r]/g;
  return value.replace(special, (c) => TEXT_ESCAPES[c]);
}

interface Cached {
  readonly indent: string;
  readonly text: string;
}

export class LayoutWriter {
  private readonly cache = new WeakMap<object, Cached>();
  private readonly indents = new Map<string, string>();
  /** The prefix the file gives the format's elements (`ic:` in `<ic:ImageCustomizations>`), for new ones. */
  private readonly prefix: string;

  constructor(private readonly index: SourceIndex) {
    const root = index.element(ROOT_ID);
    const name = root ? root.src.name : '';
    this.prefix = name.slice(0, name.length - localName(name).length);
  }

  /**
   * The whole document as pieces: the declaration as read, the nodes before the root, the root's start tag, each of
   * its children with the text before it (a child's own text is the cached string itself, so the preview finds what
   * changed by comparing pieces), the root's end tag, the nodes after it and the text after them.
   */
  document(root: Element, prolog: readonly Trivia[], epilog: readonly Trivia[], head: string): string[] {
    const { index } = this;
    const ix = index.element(ROOT_ID);
    const out = [head];
    this.nodes(prolog, `before:${ROOT_ID}`, index.style.newline, { end: index.headEnd }, out);
    const lead = ix ? ix.lead : index.style.newline;
    if (ix && ix.src.selfClosing && root.children.length === 0) out.push(lead + this.patchedStart(root, ix, true));
    else {
      out.push(lead + (ix ? this.patchedStart(root, ix, false) : this.freshStart(root) + '>'));
      this.children(root, ix, ix ? this.indent(ix) : '', out);
      out.push(ix && !ix.src.selfClosing ? index.text.slice(ix.src.endStart, ix.src.end) : `</${this.prefix}${root.name}>`);
    }
    this.nodes(epilog, `end:${DOCUMENT_ID}`, index.style.newline, { end: ix?.src.end }, out);
    out.push(index.tail);
    return out;
  }

  element(el: Element, indent: string): string {
    // Kept, so that an unchanged part is the same string on every keystroke: the preview compares pieces, and two
    // equal strings that are not the same one are compared character by character.
    const hit = this.cache.get(el.entity);
    if (hit && hit.indent === indent) return hit.text;
    const ix = this.index.element(el.id);
    let text: string;
    // The very entity that was read: its text as read (an opened document's parts, until edited).
    if (ix && ix.base.entity === el.entity) text = this.index.text.slice(ix.src.start, ix.src.end);
    else text = ix ? this.matched(el, ix) : this.fresh(el, indent);
    this.cache.set(el.entity, { indent, text });
    return text;
  }

  private get style() {
    return this.index.style;
  }

  /** The white space starting the line of an element read ('' when something else stands before it there). */
  private indent(ix: IndexedElement): string {
    let indent = this.indents.get(ix.base.id);
    if (indent === undefined) this.indents.set(ix.base.id, (indent = indentOf(this.index.text, ix.src.start)));
    return indent;
  }

  private matched(el: Element, ix: IndexedElement): string {
    const { text } = this.index;
    const { src } = ix;
    const indent = this.indent(ix);
    const close = text.slice(src.endStart, src.end);
    if (el.leaf) {
      if (el.children.length === 0 && src.selfClosing) return this.patchedStart(el, ix, true);
      const inner = sameTrivia(innerOf(el), innerOf(ix.base)) ? text.slice(src.tagEnd, src.endStart) : rawTrivia(innerOf(el));
      return this.patchedStart(el, ix, false) + inner + (src.selfClosing ? `</${src.name}>` : close);
    }
    if (el.children.length === 0 && src.selfClosing) return this.patchedStart(el, ix, true);
    const out = [this.patchedStart(el, ix, false)];
    this.children(el, ix, indent, out);
    out.push(src.selfClosing ? `</${src.name}>` : close);
    return out.join('');
  }

  /**
   * The children of `el` with the text before each, and the text before its end tag, onto `out`. A child read in
   * `el` keeps the text that stood before it; a new one gets the text before its nearest sibling read in `el` (so
   * it is indented, and separated, like its siblings), or a line break and one more step of indentation than `el`.
   */
  private children(el: Element, read: IndexedElement | undefined, indent: string, out: string[]): void {
    const { style, index } = this;
    const inner = indent + style.unit;
    // Its children as read (indexed now, the first time): none when they do not line up with the model's.
    const tail = read ? index.tailOf(read) : undefined;
    const ix = tail === undefined ? undefined : read;
    const readLead = (c: Child) => {
      if (!ix || c.kind !== 'known') return undefined;
      const cix = index.element(c.id);
      return cix && cix.parentId === el.id ? cix.lead : undefined;
    };
    let lead = style.newline + inner;
    for (const c of el.children) {
      const first = readLead(c);
      if (first !== undefined) {
        lead = first;
        break;
      }
    }
    // Where the last node read in `el` ended: a new node goes after the rest of that line (its trailing blanks).
    const at = { end: ix && !ix.src.selfClosing ? ix.src.tagEnd : undefined };
    let pending: Trivia[] = [];
    const flush = (slot: string) => {
      if (pending.length === 0) return;
      this.nodes(pending, slot, lead, at, out);
      pending = [];
    };
    for (const c of el.children) {
      if (c.kind !== 'known') {
        pending.push(c);
        continue;
      }
      flush(`before:${c.id}`);
      const before = readLead(c);
      if (before !== undefined) {
        lead = before;
        out.push(before);
        at.end = index.element(c.id)!.src.end;
      } else out.push(this.newLead(lead, at.end));
      out.push(this.element(c, inner));
    }
    flush(`end:${el.id}`);
    if (ix && tail !== undefined && !ix.src.selfClosing) out.push(tail);
    else out.push(el.children.length > 0 ? style.newline + indent : '');
  }

  /** Kept nodes: each one read in `slot` (the same content, in order) as it was written there, a new one on a new line. */
  private nodes(list: readonly Trivia[], slot: string, freshLead: string, at: { end: number | undefined }, out: string[]): void {
    const read = this.index.slot(slot);
    let from = 0;
    for (const t of list) {
      const found = read ? findNode(read, t, from) : -1;
      if (found >= 0) {
        const n = read![found];
        out.push(n.lead + this.index.text.slice(n.start, n.end));
        at.end = n.end;
        from = found + 1;
      } else out.push(this.newLead(freshLead, at.end) + rawTrivia([t]));
    }
  }

  /**
   * The text before a new node: `lead` (a sibling's), except that the blanks ending the line it follows are written
   * first, as they stood after the node read before it (`end`), so that line is unchanged.
   */
  private newLead(lead: string, end: number | undefined): string {
    if (end === undefined) return lead;
    const { text } = this.index;
    let i = end;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i === end) return lead;
    let j = 0;
    while (lead[j] === ' ' || lead[j] === '\t') j++;
    return text.slice(end, i) + lead.slice(j);
  }

  private fresh(el: Element, indent: string): string {
    const { style } = this;
    const start = this.freshStart(el);
    const name = this.prefix + el.name;
    if (el.children.length === 0) return start + style.selfClose;
    if (el.leaf) return `${start}>${rawTrivia(innerOf(el))}</${name}>`;
    const out = [start + '>'];
    this.children(el, undefined, indent, out);
    out.push(`</${name}>`);
    return out.join('');
  }

  private freshStart(el: Element): string {
    const q = this.index.style.quote;
    let out = `<${this.prefix}${el.name}`;
    for (const a of el.attrs) out += ` ${a.name}=${q}${escapeAttr(a.value, q)}${q}`;
    return out;
  }

  /** The start tag as read, with changed attribute values replaced, removed ones dropped and new ones added last. */
  private patchedStart(el: Element, ix: IndexedElement, selfClosing: boolean): string {
    const { text, style } = this.index;
    const { src } = ix;
    const closer = selfClosing ? text.slice(src.attrsEnd, src.tagEnd) : src.selfClosing ? '>' : text.slice(src.attrsEnd, src.tagEnd);
    if (sameAttrs(el.attrs, ix)) return text.slice(src.start, src.attrsEnd) + closer;
    const now = new Map<string, string>();
    for (const a of el.attrs) now.set(a.name, a.value);
    const read = new Map<string, string>();
    for (const a of ix.base.attrs) read.set(a.name, a.value);
    let out = text.slice(src.start, src.start + 1 + src.name.length);
    // A removed attribute takes its segment with it; the next one kept stands where it stood (its blanks).
    let gap: string | undefined;
    for (const at of src.attrs) {
      const value = now.get(at.name);
      const nameAt = at.start + (text.slice(at.start, at.valueStart).length - text.slice(at.start, at.valueStart).trimStart().length);
      if (value === undefined) {
        gap ??= text.slice(at.start, nameAt);
        continue;
      }
      const lead = gap ?? text.slice(at.start, nameAt);
      gap = undefined;
      if (value === read.get(at.name)) out += lead + text.slice(nameAt, at.valueEnd + 1);
      else out += lead + text.slice(nameAt, at.valueStart) + escapeAttr(value, at.quote) + at.quote;
    }
    const q = style.quote;
    const written = new Set(src.attrs.map((a) => a.name));
    for (const a of el.attrs) {
      if (written.has(a.name) || (el.id === ROOT_ID && a.name === 'xmlns')) continue;
      out += ` ${a.name}=${q}${escapeAttr(a.value, q)}${q}`;
    }
    return out + closer;
  }
}

/** Whether an element's attributes are those read (both lists are in the model's order). */
function sameAttrs(attrs: readonly Attr[], ix: IndexedElement): boolean {
  const read = ix.base.attrs;
  if (attrs === read) return true;
  return attrs.length === read.length && attrs.every((a, i) => a.name === read[i].name && a.value === read[i].value);
}

/** A leaf's children: its inner content, kept nodes only (element-tree.ts). */
function innerOf(el: { readonly children: readonly Child[] }): readonly Trivia[] {
  return el.children as readonly Trivia[];
}

function findNode(list: readonly IndexedNode[], t: Trivia, from: number): number {
  for (let i = from; i < list.length; i++) if (list[i].node === t || sameTrivia([list[i].node], [t])) return i;
  return -1;
}

