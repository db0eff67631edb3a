// Ties the opened file's text to its model: which span of the text each element and each kept node (comment,
// text, unknown element...) was read from, found by walking the model parsed from that text (same order, same
// keys) beside its span tree. The writer (layout-write.ts) looks elements up here by id and copies what did not
// change. A container whose children do not line up (which a parse of the same text never gives) is simply not
// indexed: it and what it holds are then written in the file's detected style.

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
  /** Its attributes as read, by name: the value the model holds and where it is written. */
  readonly attrs: ReadonlyMap<string, { readonly value: string; readonly at: SourceAttr }>;
  /** The model's children as read (a leaf's inner content), to tell whether they changed. */
  readonly children: readonly Child[];
  /** The text between the last child and the end tag. */
  readonly tail: string;
  /** The white space that starts its line (its indentation). */
  readonly indent: string;
}

/** A kept node as read: the node, the text before it, its span. */
export interface IndexedNode {
  readonly node: Trivia;
  readonly lead: string;
  readonly start: number;
  readonly end: number;
}

export interface SourceIndex {
  readonly text: string;
  readonly elements: ReadonlyMap<string, IndexedElement>;
  /** Kept nodes by slot: `before:<id>` (the nodes before element <id>), `end:<id>` (after its last child). */
  readonly slots: ReadonlyMap<string, readonly IndexedNode[]>;
  readonly style: Style;
  /** The end of the XML declaration (or of the byte-order mark, or 0): the text before it is written as it is. */
  readonly headEnd: number;
  /** The text after the last node of the document (its final line break, as a rule). */
  readonly tail: string;
}

export const DOCUMENT_ID = '#document';

/** The index of `tree` (the span tree of `text`) read as `root` and its document-level nodes; undefined if they do not line up. */
export function indexSource(text: string, tree: SourceTree, root: Element, prolog: readonly Trivia[], epilog: readonly Trivia[]): SourceIndex | undefined {
  const elements = new Map<string, IndexedElement>();
  const slots = new Map<string, IndexedNode[]>();
  const nodes = tree.nodes;
  const decl = nodes.find((n) => n.kind === 'declaration');
  const headEnd = decl ? decl.end : tree.offset;
  const docLevel = nodes.filter((n) => n.kind !== 'declaration');
  const expected: Child[] = [...prolog, root, ...epilog];
  const zipper = new Zipper(text, elements, slots);
  const tail = zipper.zip(DOCUMENT_ID, docLevel, expected, headEnd, text.length);
  if (tail === undefined || !elements.has(ROOT_ID)) return undefined;
  return { text, elements, slots, style: detectStyle(text, tree), headEnd, tail };
}

const XML_WS = /^[ \t\r\n]*$/;
const isWs = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** A node of a container as the model sees it: its span and the text before it. */
interface Entry {
  readonly node: SourceNode;
  readonly start: number;
  readonly end: number;
  readonly lead: string;
}

class Zipper {
  constructor(
    private readonly text: string,
    private readonly elements: Map<string, IndexedElement>,
    private readonly slots: Map<string, IndexedNode[]>,
  ) {}

  /**
   * Pairs the source nodes of a container (from `from` to `to`) with the model's children; returns the tail (the text
   * after the last node) or undefined when they do not line up. White-space-only text and empty CDATA are not in
   * the model, and text is kept trimmed: they stay in the text before the next node (or in the tail).
   */
  zip(id: string, nodes: readonly SourceNode[], expected: readonly Child[], from: number, to: number): string | undefined {
    const entries = this.entries(nodes, from);
    if (!entries || entries.list.length !== expected.length) return undefined;
    let before: IndexedNode[] = [];
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i];
      const got = entries.list[i];
      if (want.kind === 'known') {
        if (got.node.kind !== 'element' || localName(got.node.name) !== want.name) return undefined;
        if (!this.element(want, got.node, id, got.lead)) return undefined;
        if (before.length > 0) this.slots.set(`before:${want.id}`, before);
        before = [];
        continue;
      }
      if (!sameKind(want, got.node)) return undefined;
      before.push({ node: want, lead: got.lead, start: got.start, end: got.end });
    }
    if (before.length > 0) this.slots.set(`end:${id}`, before);
    return this.text.slice(entries.last, to);
  }

  private element(el: Element, src: SourceElement, parentId: string, lead: string): boolean {
    const attrs = new Map<string, { value: string; at: SourceAttr }>();
    const values = new Map<string, string>();
    for (const a of el.attrs) values.set(a.name, a.value);
    for (const at of src.attrs) {
      const value = values.get(at.name);
      if (value === undefined || attrs.has(at.name)) return false;
      attrs.set(at.name, { value, at });
    }
    // `xmlns` on the root is the house style's own; a file may declare the namespace with a prefix instead.
    if (!sameNames(el.attrs, attrs, el.id === ROOT_ID)) return false;
    // A leaf's content is compared whole and written whole.
    let tail = '';
    if (!el.leaf) {
      const t = this.zip(el.id, src.children, el.children, src.tagEnd, src.endStart);
      if (t === undefined) return false;
      tail = t;
    }
    this.elements.set(el.id, { src, parentId, lead, attrs, children: el.children, tail, indent: indentOf(this.text, src.start) });
    return true;
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

function sameNames(model: readonly Attr[], read: ReadonlyMap<string, unknown>, root: boolean): boolean {
  let n = 0;
  for (const a of model) {
    if (read.has(a.name)) n++;
    else if (!(root && a.name === 'xmlns')) return false;
  }
  return n === read.size;
}

function sameKind(t: Trivia, node: SourceNode): boolean {
  return t.kind === node.kind || (t.kind === 'element' && node.kind === 'element');
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The white space between the start of the line holding `at` and `at` ('' when something else stands there). */
function indentOf(text: string, at: number): string {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') return '';
  return text.slice(i, at);
}
