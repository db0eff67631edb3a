// Syntax colors for the read-only preview, for the lines in view only (xml-tokens.ts). @codemirror/lang-xml parses
// the document incrementally on every change, up to the end of the view: on a 1000-variant document that parse
// and its highlighter were 2 ms of each keystroke's 3.5 ms in the code view. The preview is generated XML, read
// and never edited, so it needs colors, not a syntax tree; the colors match CodeMirror's default highlight style.

import { RangeSetBuilder, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { LineStates, lexFrom, type LexPos, type TokenKind } from './xml-tokens.ts';

const MARKS: Record<TokenKind, Decoration> = {
  tag: Decoration.mark({ class: 'cx-tag' }),
  value: Decoration.mark({ class: 'cx-value' }),
  comment: Decoration.mark({ class: 'cx-comment' }),
  pi: Decoration.mark({ class: 'cx-pi' }),
  cdata: Decoration.mark({ class: 'cx-cdata' }),
};

// Each colour is a CSS variable with the light colour as its fallback: the app's dark theme (ui/app/theme.ts) sets
// the variables to colours that keep 4.5:1 on its dark background.
const theme = EditorView.baseTheme({
  '.cx-tag': { color: 'var(--cx-tag, #085)' },
  '.cx-value': { color: 'var(--cx-value, #a11)' },
  '.cx-comment': { color: 'var(--cx-comment, #940)' },
  '.cx-pi': { color: 'var(--cx-pi, #404740)' },
  '.cx-cdata': { color: 'var(--cx-cdata, #e40)' },
});

/**
 * The marks of the lines of `doc` in `ranges` (the visible ranges, in order). A line longer than a few thousand
 * characters is cut by CodeMirror into visible ranges with gaps between them (it draws only the columns in view), so
 * one line may be in several ranges: each line is lexed once, and only its spans' parts inside a visible range are
 * marked, in order. Lexing a line starts at its last checkpoint before the first visible column (a long line's,
 * LineStates.startOf) and stops at the end of its last visible range; the state the next line starts in comes from
 * `states`.
 */
export function marks(doc: Text, ranges: readonly { from: number; to: number }[], states: LineStates): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const lineText = (k: number) => doc.line(k).text;
  let r = 0;
  while (r < ranges.length) {
    const first = doc.lineAt(ranges[r]!.from).number;
    // The run of lines from here to the end of the ranges that touch them.
    let last = doc.lineAt(ranges[r]!.to).number;
    let end = r + 1;
    while (end < ranges.length && doc.lineAt(ranges[end]!.from).number <= last) last = Math.max(last, doc.lineAt(ranges[end++]!.to).number);
    const visible = ranges.slice(r, end);
    r = end;
    for (let k = first; k <= last; k++) {
      const line = doc.line(k);
      // The visible ranges on this line, as offsets within it.
      const cuts = visible.filter((v) => v.to >= line.from && v.from <= line.to).map((v) => ({ from: Math.max(0, v.from - line.from), to: Math.min(line.length, v.to - line.from) }));
      if (cuts.length === 0) continue;
      // Each visible range is lexed from the last checkpoint before it (or on from where the one before stopped);
      // a span lexed twice is marked once (`covered`), and each span is clipped to every visible range it crosses.
      let c = 0;
      let covered = 0;
      const sink = (from: number, b: number, kind: TokenKind) => {
        const a = Math.max(from, covered);
        if (a >= b) return;
        covered = b;
        while (c < cuts.length && cuts[c]!.to <= a) c++;
        for (let d = c; d < cuts.length && cuts[d]!.from < b; d++) {
          const markFrom = Math.max(a, cuts[d]!.from);
          const markTo = Math.min(b, cuts[d]!.to);
          if (markFrom < markTo) builder.add(line.from + markFrom, line.from + markTo, MARKS[kind]);
        }
      };
      let pos: LexPos | null = null;
      for (const cut of cuts) {
        if (pos !== null && pos.at >= cut.to) continue;
        const checkpoint = states.startOf(k, line.text, cut.from, lineText);
        if (pos === null || checkpoint.at > pos.at) pos = checkpoint;
        pos = lexFrom(line.text, pos, sink, cut.to);
      }
      if (pos !== null && pos.at >= line.length) states.learn(k + 1, pos.state);
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
