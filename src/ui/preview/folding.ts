// Folding in the XML view: @codemirror/language's folded ranges, "…" placeholder (a click unfolds) and keys
// (Ctrl+Shift+[ folds the element at the cursor, Ctrl+Shift+] unfolds it, Ctrl+Alt+[ folds every child of the
// root, Ctrl+Alt+] unfolds all), with a gutter of our own. What a line folds is worked out here, as the view has no
// XML grammar: the element or comment starting on it, found in the text's span tree (`treeOf`: the text map's,
// built for the text on first need), whose content folding hides (from the end of its start tag to its end tag).
// The library's fold gutter asks that of every line in view on every change, which would build the tree of the
// whole text on each keystroke (~200 ms at 2 MB); this gutter marks a line from its own text alone and works out
// the range only when the marker is clicked.

import type { EditorState, Extension, Line } from '@codemirror/state';
import { EditorView, GutterMarker, gutter, keymap } from '@codemirror/view';
import { codeFolding, foldable, foldedRanges, foldEffect, foldKeymap, foldService, unfoldEffect } from '@codemirror/language';
import type { SourceNode, SourceTree } from '../../xml/layout/source-tree.ts';
import type { TextRange } from '../../xml/text-map.ts';

const ELEMENT_START = /^\s*<[A-Za-z_]/;
/** Whether a line starts an element or comment that continues on the next lines (a guess from its text alone). */
export function foldableLine(text: string): boolean {
  if (/^\s*<!--/.test(text)) return !text.includes('-->');
  return ELEMENT_START.test(text) && !/\/>\s*$/.test(text) && !text.includes('</');
}

/** The node (element or comment) of `tree` that starts between `from` and `to`. */
function nodeStartingIn(tree: SourceTree, from: number, to: number): SourceNode | undefined {
  let list: readonly SourceNode[] = tree.nodes;
  for (;;) {
    let inside: SourceNode | undefined;
    for (const n of list) {
      if (n.start >= from && n.start <= to && (n.kind === 'element' || n.kind === 'comment')) return n;
      if (n.start < from && n.end > from) inside = n;
      if (n.start > to) break;
    }
    if (!inside || inside.kind !== 'element') return undefined;
    list = inside.children;
  }
}

/** What folding the node hides: an element's content (or a multi-line start tag's attributes), a comment's text. */
export function foldRange(node: SourceNode): TextRange | undefined {
  let r: TextRange;
  if (node.kind === 'comment') r = { from: node.start + 4, to: node.end - 3 };
  else if (node.kind !== 'element') return undefined;
  else if (node.selfClosing) r = { from: node.start + 1 + node.name.length, to: node.tagEnd - 2 };
  else r = { from: node.tagEnd, to: node.endStart };
  return r.to > r.from ? r : undefined;
}

/** What folding the line from `from` to `to` hides, or null: only what spans lines is worth a marker. */
export function foldAt(tree: SourceTree | undefined, state: EditorState, from: number, to: number): TextRange | null {
  const doc = state.doc;
  if (!tree || !foldableLine(doc.sliceString(from, Math.min(to, from + 400)))) return null;
  const node = nodeStartingIn(tree, from, to);
  // Not the root element: folding it hides the whole document, and "fold all" then folds its children instead.
  if (!node || (node.kind === 'element' && tree.nodes.includes(node))) return null;
  const range = foldRange(node);
  if (!range || range.to > doc.length || doc.lineAt(range.from).number === doc.lineAt(range.to).number) return null;
  return range;
}

class Marker extends GutterMarker {
  constructor(readonly folded: boolean) {
    super();
  }
  eq(other: Marker): boolean {
    return other.folded === this.folded;
  }
  toDOM(): Node {
    const el = document.createElement('span');
    el.textContent = this.folded ? '▸' : '▾';
    el.title = this.folded ? 'Unfold' : 'Fold';
    return el;
  }
}
const OPEN = new Marker(false);
const CLOSED = new Marker(true);

/** The folded range that starts on `line`, if any. */
function foldedOn(state: EditorState, line: Line | { from: number; to: number }): TextRange | undefined {
  let found: TextRange | undefined;
  foldedRanges(state).between(line.from, line.to, (from, to) => {
    if (from < line.from || from > line.to) return undefined;
    found = { from, to };
    return false;
  });
  return found;
}

const theme = EditorView.baseTheme({
  '.cm-foldGutter .cm-gutterElement': { cursor: 'pointer', padding: '0 4px', color: '#888' },
  '.cm-foldPlaceholder': { padding: '0 4px', margin: '0 2px', border: '1px solid #bbb', borderRadius: '3px', background: '#eee', color: '#555', cursor: 'pointer' },
});

/** The fold gutter, the folded ranges and the fold keys; `treeOf` gives the text's span tree. */
export function folding(treeOf: (state: EditorState) => SourceTree | undefined): Extension {
  return [
    foldService.of((state, from, to) => foldAt(treeOf(state), state, from, to)),
    codeFolding({ placeholderText: '…' }),
    gutter({
      class: 'cm-foldGutter',
      lineMarker(view, line) {
        if (foldedOn(view.state, line)) return CLOSED;
        return foldableLine(view.state.doc.sliceString(line.from, Math.min(line.to, line.from + 400))) ? OPEN : null;
      },
      lineMarkerChange: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(foldEffect) || e.is(unfoldEffect))),
      initialSpacer: () => OPEN,
      domEventHandlers: {
        mousedown(view, line, e) {
          e.preventDefault();
          const folded = foldedOn(view.state, line);
          const range = folded ?? foldable(view.state, line.from, line.to);
          if (!range) return false;
          view.dispatch({ effects: (folded ? unfoldEffect : foldEffect).of(range) });
          return true;
        },
      },
    }),
    keymap.of(foldKeymap),
    theme,
  ];
}
