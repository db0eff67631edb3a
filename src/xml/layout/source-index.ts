// Ties the opened file's text to its model: which span of the text each element and each kept node (comment,
// text, unknown element...) was read from, found by walking the model parsed from that text (same order, same
// keys) beside its span tree. The writer (layout-write.ts) looks elements up here by id and copies what did not
// change. The walk goes one level at a time, when the writer first needs an element's children (an element that
// was not edited is copied whole, without looking inside): opening a large file costs one pass over its text and a
// walk of the root's children, and an edit adds the walk of the path to it. A container whose children do not line
// up (which a parse of the same text never gives) is not indexed: it is then written in the file's detected style.

import type { Attr, Trivia } from '../../model/types.ts';
import type { Child, Element } from './element-tree.ts';
import { ROOT_ID } from './element-tree.ts';
import type { SourceAttr, SourceElement, SourceNode, SourceTree } from './source-tree.ts';
import { detectStyle, type Style } from './style.ts';

export interface IndexedElement {
  readonly src: SourceElement;
  /** The id of the element it stood in (DOCUMENT_ID for the root). */
  readonly parentId: string;
  /** The text between the node before it (or its parent's start tag) and its start: white space, as a rule. */
  readonly lead: string;
  /** The element as read (its model entity, attributes and children), to tell what changed. */
  readonly base: Element;
}

/** A kept node as read: the node, the text before it, its span. */
export interface IndexedNode {
  readonly node: Trivia;
  readonly lead: string;
  readonly start: number;
  readonly end: number;
}

export const DOCUMENT_ID = '#document';

const XML_WS = /^[ \t\r\n]*$/;
const isWs = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** A node of a container as the model sees it: its span and the text before it. */
interface Entry {
  readonly node: SourceNode;
  readonly start: number;
  readonly end: number;
  readonly lead: string;
}

export class SourceIndex {
  private readonly elements = new Map<string, IndexedElement>();
  private readonly slots = new Map<string, IndexedNode[]>();
  /** The text before each container's end tag, once its children are indexed; null when they do not line up. */
  private readonly tails = new Map<string, string | null>();
  readonly style: Style;
  /** The end of the XML declaration (or of the byte-order mark, or 0): the text before it is written as it is. */
  readonly headEnd: number;
  /** Whether the document level and the root's children lined up. */
  readonly usable: boolean;

  constructor(
    readonly text: string,
    tree: SourceTree,
    root: Element,
    prolog: readonly Trivia[],
    epilog: readonly Trivia[],
  ) {
    const decl = tree.nodes.find((n) => n.kind === 'declaration');
    this.headEnd = decl ? decl.end : tree.offset;
    const docLevel = tree.nodes.filter((n) => n.kind !== 'declaration');
    const tail = this.zip(DOCUMENT_ID, docLevel, [...prolog, root, ...epilog], this.headEnd, text.length);
    this.tails.set(DOCUMENT_ID, tail ?? null);
    // The root's children are indexed now: a text whose parts do not line up is not used at all.
    const read = this.elements.get(ROOT_ID);
    this.usable = tail !== undefined && read !== undefined && this.tailOf(read) !== undefined;
    this.style = detectStyle(text, tree);
  }

  /** The element read with this id, if any. */
  element(id: string): IndexedElement | undefined {
    return this.elements.get(id);
  }

  /** The kept nodes read in a slot: `before:<id>` (before element <id>), `end:<id>` (after its last child). */
  slot(name: string): readonly IndexedNode[] | undefined {
    return this.slots.get(name);
  }

  /**
   * The text between the last child of `ix` and its end tag, indexing its children first (once); undefined when its
   * children do not line up with the model's (it is then written anew). A leaf has none to index ('').
   */
  tailOf(ix: IndexedElement): string | undefined {
    const { base, src } = ix;
    if (base.leaf) return '';
    let tail = this.tails.get(base.id);
    if (tail === undefined) {
      tail = this.zip(base.id, src.children, base.children, src.tagEnd, src.endStart) ?? null;
      this.tails.set(base.id, tail);
    }
    return tail ?? undefined;
  }

  /** The text after the last node of the document (its final line break, as a rule). */
  get tail(): string {
    return this.tails.get(DOCUMENT_ID) ?? '';
  }

  /**
   * Indexes every level (what a download checks before keeping its text as the next layout): whether the whole
   * text lines up with the model.
   */
  indexAll(): boolean {
    if (!this.usable) return false;
    const walk = (id: string): boolean => {
      const ix = this.elements.get(id);
      if (!ix || this.tailOf(ix) === undefined) return false;
      return ix.base.leaf || ix.base.children.every((c) => c.kind !== 'known' || walk(c.id));
    };
    return walk(ROOT_ID);
  }

  /**
   * Pairs the source nodes of a container (from `from` to `to`) with the model's children, one level; returns the
   * tail (the text after the last node) or undefined when they do not line up. White-space-only text and empty
   * CDATA are not in the model, and text is kept trimmed: they stay in the text before the next node (or the tail).
   */
  private zip(id: string, nodes: readonly SourceNode[], expected: readonly Child[], from: number, to: number): string | undefined {
    const entries = this.entries(nodes, from);
    if (!entries || entries.list.length !== expected.length) return undefined;
    const found: IndexedElement[] = [];
    const slots: [string, IndexedNode[]][] = [];
    let before: IndexedNode[] = [];
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i];
      const got = entries.list[i];
      if (want.kind === 'known') {
        const src = got.node;
        if (src.kind !== 'element' || localName(src.name) !== want.name) return undefined;
        // `xmlns` on the root is the house style's own; a file may declare the namespace with a prefix instead.
        if (!sameNames(want.attrs, src.attrs, want.id === ROOT_ID)) return undefined;
        found.push({ src, parentId: id, lead: got.lead, base: want });
        if (before.length > 0) slots.push([`before:${want.id}`, before]);
        before = [];
        continue;
      }
      if (!sameKind(want, got.node)) return undefined;
      before.push({ node: want, lead: got.lead, start: got.start, end: got.end });
    }
    if (before.length > 0) slots.push([`end:${id}`, before]);
    for (const ix of found) this.elements.set(ix.base.id, ix);
    for (const [name, list] of slots) this.slots.set(name, list);
    return this.text.slice(entries.last, to);
  }

  private entries(nodes: readonly SourceNode[], from: number): { list: Entry[]; last: number } | undefined {
    const { text } = this;
    const list: Entry[] = [];
    let last = from;
    for (const node of nodes) {
      if (node.kind === 'text') {
        const raw = text.slice(node.start, node.end);
        if (XML_WS.test(raw)) continue;
        let a = node.start;
        let b = node.end;
        while (isWs(text[a])) a++;
        while (isWs(text[b - 1])) b--;
        list.push({ node, start: a, end: b, lead: text.slice(last, a) });
        last = b;
        continue;
      }
      // An empty CDATA section is not kept between elements: it stays in the text around the next node.
      if (node.kind === 'cdata' && node.end - node.start === '<![CDATA[]]>'.length) continue;
      if (node.kind === 'declaration' || node.kind === 'doctype') return undefined;
      list.push({ node, start: node.start, end: node.end, lead: text.slice(last, node.start) });
      last = node.end;
    }
    return { list, last };
  }
}

/** Whether the attributes read are those of the model (each once), `xmlns` on the root aside. */
function sameNames(model: readonly Attr[], read: readonly SourceAttr[], root: boolean): boolean {
  let n = 0;
  for (const a of model) {
    let count = 0;
    for (const r of read) if (r.name === a.name) count++;
    if (count === 1) n++;
    else if (count > 1 || !(root && a.name === 'xmlns')) return false;
  }
  return n === read.length;
}

function sameKind(t: Trivia, node: SourceNode): boolean {
  return t.kind === node.kind || (t.kind === 'element' && node.kind === 'element');
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The white space between the start of the line holding `at` and `at` ('' when something else stands there). */
export function indentOf(text: string, at: number): string {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') return '';
  return text.slice(i, at);
}
