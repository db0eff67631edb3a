// The style an opened file is written in, read from the file itself, so that what CAF Studio adds to it looks
// like the rest: its line break, its indentation step, its attribute quote and how it closes an empty element.
// A file with no clear habit gets the house style's (serialize-join.ts): LF, two spaces, double quotes, ` />`.

import type { SourceElement, SourceNode, SourceTree } from './source-tree.ts';

export interface Style {
  readonly newline: '\n' | '\r\n';
  /** One level of indentation. */
  readonly unit: string;
  readonly quote: '"' | "'";
  /** `' />'` or `'/>'`. */
  readonly selfClose: string;
}

/** How many elements the habits are read from. */
const STYLE_SAMPLE = 2000;

export const HOUSE_STYLE: Style = { newline: '\n', unit: '  ', quote: '"', selfClose: ' />' };

/** The most frequent key of `counts`, or `fallback` when it is empty. */
function most<K>(counts: Map<K, number>, fallback: K): K {
  let best = fallback;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

function bump<K>(counts: Map<K, number>, k: K): void {
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

export function detectStyle(text: string, tree: SourceTree): Style {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\r') crlf++;
    else lf++;
  }
  const quotes = new Map<'"' | "'", number>();
  const closes = new Map<string, number>();
  const units = new Map<string, number>();
  // The habits are read from the first elements (reading every element's children would cost a large file's
  // whole reading; its first parts show its habits as well).
  let budget = STYLE_SAMPLE;
  const walk = (el: SourceElement, indent: string | undefined) => {
    if (budget-- <= 0) return;
    for (const a of el.attrs) bump(quotes, a.quote);
    if (el.selfClosing) bump(closes, el.attrsEnd < el.tagEnd - 2 ? ' />' : '/>');
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      const own = lineIndent(text, child);
      if (indent !== undefined && own !== undefined && own.length > indent.length && own.startsWith(indent)) bump(units, own.slice(indent.length));
      walk(child, own);
    }
  };
  walk(tree.root, lineIndent(text, tree.root));
  return {
    newline: crlf > lf ? '\r\n' : '\n',
    unit: most(units, HOUSE_STYLE.unit),
    quote: most(quotes, HOUSE_STYLE.quote),
    selfClose: most(closes, HOUSE_STYLE.selfClose),
  };
}

/** The white space before `node` on its line, or undefined when it does not start its line. */
function lineIndent(text: string, node: SourceNode): string | undefined {
  let i = node.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') return undefined;
  return text.slice(i, node.start);
}
