// The text of an opened answer file as a tree of spans: every element with the offsets of its start tag, its
// attributes (each with the white space before it, its quote and its raw value) and its end tag, and every other
// node (text, comment, PI, CDATA, declaration) as a span. An element's children are read when first asked for. The layout-preserving writer (layout-write.ts) copies these
// spans for whatever the user did not change. Runs only on text the parser (parse.ts) accepted as well-formed, so
// it trusts the syntax; anything it does not expect makes `sourceTree` return undefined (the caller then writes the
// document in the house style instead: never wrong, only less faithful).

export interface SourceAttr {
  readonly name: string;
  /** Offset of the white space before the name. */
  readonly start: number;
  /** Offset of the first character of the value (after the opening quote). */
  readonly valueStart: number;
  /** Offset of the closing quote. */
  readonly valueEnd: number;
  readonly quote: '"' | "'";
}

export interface SourceElement {
  readonly kind: 'element';
  /** The name as written (a prefix included). */
  readonly name: string;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly tagEnd: number;
  /** Offset of the white space (if any) before `>` or `/>`: where an attribute added last goes. */
  readonly attrsEnd: number;
  readonly selfClosing: boolean;
  readonly attrs: readonly SourceAttr[];
  readonly children: readonly SourceNode[];
  /** Offset of the end tag's `</` (tagEnd when self-closing). */
  readonly endStart: number;
  /** Offset just after the element. */
  readonly end: number;
}

export interface SourceSpan {
  readonly kind: 'text' | 'comment' | 'pi' | 'cdata' | 'declaration' | 'doctype';
  readonly start: number;
  readonly end: number;
}

export type SourceNode = SourceElement | SourceSpan;

export interface SourceTree {
  /** The nodes at document level in order: declaration, white space, comments, PIs, the root element. */
  readonly nodes: readonly SourceNode[];
  readonly root: SourceElement;
  /** 1 when the text starts with a byte-order mark (U+FEFF), else 0: where the document starts. */
  readonly offset: number;
}

class Malformed extends Error {}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The span tree of `text`, or undefined when it is not the well-formed XML it should be. */
export function sourceTree(text: string): SourceTree | undefined {
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e instanceof Malformed) return undefined;
    throw e;
  }
}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  document(): SourceTree {
    const offset = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.at = offset;
    const nodes: SourceNode[] = [];
    let root: SourceElement | undefined;
    while (this.at < this.text.length) {
      const node = this.node(root === undefined);
      if (node.kind === 'element') {
        if (root) throw new Malformed();
        root = node;
      }
      nodes.push(node);
    }
    if (!root) throw new Malformed();
    return { nodes, root, offset };
  }

  /** One node starting at `at`. */
  private node(declarationAllowed: boolean): SourceNode {
    const { text } = this;
    const start = this.at;
    if (text.charCodeAt(start) !== 0x3c /* < */) {
      const next = text.indexOf('<', start);
      this.at = next < 0 ? text.length : next;
      return { kind: 'text', start, end: this.at };
    }
    if (text.startsWith('<!--', start)) return this.span('comment', start, 4, '-->');
    if (text.startsWith('<![CDATA[', start)) return this.span('cdata', start, 9, ']]>');
    if (text.startsWith('<?', start)) {
      const isDecl = declarationAllowed && start <= 1 && /^<\?xml[ \t\r\n?]/.test(text.slice(start, start + 6));
      return this.span(isDecl ? 'declaration' : 'pi', start, 2, '?>');
    }
    if (text.startsWith('<!DOCTYPE', start)) return this.span('doctype', start, 9, '>');
    if (text.charCodeAt(start + 1) === 0x2f /* / */) throw new Malformed();
    return this.element();
  }

  /** A node from `start` (its opener `open` characters long) to the end of the first `close` after the opener. */
  private span(kind: SourceSpan['kind'], start: number, open: number, close: string): SourceSpan {
    const end = this.text.indexOf(close, start + open);
    if (end < 0) throw new Malformed();
    this.at = end + close.length;
    return { kind, start, end: this.at };
  }

  private element(): SourceElement {
    const { text } = this;
    const start = this.at;
    let i = start + 1;
    const nameStart = i;
    while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '>' && text[i] !== '/') i++;
    const name = text.slice(nameStart, i);
    if (name === '') throw new Malformed();
    const attrs: SourceAttr[] = [];
    let attrsEnd: number;
    for (;;) {
      const wsStart = i;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) throw new Malformed();
      if (text[i] === '>' || text[i] === '/') {
        attrsEnd = wsStart;
        break;
      }
      const an = i;
      while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '=') i++;
      const attrName = text.slice(an, i);
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== '=') throw new Malformed();
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") throw new Malformed();
      const close = text.indexOf(quote, i + 1);
      if (close < 0) throw new Malformed();
      attrs.push({ name: attrName, start: wsStart, valueStart: i + 1, valueEnd: close, quote });
      i = close + 1;
    }
    if (text[i] === '/') {
      if (text[i + 1] !== '>') throw new Malformed();
      this.at = i + 2;
      return { kind: 'element', name, start, tagEnd: this.at, attrsEnd, selfClosing: true, attrs, children: [], endStart: this.at, end: this.at };
    }
    const tagEnd = i + 1;
    const endStart = this.skipContent(tagEnd);
    const close = text.indexOf('>', endStart);
    if (close < 0 || text.slice(endStart + 2, close).trimEnd() !== name) throw new Malformed();
    this.at = close + 1;
    // The children are read when first asked for (an element that was not edited is copied without them).
    let children: SourceNode[] | undefined;
    return {
      kind: 'element',
      name,
      start,
      tagEnd,
      attrsEnd,
      selfClosing: false,
      attrs,
      get children() {
        children ??= readChildren(text, tagEnd, endStart);
        return children;
      },
      endStart,
      end: this.at,
    };
  }

  /** The nodes from `from` up to `to` (an element's content). */
  children(from: number, to: number): SourceNode[] {
    this.at = from;
    const out: SourceNode[] = [];
    while (this.at < to) out.push(this.node(false));
    if (this.at !== to) throw new Malformed();
    return out;
  }

  /**
   * Where the end tag of the element whose content starts at `from` starts: a scan that only counts start and end
   * tags (skipping comments, CDATA, PIs and quoted attribute values), far cheaper than reading every node.
   */
  private skipContent(from: number): number {
    const { text } = this;
    let depth = 1;
    let i = from;
    for (;;) {
      i = text.indexOf('<', i);
      if (i < 0) throw new Malformed();
      const c = text.charCodeAt(i + 1);
      if (c === 0x21 /* ! */) {
        if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4);
        else if (text.startsWith('<![CDATA[', i)) i = after(text, ']]>', i + 9);
        else throw new Malformed();
      } else if (c === 0x3f /* ? */) i = after(text, '?>', i + 2);
      else if (c === 0x2f /* / */) {
        if (--depth === 0) return i;
        i = after(text, '>', i + 2);
      } else {
        // A start tag: to its `>`, past quoted values (which may hold `>`); `/>` closes it at once.
        let j = i + 1;
        let quote = 0;
        for (; j < text.length; j++) {
          const d = text.charCodeAt(j);
          if (quote !== 0) {
            if (d === quote) quote = 0;
          } else if (d === 0x22 || d === 0x27) quote = d;
          else if (d === 0x3e /* > */) break;
        }
        if (j >= text.length) throw new Malformed();
        if (text.charCodeAt(j - 1) !== 0x2f /* / */) depth++;
        i = j + 1;
      }
    }
  }
}

/** The position just after the first `close` at or after `from`. */
function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  if (at < 0) throw new Malformed();
  return at + close.length;
}

/** The nodes of an element's content, or none when they cannot be read (never for text the parser accepted). */
function readChildren(text: string, from: number, to: number): SourceNode[] {
  try {
    return new Reader(text).children(from, to);
  } catch (e) {
    if (e instanceof Malformed) return [];
    throw e;
  }
}
