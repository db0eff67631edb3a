// Syntax colors for the read-only preview, for the lines in view only (xml-tokens.ts). @codemirror/lang-xml parses
// the document incrementally on every change, up to the end of the view: on a 1000-variant document that parse
// and its highlighter were 2 ms of each keystroke's 3.5 ms in the code view. The preview is generated XML, read
// and never edited, so it needs colors, not a syntax tree; the colors match CodeMirror's default highlight style.

import { RangeSetBuilder, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { LineStates, lexLine, type TokenKind } from './xml-tokens.ts';

const MARKS: Record<TokenKind, Decoration> = {
  tag: Decoration.mark({ class: 'cx-tag' }),
  value: Decoration.mark({ class: 'cx-value' }),
  comment: Decoration.mark({ class: 'cx-comment' }),
  pi: Decoration.mark({ class: 'cx-pi' }),
  cdata: Decoration.mark({ class: 'cx-cdata' }),
};

const theme = EditorView.baseTheme({
  '.cx-tag': { color: '#085' },
  '.cx-value': { color: '#a11' },
  '.cx-comment': { color: '#940' },
  '.cx-pi': { color: '#404740' },
  '.cx-cdata': { color: '#e40' },
});

/** The marks of the lines of `doc` in `ranges` (the visible ranges, in order). */
function marks(doc: Text, ranges: readonly { from: number; to: number }[], states: LineStates): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const lineText = (k: number) => doc.line(k).text;
  for (const { from, to } of ranges) {
    const first = doc.lineAt(from).number;
    const last = doc.lineAt(to).number;
    let state = states.at(first, lineText);
    for (let k = first; k <= last; k++) {
      const line = doc.line(k);
      state = lexLine(line.text, state, (a, b, kind) => builder.add(line.from + a, line.from + b, MARKS[kind]));
    }
  }
  return builder.finish();
}

const plugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    private states = new LineStates();

    constructor(view: EditorView) {
      this.decorations = marks(view.state.doc, view.visibleRanges, this.states);
    }

    update(u: ViewUpdate) {
      if (u.docChanged) {
        let line = Infinity;
        u.changes.iterChangedRanges((fromA) => {
          line = Math.min(line, u.startState.doc.lineAt(fromA).number);
        });
        this.states.forgetFrom(line);
      }
      if (u.docChanged || u.viewportChanged) this.decorations = marks(u.state.doc, u.view.visibleRanges, this.states);
    }
  },
  { decorations: (p) => p.decorations },
);

/** The preview's XML colors. */
export function xmlColors(): Extension {
  return [plugin, theme];
}
