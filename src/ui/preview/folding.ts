// Folding in the XML view, hand-written over @codemirror/view and @codemirror/state (@codemirror/language, whose
// foldGutter/foldService would do this, is not a dependency). A gutter marks the lines where an element or a
// comment starts that does not end on the same line (a cheap test of the line's text, for the lines in view only);
// a click on the marker folds the element's content (from the end of its start tag to its end tag), found in the
// text's span tree (xml/layout/source-tree.ts) only then. Folded ranges are replaced by a "…" that unfolds on click.

import { StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, WidgetType, gutter, type DecorationSet } from '@codemirror/view';
import type { SourceNode, SourceTree } from '../../xml/layout/source-tree.ts';
import type { TextRange } from '../../xml/text-map.ts';

export const foldEffect = StateEffect.define<TextRange>();
export const unfoldEffect = StateEffect.define<TextRange>();

class FoldWidget extends WidgetType {
  eq(): boolean {
    return true;
  }
  toDOM(view: EditorView): HTMLElement {
    const el = document.createElement('span');
    el.className = 'cm-foldPlaceholder';
    el.textContent = '…';
    el.title = 'Unfold';
    el.setAttribute('aria-label', 'folded content: click to unfold');
    el.onclick = (e) => {
      const pos = view.posAtDOM(el);
      const found = foldedAt(view.state, pos, pos);
      if (found) view.dispatch({ effects: unfoldEffect.of(found) });
      e.preventDefault();
    };
    return el;
  }
  ignoreEvent(): boolean {
    return false;
  }
}

const FOLD = Decoration.replace({ widget: new FoldWidget() });

export const foldField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(folds, tr) {
    let next = folds.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(foldEffect) && e.value.to <= tr.newDoc.length) next = next.update({ add: [FOLD.range(e.value.from, e.value.to)], sort: true });
      else if (e.is(unfoldEffect)) next = next.update({ filter: (from, to) => from !== e.value.from || to !== e.value.to });
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The fold that starts between `from` and `to`, if any. */
function foldedAt(state: EditorState, from: number, to: number): TextRange | undefined {
  let found: TextRange | undefined;
  state.field(foldField).between(from, to, (a, b) => {
    if (a >= from && a <= to) {
      found = { from: a, to: b };
      return false;
    }
    return undefined;
  });
  return found;
}

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
    el.className = this.folded ? 'cm-fold-marker cm-folded' : 'cm-fold-marker';
    return el;
  }
}
const OPEN = new Marker(false);
const CLOSED = new Marker(true);

/** Folds or unfolds what starts on the line at `pos`; true when there was something to fold. */
export function toggleFold(view: EditorView, pos: number, treeOf: (view: EditorView) => SourceTree | undefined): boolean {
  const line = view.state.doc.lineAt(pos);
  const folded = foldedAt(view.state, line.from, line.to);
  if (folded) {
    view.dispatch({ effects: unfoldEffect.of(folded) });
    return true;
  }
  const tree = treeOf(view);
  const node = tree && nodeStartingIn(tree, line.from, line.to);
  const range = node && foldRange(node);
  const doc = view.state.doc;
  // Only what spans lines: folding part of a line hides nothing worth a marker.
  if (!range || range.to > doc.length || doc.lineAt(range.from).number === doc.lineAt(range.to).number) return false;
  view.dispatch({ effects: foldEffect.of(range) });
  return true;
}

const theme = EditorView.baseTheme({
  '.cm-fold-gutter .cm-gutterElement': { cursor: 'pointer', padding: '0 4px', color: '#888' },
  '.cm-foldPlaceholder': { padding: '0 4px', margin: '0 2px', border: '1px solid #bbb', borderRadius: '3px', background: '#eee', color: '#555', cursor: 'pointer' },
});

/** The fold gutter and the folded ranges; `treeOf` gives the text's span tree when a fold is asked for. */
export function folding(treeOf: (view: EditorView) => SourceTree | undefined): Extension {
  return [
    foldField,
    theme,
    gutter({
      class: 'cm-fold-gutter',
      lineMarker(view, line) {
        if (foldedAt(view.state, line.from, line.to)) return CLOSED;
        return foldableLine(view.state.doc.sliceString(line.from, Math.min(line.to, line.from + 400))) ? OPEN : null;
      },
      lineMarkerChange: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(foldEffect) || e.is(unfoldEffect))),
      initialSpacer: () => OPEN,
      domEventHandlers: {
        mousedown(view, line, e) {
          e.preventDefault();
          return toggleFold(view, line.from, treeOf);
        },
      },
    }),
  ];
}
