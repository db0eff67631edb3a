// Rewrites a well-formed answer file in another layout, as people write them by hand: its own indentation step,
// line breaks (LF or CRLF), attribute quotes and order, spaces around `=`, blank lines, trailing blanks and
// `/>` or ` />`. The content is untouched: what a parser reads is the same (leaf content, text and unknown
// elements are copied as written). For the layout-preserving writer's property tests.

import fc from 'fast-check';
import { sourceTree, type SourceElement, type SourceNode } from '../../src/xml/layout/source-tree.ts';

export interface LayoutChoice {
  readonly unit: string;
  readonly newline: '\n' | '\r\n';
  readonly quote: '"' | "'";
  readonly spaceAroundEquals: boolean;
  readonly selfClose: '/>' | ' />';
  readonly trailing: string;
  /** Seed for attribute order and blank lines. */
  readonly seed: number;
}

/** Any layout choice. */
export const arbLayoutChoice: fc.Arbitrary<LayoutChoice> = fc.record({
  unit: fc.constantFrom('  ', '    ', '\t', ' '),
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  quote: fc.constantFrom('"' as const, "'" as const),
  spaceAroundEquals: fc.boolean(),
  selfClose: fc.constantFrom('/>' as const, ' />' as const),
  trailing: fc.constantFrom('', ' ', '  '),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

const WS_ONLY = /^[ \t\r\n]*$/;

export function randomLayout(text: string, c: LayoutChoice): string {
  const tree = sourceTree(text);
  if (!tree) throw new Error('not well-formed');
  let seed = c.seed >>> 0 || 1;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const nl = c.trailing + c.newline;
  const attrs = (el: SourceElement): string => {
    const list = el.attrs.map((a) => ({ name: a.name, raw: text.slice(a.valueStart, a.valueEnd), quote: a.quote }));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    const eq = c.spaceAroundEquals ? ' = ' : '=';
    return list.map((a) => {
      const q = a.raw.includes(c.quote) ? a.quote : c.quote;
      return ` ${a.name}${eq}${q}${a.raw}${q}`;
    }).join('');
  };
  const isLeafLike = (el: SourceElement) => el.children.some((n) => n.kind === 'text' && !WS_ONLY.test(text.slice(n.start, n.end))) || el.children.some((n) => n.kind === 'cdata');
  const write = (node: SourceNode, depth: number, raw: boolean): string => {
    if (node.kind !== 'element') return text.slice(node.start, node.end);
    const el = node;
    const start = `<${el.name}${attrs(el)}`;
    if (el.selfClosing) return start + c.selfClose;
    // Content of leaves, unknown elements and anything holding text is copied as written.
    const known = /^(ImageCustomizations|Imports|Targets|Target|TargetState|Static|Variant|TargetRefs|Settings|Applications|DataAssets)$/.test(el.name.replace(/^.*:/, ''));
    if (raw || !known || isLeafLike(el)) return start + '>' + text.slice(el.tagEnd, el.endStart) + `</${el.name}>`;
    let out = start + '>';
    for (const child of el.children) {
      if (child.kind === 'text' && WS_ONLY.test(text.slice(child.start, child.end))) continue;
      if (rand() < 0.15) out += nl;
      out += nl + c.unit.repeat(depth + 1) + write(child, depth + 1, false);
    }
    return out + nl + c.unit.repeat(depth) + `</${el.name}>`;
  };
  let out = text.slice(0, tree.offset);
  let first = true;
  for (const node of tree.nodes) {
    if (node.kind === 'text') continue;
    out += (first ? '' : nl) + write(node, 0, false);
    first = false;
  }
  return out + nl;
}
